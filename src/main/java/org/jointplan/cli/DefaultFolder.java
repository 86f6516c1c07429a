package org.jointplan.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Creates the per-user data folder for the default store; a folder the user named is never created for them. */
public final class DefaultFolder {
    private DefaultFolder() {
    }

    public static void create(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new CommandFailure("JointPlan could not create its data folder " + folder + "; choose a store"
                    + " with --store.", e);
        }
    }
}

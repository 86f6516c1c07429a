package org.jointplan.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one name of a store file: absolute, with every symbolic link resolved, so that the lock and the backups are
 * the same whichever path led to the file. A link to a file that does not exist yet resolves to where the file will
 * be made, so a new store is created there with the store's own permissions, not through the link.
 */
public final class StorePath {
    private static final int MAX_LINKS = 40;

    private StorePath() {
    }

    public static Path real(Path file) {
        Path path = file.toAbsolutePath().normalize();
        for (int hops = 0; hops < MAX_LINKS && Files.isSymbolicLink(path); hops++) {
            try {
                path = path.resolveSibling(Files.readSymbolicLink(path)).toAbsolutePath().normalize();
            } catch (IOException e) {
                break; // an unreadable link: the store will say what is wrong when it opens the path
            }
        }
        Path folder = path.getParent();
        if (folder != null && Files.isDirectory(folder)) {
            try {
                return folder.toRealPath().resolve(path.getFileName());
            } catch (IOException e) {
                return path;
            }
        }
        return path;
    }
}

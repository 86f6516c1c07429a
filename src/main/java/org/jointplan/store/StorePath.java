package org.jointplan.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one name of a store file: absolute, with every symbolic link resolved, so that the lock and the backups are
 * the same whichever path led to the file. A link to a file that does not exist yet resolves to where the file will
 * be made, so a new store is created there with the store's own permissions, not through the link.
 *
 * <p>Links are resolved as the system does: a link's folder is made real before its text is read, since ".." after
 * a linked folder leads to the real folder's parent, not to the parent of the link (which {@code normalize} would
 * give).
 */
public final class StorePath {
    private static final int MAX_LINKS = 40;

    private StorePath() {
    }

    public static Path real(Path file) {
        Path path = file.toAbsolutePath();
        try {
            return path.toRealPath(); // an existing file: the system resolves every link
        } catch (IOException e) {
            // not there yet (or a link to nowhere, or a loop): follow the links one at a time
        }
        for (int hops = 0; hops < MAX_LINKS; hops++) {
            path = inRealFolder(path);
            if (!Files.isSymbolicLink(path)) {
                return path;
            }
            try {
                path = path.resolveSibling(Files.readSymbolicLink(path));
            } catch (IOException e) {
                return path; // an unreadable link: the store will say what is wrong when it opens the path
            }
        }
        return inRealFolder(path); // a loop: the store refuses it as one
    }

    private static Path inRealFolder(Path path) {
        Path folder = path.getParent();
        if (folder == null || path.getFileName() == null) {
            return path;
        }
        try {
            return folder.toRealPath().resolve(path.getFileName());
        } catch (IOException e) {
            return path.normalize(); // the folder does not exist: the store says so
        }
    }
}

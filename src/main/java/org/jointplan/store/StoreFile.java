package org.jointplan.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Looks at a store's file before SQLite touches it, so that a wrong file is refused with a plain sentence and is
 * never modified.
 */
final class StoreFile {
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private StoreFile() {
    }

    /** @return true when the store does not exist yet and will be created */
    static boolean inspect(Path file) {
        Path folder = file.getParent();
        for (String suffix : new String[] {"-wal", "-shm", ".lock"}) { // opened by name, they must not block either
            Path companion = Path.of(file + suffix);
            if (Files.exists(companion, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(companion,
                    LinkOption.NOFOLLOW_LINKS)) {
                throw new StoreException(companion + " beside the plan store is not an ordinary file; move it away,"
                        + " then try again.");
            }
        }
        if (Files.isSymbolicLink(file) && !Files.exists(file)) { // StorePath follows a link to nowhere: a loop
            throw new StoreException(file + " is a link that leads round in a loop, not a plan store; give the path"
                    + " of the store file itself.");
        }
        if (!Files.exists(file)) {
            if (folder == null || !Files.isDirectory(folder)) {
                throw new StoreException("The folder " + folder + " does not exist; create it or choose another"
                        + " place for the plan store.");
            }
            if (!Files.isWritable(folder)) {
                throw new StoreException("JointPlan cannot write in the folder " + folder
                        + "; choose a store in a folder you can write to.");
            }
            Path wal = Path.of(file + "-wal");
            if (size(wal) > 0) { // SQLite would replay another store's log into the new one
                throw new StoreException(wal + " is left from an earlier store where a new plan store would be made;"
                        + " move it away, then try again.");
            }
            return true;
        }
        if (Files.isDirectory(file)) {
            throw new StoreException(file + " is a folder, not a plan store; give the path of a .sqlite file.");
        }
        if (!Files.isRegularFile(file)) { // a pipe or a device: opening it could wait forever
            throw new StoreException(file + " is not an ordinary file (it is a device or a pipe), not a plan store;"
                    + " give the path of a .sqlite file.");
        }
        if (links(file) > 1) {
            throw new StoreException("The plan store " + file + " has other names on this disk (hard links), so"
                    + " JointPlan cannot tell whether it is open under another name; copy it to a file of its own"
                    + " and open the copy.");
        }
        if (!Files.isReadable(file)) {
            throw new StoreException("JointPlan is not allowed to read " + file + "; check its permissions.");
        }
        byte[] header = header(file);
        if (header.length == 0) {
            throw new StoreException(file + " is an empty file, not a JointPlan store; choose another file."
                    + " JointPlan has not changed it.");
        }
        if (!Arrays.equals(header, SQLITE_HEADER)) {
            throw new StoreException(file + " is not a JointPlan store (it is not a database file); choose"
                    + " another file. JointPlan has not changed it.");
        }
        if (!Files.isWritable(file) || folder == null || !Files.isWritable(folder)) {
            throw new StoreException("The plan store " + file + " (or its folder) is read-only; JointPlan needs to"
                    + " write to it. Copy it to a folder you can write to.");
        }
        return false;
    }

    /** How many names (hard links) the file has; 1 where the file system does not say. */
    private static int links(Path file) {
        if (!file.getFileSystem().supportedFileAttributeViews().contains("unix")) {
            return 1;
        }
        try {
            return ((Number) Files.getAttribute(file, "unix:nlink")).intValue();
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return 1;
        }
    }

    private static long size(Path file) {
        try {
            return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static byte[] header(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(SQLITE_HEADER.length);
        } catch (IOException e) {
            throw new StoreException("JointPlan could not read " + file + " (" + e.getMessage() + ").", e);
        }
    }
}

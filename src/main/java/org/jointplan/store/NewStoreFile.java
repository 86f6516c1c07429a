package org.jointplan.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Makes a new, empty store file readable by its owner only (it will hold private notes). It is made under a
 * temporary name and renamed into place once SQLite has written its header, so a crash never leaves an empty file
 * under the store's name; SQLite gives its log files the store file's permissions.
 */
final class NewStoreFile {
    private NewStoreFile() {
    }

    static void create(Path file) throws SQLException {
        Path temp = file.resolveSibling("." + file.getFileName() + ".new");
        try {
            deleteWithLogs(temp);
            FilePermissions.createEmptyLike(temp, null);
            try (Connection connection = Store.connect(temp)) {
                Store.configure(connection);
            }
            Files.move(temp, file); // refused if a file appeared under the name meanwhile
        } catch (IOException e) {
            throw new StoreException(DiskFull.is(e)
                    ? "The disk is full, so JointPlan could not create the plan store " + file + "; free some space."
                    : "JointPlan could not create the plan store " + file + " (" + e.getMessage() + ").", e);
        } finally {
            try {
                deleteWithLogs(temp);
            } catch (IOException ignored) {
                // a stray hidden .new file is harmless and replaced next time
            }
        }
    }

    private static void deleteWithLogs(Path file) throws IOException {
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(Path.of(file + suffix));
        }
    }
}

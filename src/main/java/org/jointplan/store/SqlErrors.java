package org.jointplan.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Turns SQLite's errors into one plain sentence for the user. A full disk is named as such whichever way SQLite
 * reports it (SQLITE_FULL, or an I/O error on a file system with no space left), and reading is never told that
 * something "was not saved".
 */
final class SqlErrors {
    /** Below this much free space, an I/O error is taken to be the full disk. */
    private static final long NEARLY_FULL = 1L << 20;

    private SqlErrors() {
    }

    /** An error while saving: {@code doing} fits "… was not saved", e.g. "the new due date". */
    static StoreException explain(SQLException e, String doing, Path file) {
        String base = code(e);
        if (diskFull(e, base, file)) {
            return new StoreException("The disk is full, so " + doing + " was not saved; free some space and try"
                    + " again. Nothing already saved was lost.", e);
        }
        if (base.startsWith("SQLITE_READONLY") || base.startsWith("SQLITE_CANTOPEN")
                || base.startsWith("SQLITE_IOERR") || base.startsWith("SQLITE_PERM")) {
            return new StoreException("The plan store can no longer be written (was it moved, removed or made"
                    + " read-only?), so " + doing + " was not saved. Nothing already saved was lost.", e);
        }
        if (base.startsWith("SQLITE_BUSY") || base.startsWith("SQLITE_LOCKED")) {
            return new StoreException("The plan store is busy in another program, so " + doing
                    + " was not saved; try again in a moment.", e);
        }
        if (base.startsWith("SQLITE_CONSTRAINT")) {
            return new StoreException("The store refused " + doing + " because it would make the plan"
                    + " inconsistent (" + constraint(message(e)) + ").", e);
        }
        if (damaged(base)) {
            return new StoreException("The plan store is damaged, so " + doing + " did not happen; restore one of"
                    + " its backups.", e);
        }
        return new StoreException("The store could not complete " + doing + " (" + message(e) + ").", e);
    }

    /** An error while reading, or opening: {@code doing} fits "JointPlan could not …", e.g. "read the plan". */
    static StoreException explainReading(SQLException e, String doing, Path file) {
        String base = code(e);
        if (diskFull(e, base, file)) {
            return new StoreException("The disk is full, so JointPlan could not " + doing + "; free some space"
                    + " and try again.", e);
        }
        if (base.startsWith("SQLITE_CANTOPEN") || base.startsWith("SQLITE_IOERR")
                || base.startsWith("SQLITE_PERM")) {
            return new StoreException("JointPlan could not " + doing + " (was the plan store " + file
                    + " moved or removed?); check that it is there and try again.", e);
        }
        if (base.startsWith("SQLITE_BUSY") || base.startsWith("SQLITE_LOCKED")) {
            return new StoreException("The plan store is busy in another program, so JointPlan could not " + doing
                    + "; try again in a moment.", e);
        }
        if (damaged(base)) {
            return new StoreException("The plan store " + file + " is damaged, so JointPlan could not " + doing
                    + "; restore one of its backups.", e);
        }
        return new StoreException("JointPlan could not " + doing + " (" + message(e) + ").", e);
    }

    static boolean diskFull(SQLException e, Path file) {
        return diskFull(e, code(e), file);
    }

    private static boolean diskFull(SQLException e, String base, Path file) {
        if (base.startsWith("SQLITE_FULL") || message(e).contains("database or disk is full")) {
            return true;
        }
        return (base.startsWith("SQLITE_IOERR") || base.startsWith("SQLITE_CANTOPEN")) && nearlyFull(file);
    }

    private static boolean nearlyFull(Path file) {
        try {
            Path folder = file == null ? null : file.toAbsolutePath().getParent();
            return folder != null && Files.getFileStore(folder).getUsableSpace() < NEARLY_FULL;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean damaged(String base) {
        return base.startsWith("SQLITE_CORRUPT") || base.startsWith("SQLITE_NOTADB");
    }

    private static String code(SQLException e) {
        SQLiteErrorCode code = e instanceof SQLiteException s ? s.getResultCode() : null;
        return code == null ? "" : code.name();
    }

    private static String message(SQLException e) {
        return e.getMessage() == null ? "" : e.getMessage();
    }

    private static String constraint(String message) {
        int colon = message.lastIndexOf("failed:");
        return colon < 0 ? "a rule of the plan" : "rule " + message.substring(colon + 7).strip();
    }
}

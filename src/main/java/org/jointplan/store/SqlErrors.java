package org.jointplan.store;

import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Turns SQLite's errors into one plain sentence for the user. */
final class SqlErrors {
    private SqlErrors() {
    }

    static StoreException explain(SQLException e, String doing) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        SQLiteErrorCode code = e instanceof SQLiteException s ? s.getResultCode() : null;
        String base = code == null ? "" : code.name();
        if (base.startsWith("SQLITE_FULL") || message.contains("database or disk is full")) {
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
                    + " inconsistent (" + constraint(message) + ").", e);
        }
        if (base.startsWith("SQLITE_CORRUPT") || base.startsWith("SQLITE_NOTADB")) {
            return new StoreException("The plan store is damaged, so " + doing + " did not happen; restore a"
                    + " backup (Help > Restore a backup).", e);
        }
        return new StoreException("The store could not complete " + doing + " (" + message + ").", e);
    }

    private static String constraint(String message) {
        int colon = message.lastIndexOf("failed:");
        return colon < 0 ? "a rule of the plan" : "rule " + message.substring(colon + 7).strip();
    }
}

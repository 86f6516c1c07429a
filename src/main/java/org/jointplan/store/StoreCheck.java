package org.jointplan.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;
import org.sqlite.SQLiteConfig;

/**
 * Decides, without writing a byte, whether an existing file is a JointPlan store this version can open: ours, not
 * newer, not damaged. Opening SQLite read-write would already change a refused file (it replays and deletes a
 * write-ahead log on close), so the file is read as immutable when it has no log, and a copy of the file and its log
 * is checked when it has one (the log holds committed changes, the version among them).
 */
final class StoreCheck {
    private StoreCheck() {
    }

    static void readOnly(Path file) {
        Path wal = Path.of(file + "-wal");
        try {
            if (Files.isRegularFile(wal) && Files.size(wal) > 0) {
                checkCopy(file, wal);
            } else {
                try (Connection connection = immutable(file)) {
                    check(file, connection);
                }
            }
        } catch (SQLException e) {
            throw SqlErrors.explainReading(e, "open the plan store " + file, file);
        } catch (IOException e) {
            throw new StoreException("JointPlan could not check " + file + " before opening it (" + e.getMessage()
                    + "); free some space and try again. JointPlan has not changed it.", e);
        }
    }

    private static Connection immutable(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        return config.createConnection("jdbc:sqlite:file:" + file.toUri().getRawPath() + "?immutable=1");
    }

    private static void checkCopy(Path file, Path wal) throws IOException, SQLException {
        Path folder = Files.createTempDirectory("jointplan-check"); // for its owner only: the store is private
        try {
            Path copy = folder.resolve("store.sqlite");
            Files.copy(file, copy);
            Files.copy(wal, Path.of(copy + "-wal"));
            try (Connection connection = Store.connect(copy)) {
                check(file, connection);
            }
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    /** Refuses a database that is not ours, is newer than us or is damaged. */
    private static void check(Path file, Connection connection) throws SQLException {
        int applicationId = Integer.parseInt(Store.firstString(connection, "PRAGMA application_id"));
        int version = Migrations.version(connection);
        boolean hasTables = !"0".equals(Store.firstString(connection, "SELECT count(*) FROM sqlite_schema"));
        if (applicationId != Store.APPLICATION_ID && (applicationId != 0 || version != 0 || hasTables)) {
            throw new StoreException(file + " is a database, but not a JointPlan store; choose another file."
                    + " JointPlan has not changed it.");
        }
        if (version > Migrations.LATEST) {
            throw new StoreException("This plan store was written by a newer version of JointPlan (schema "
                    + version + "); this version reads schemas up to " + Migrations.LATEST
                    + ". Install the newer JointPlan to open it. JointPlan has not changed it.");
        }
        String check = Store.firstString(connection, "PRAGMA quick_check");
        if (!"ok".equals(check)) {
            throw new StoreException("The plan store " + file + " is damaged (" + check + "); restore one of its"
                    + " backups. JointPlan has not changed it.");
        }
    }
}

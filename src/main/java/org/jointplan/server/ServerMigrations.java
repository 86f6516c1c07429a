package org.jointplan.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Forward-only migrations of the server's schema. Version N is the script at index N-1; the table
 * jointplan.schema_version holds a row for each version applied. Each script runs in its own transaction with its
 * row, under an advisory lock, so two administrators upgrading at once apply each script once and a failure leaves
 * the old version whole. Never edit a released script: add one.
 */
final class ServerMigrations {
    static final List<String> SCRIPTS = List.of("S001__plan.sql", "S002__plan_members.sql");
    static final int LATEST = SCRIPTS.size();
    /** The advisory lock held while migrating: any fixed number, "JPSV". */
    private static final long LOCK = 0x4A505356L;

    private ServerMigrations() {
    }

    /** The server's schema version: 0 when JointPlan was never set up in this database. */
    static int version(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT to_regclass('jointplan.schema_version') IS NOT NULL")) {
            rs.next();
            if (!rs.getBoolean(1)) {
                return 0;
            }
        }
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT coalesce(max(version), 0) FROM jointplan.schema_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Refuses a schema newer than this version knows: its rules may differ from ours. */
    static void refuseNewer(int version) {
        if (version > LATEST) {
            throw new ServerException("The server's JointPlan schema is version " + version + ", newer than this"
                    + " JointPlan knows (" + LATEST + "), so it was left as it is; install the newer JointPlan.");
        }
    }

    /** Applies the scripts after the server's version; returns the versions applied (none when up to date). */
    static List<Integer> migrate(Connection connection) throws SQLException {
        refuseNewer(version(connection));
        List<Integer> applied = new java.util.ArrayList<>();
        boolean autoCommit = connection.getAutoCommit();
        try {
            connection.setAutoCommit(false);
            for (int next = version(connection) + 1; next <= LATEST; next++) {
                try (Statement st = connection.createStatement()) {
                    st.execute("SELECT pg_advisory_xact_lock(" + LOCK + ")");
                    int now = version(connection);
                    refuseNewer(now);
                    if (now >= next) { // another administrator applied it while we waited
                        connection.commit();
                        continue;
                    }
                    st.execute(script(next));
                    try (PreparedStatement bump = connection.prepareStatement(
                            "INSERT INTO jointplan.schema_version (version, script) VALUES (?, ?)")) {
                        bump.setInt(1, next);
                        bump.setString(2, SCRIPTS.get(next - 1));
                        bump.executeUpdate();
                    }
                    connection.commit();
                    applied.add(next);
                } catch (SQLException | RuntimeException e) {
                    connection.rollback();
                    throw e;
                }
            }
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        return applied;
    }

    static String script(int version) {
        String name = SCRIPTS.get(version - 1);
        try (InputStream in = ServerMigrations.class.getResourceAsStream("migrations/" + name)) {
            if (in == null) {
                throw new IllegalStateException("The server migration " + name + " is missing from the application.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

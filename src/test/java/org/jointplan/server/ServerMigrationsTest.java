package org.jointplan.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ServerMigrationsTest {
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void initSetsUpAnEmptyDatabaseAtTheLatestVersion() throws SQLException {
        String db = server.newDatabase();

        ServerSetup.Outcome outcome = ServerSetup.init(server.admin(db));

        assertEquals(new ServerSetup.Outcome(0, ServerMigrations.LATEST, List.of(1)), outcome);
        try (Connection c = server.superuser(db)) {
            assertEquals(ServerMigrations.LATEST, ServerMigrations.version(c));
            assertEquals(1, count(c, "SELECT count(*) FROM pg_roles WHERE rolname = 'jointplan_app'"
                    + " AND NOT rolcanlogin"));
            assertEquals(0, count(c, "SELECT count(*) FROM jointplan.action"));
        }
    }

    @Test
    void upgradeOfAnUpToDateServerChangesNothingAndInitAgainLeavesItAlone() throws SQLException {
        String db = server.newDatabase();
        ServerSetup.init(server.admin(db));

        ServerSetup.Outcome upgrade = ServerSetup.upgrade(server.admin(db));
        ServerSetup.Outcome initAgain = ServerSetup.init(server.admin(db));

        assertEquals(new ServerSetup.Outcome(ServerMigrations.LATEST, ServerMigrations.LATEST, List.of()), upgrade);
        assertEquals(List.of(), initAgain.applied());
        try (Connection c = server.superuser(db)) {
            assertEquals(1, count(c, "SELECT count(*) FROM jointplan.schema_version"));
        }
    }

    @Test
    void upgradeOfADatabaseNeverSetUpIsRefusedAndCreatesNothing() throws SQLException {
        String db = server.newDatabase();

        ServerException e = assertThrows(ServerException.class, () -> ServerSetup.upgrade(server.admin(db)));

        assertTrue(e.getMessage().contains("server init"), e.getMessage());
        try (Connection c = server.superuser(db)) {
            assertEquals(0, ServerMigrations.version(c));
        }
    }

    @Test
    void aServerSchemaNewerThanThisVersionIsRefusedAndLeftAsItIs() throws SQLException {
        String db = server.newDatabase();
        ServerSetup.init(server.admin(db));
        int newer = ServerMigrations.LATEST + 1;
        try (Connection c = server.superuser(db); Statement st = c.createStatement()) {
            st.execute("INSERT INTO jointplan.schema_version (version, script) VALUES (" + newer + ", 'S999')");
        }

        ServerException upgrade = assertThrows(ServerException.class, () -> ServerSetup.upgrade(server.admin(db)));
        ServerException open = assertThrows(ServerException.class, () -> ServerStore.open(server.admin(db)));

        for (ServerException e : List.of(upgrade, open)) {
            assertTrue(e.getMessage().contains("newer than this JointPlan"), e.getMessage());
            assertFalse(e.getMessage().contains("Exception"), e.getMessage());
        }
        try (Connection c = server.superuser(db)) {
            assertEquals(newer, ServerMigrations.version(c));
        }
    }

    @Test
    void aFailingScriptLeavesTheServerAtItsOldVersion() throws SQLException {
        String db = server.newDatabase();
        try (Connection c = server.superuser(db); Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA jointplan");
            st.execute("CREATE TABLE jointplan.plan (id integer)"); // in the way of S001's own table
        }

        assertThrows(ServerException.class, () -> ServerSetup.init(server.admin(db)));

        try (Connection c = server.superuser(db)) {
            assertEquals(0, ServerMigrations.version(c));
            assertEquals(0, count(c, "SELECT count(*) FROM pg_tables WHERE schemaname = 'jointplan'"
                    + " AND tablename = 'action'"));
        }
    }

    static long count(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

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

        assertEquals(new ServerSetup.Outcome(0, ServerMigrations.LATEST, List.of(1, 2)), outcome);
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
            assertEquals(ServerMigrations.LATEST, count(c, "SELECT count(*) FROM jointplan.schema_version"));
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

    @Test
    void upgradingToPlanMembersKeepsEachPlanWithTheLoginsThatPushedIt() throws SQLException {
        String db = server.newDatabase();
        try (Connection c = server.superuser(db); Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            st.execute(ServerMigrations.script(1));
            st.execute("INSERT INTO jointplan.schema_version (version, script) VALUES (1, 'S001__plan.sql')");
            st.execute("INSERT INTO jointplan.member VALUES ('anna', 'Anna Shaw', 'City')");
            st.execute("INSERT INTO jointplan.plan VALUES ('00000000-0000-0000-0000-00000000000a', 'Plan', '',"
                    + " '2024-04-01', '2025-03-31', 2024, now(), 'City', 'Anna Shaw')");
            st.execute("INSERT INTO jointplan.plan_revision VALUES ('00000000-0000-0000-0000-00000000000a', 1)");
            st.execute("INSERT INTO jointplan.audit (plan_id, revision, login_role, person, organisation, summary)"
                    + " VALUES ('00000000-0000-0000-0000-00000000000a', 1, 'anna', 'Anna Shaw', 'City', '{}')");
            c.commit();
        }

        ServerSetup.Outcome outcome = ServerSetup.upgrade(server.admin(db));

        assertEquals(List.of(2), outcome.applied());
        try (Connection c = server.superuser(db)) {
            assertEquals(1, count(c, "SELECT count(*) FROM jointplan.plan_member WHERE login_role = 'anna'"
                    + " AND plan_id = '00000000-0000-0000-0000-00000000000a'"));
        }
    }

    static long count(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

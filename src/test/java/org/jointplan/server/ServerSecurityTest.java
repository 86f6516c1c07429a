package org.jointplan.server;

import static org.jointplan.server.ServerMigrationsTest.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.jointplan.domain.PlanData;
import org.jointplan.testsupport.PlanGenerator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Row-level security: a login reaches only the plans it is a member of; the administrator still reaches all. */
class ServerSecurityTest {
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static String setUp() throws SQLException {
        String db = server.newDatabase();
        ServerSetup.init(server.admin(db));
        return db;
    }

    @Test
    void aMemberOfAnotherPlanCannotReadOrPushThisPlanAndIsToldPlainly() throws SQLException {
        String db = setUp();
        ServerLogin anna = server.officer(db, "anna", "Anna Shaw", "City");
        ServerLogin ben = server.officer(db, "ben", "Ben Okafor", "ICB");
        PlanData annas = PlanGenerator.plan(6, 3);
        PlanData bens = PlanGenerator.plan(4, 5);
        try (ServerStore store = ServerStore.open(anna)) {
            store.push(annas.id(), 0, ServerStoreTest.records(annas), List.of());
        }
        try (ServerStore store = ServerStore.open(ben)) {
            store.push(bens.id(), 0, ServerStoreTest.records(bens), List.of());

            assertTrue(store.load(annas.id()).isEmpty());
            assertEquals(0, store.revision(annas.id()));
            assertEquals(List.of(), store.audit(annas.id(), 0));
            ServerException republish = assertThrows(ServerException.class,
                    () -> store.push(annas.id(), 0, ServerStoreTest.records(annas), List.of()));
            ServerException update = assertThrows(ServerException.class, () -> store.push(annas.id(), 1,
                    List.of(annas.actions().get(0).toBuilder().title("Ben was here").build()), List.of()));

            for (ServerException e : List.of(republish, update)) {
                assertTrue(e.getMessage().contains("not one of its members"), e.getMessage());
                assertFalse(e.getMessage().contains("Exception") || e.getMessage().contains("plan_member"),
                        e.getMessage());
            }
        }
        try (Connection c = server.superuser(db)) {
            assertEquals(1, count(c, "SELECT count(*) FROM jointplan.audit WHERE plan_id = '" + annas.id() + "'"));
            assertEquals(0, count(c, "SELECT count(*) FROM jointplan.action WHERE title = 'Ben was here'"));
            assertEquals(1, count(c, "SELECT count(*) FROM jointplan.plan_member WHERE plan_id = '" + annas.id()
                    + "'"));
        }
    }

    @Test
    void aLoginSeesNoRowOfAPlanItDoesNotFollowEvenBySqlAndCannotWriteOne() throws SQLException {
        String db = setUp();
        ServerLogin anna = server.officer(db, "anna", "Anna Shaw", "City");
        server.officer(db, "ben", "Ben Okafor", "ICB");
        PlanData plan = PlanGenerator.plan(6, 3);
        try (ServerStore store = ServerStore.open(anna)) {
            store.push(plan.id(), 0, ServerStoreTest.records(plan), List.of());
        }
        try (Connection c = DriverManager.getConnection(anna.url(), "ben", "secret")) {
            for (String table : List.of("plan", "partner", "priority", "action", "milestone", "measure",
                    "measure_value", "report_snapshot", "snapshot_action", "plan_revision", "audit", "plan_member")) {
                assertEquals(0, count(c, "SELECT count(*) FROM jointplan." + table), table);
            }
            try (Statement st = c.createStatement()) {
                assertEquals(0, st.executeUpdate("UPDATE jointplan.action SET owner = 'Ben'"));
                assertEquals(0, st.executeUpdate("DELETE FROM jointplan.action"));
                assertEquals("42501", state(st, "INSERT INTO jointplan.plan_member VALUES ('" + plan.id()
                        + "', 'ben')"));
                assertEquals("42501", state(st, "INSERT INTO jointplan.governance_group VALUES ('" + plan.id()
                        + "', 9, 'Ben''s group')"));
                assertEquals("42501", state(st, "SELECT jointplan.share_plan('" + plan.id() + "', 'ben')"));
            }
        }
        try (Connection c = server.superuser(db)) {
            assertEquals(6, count(c, "SELECT count(*) FROM jointplan.action"));
        }
    }

    @Test
    void aMemberSharesThePlanWithAnotherLoginWhoThenReadsAndPushesIt() throws SQLException {
        String db = setUp();
        ServerLogin anna = server.officer(db, "anna", "Anna Shaw", "City");
        ServerLogin ben = server.officer(db, "ben", "Ben Okafor", "ICB");
        PlanData plan = PlanGenerator.plan(6, 3);
        try (ServerStore store = ServerStore.open(anna)) {
            store.push(plan.id(), 0, ServerStoreTest.records(plan), List.of());

            assertTrue(store.share(plan.id(), "ben"));
            assertFalse(store.share(plan.id(), "ben"));
            ServerException nobody = assertThrows(ServerException.class, () -> store.share(plan.id(), "nobody"));
            assertTrue(nobody.getMessage().contains("not listed"), nobody.getMessage());
        }
        try (ServerStore store = ServerStore.open(ben)) {
            assertEquals(6, store.load(plan.id()).orElseThrow().plan().actions().size());
            assertInstanceOf(PushResult.Pushed.class, store.push(plan.id(), 1,
                    List.of(plan.actions().get(0).toBuilder().title("Ben's edit").build()), List.of()));
            assertEquals(2, store.audit(plan.id(), 0).size());
        }
    }

    @Test
    void theAdministratorStillSeesAndAdministersEveryPlan() throws SQLException {
        String db = setUp();
        ServerLogin anna = server.officer(db, "anna", "Anna Shaw", "City");
        server.officer(db, "ben", "Ben Okafor", "ICB");
        PlanData plan = PlanGenerator.plan(6, 3);
        try (ServerStore store = ServerStore.open(anna)) {
            store.push(plan.id(), 0, ServerStoreTest.records(plan), List.of());
        }
        try (ServerStore store = ServerStore.open(server.admin(db))) {
            assertEquals(6, store.load(plan.id()).orElseThrow().plan().actions().size());
        }
        try (Connection c = server.superuser(db); Statement st = c.createStatement()) {
            st.execute("INSERT INTO jointplan.plan_member (plan_id, login_role) VALUES ('" + plan.id() + "', 'ben')");
        }
        try (Connection c = DriverManager.getConnection(anna.url(), "ben", "secret")) {
            assertEquals(6, count(c, "SELECT count(*) FROM jointplan.action"));
        }
    }

    @Test
    void oneLineTextOnTheServerRefusesBidiControls() throws SQLException {
        String db = setUp();
        ServerLogin anna = server.officer(db, "anna", "Anna Shaw", "City");
        PlanData plan = PlanGenerator.plan(2, 3);
        try (ServerStore store = ServerStore.open(anna)) {
            store.push(plan.id(), 0, ServerStoreTest.records(plan), List.of());
        }
        String action = plan.actions().get(0).id().toString();
        try (Connection c = server.superuser(db); Statement st = c.createStatement()) {
            assertEquals("23514", state(st, "UPDATE jointplan.action SET title = U&'evil\\202Etxt.exe' WHERE id = '"
                    + action + "'"));
            assertEquals("23514", state(st, "UPDATE jointplan.action SET owner = U&'a\\2066b' WHERE id = '"
                    + action + "'"));
            assertEquals("23514", state(st, "UPDATE jointplan.action SET notes = U&'a\\0085b' WHERE id = '"
                    + action + "'"));
            assertEquals("accepted", state(st, "UPDATE jointplan.action SET notes = E'two\\nlines' WHERE id = '"
                    + action + "'"));
        }
    }

    static String state(Statement st, String sql) {
        try {
            st.execute(sql);
            return "accepted";
        } catch (SQLException e) {
            return e.getSQLState();
        }
    }
}

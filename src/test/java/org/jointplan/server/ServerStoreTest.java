package org.jointplan.server;

import static org.jointplan.server.ServerMigrationsTest.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import org.jointplan.domain.Action;
import org.jointplan.domain.EntityKind;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.Stamp;
import org.jointplan.domain.Stamped;
import org.jointplan.domain.Tombstone;
import org.jointplan.testsupport.PlanAssertions;
import org.jointplan.testsupport.PlanGenerator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ServerStoreTest {
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
    void aPublishedPlanLoadsBackWholeStampedWithTheLoginsMemberAndAudited() throws SQLException {
        String db = setUp();
        ServerLogin anna = server.officer(db, "anna", "Anna Shaw", "Nottingham City Council");
        PlanData plan = PlanGenerator.plan(40, 19);

        try (ServerStore store = ServerStore.open(anna)) {
            PushResult result = store.push(plan.id(), 0, records(plan), List.of());

            PushResult.Pushed pushed = assertInstanceOf(PushResult.Pushed.class, result);
            assertEquals(1, pushed.revision());
            ServerPlan loaded = store.load(plan.id()).orElseThrow();
            assertEquals(1, loaded.revision());
            PlanAssertions.assertSamePlan(stampedBy(plan, "Nottingham City Council", "Anna Shaw"), loaded.plan());
        }
        try (Connection c = server.superuser(db)) {
            assertEquals(1, count(c, "SELECT count(*) FROM jointplan.audit WHERE revision = 1 AND login_role = 'anna'"
                    + " AND person = 'Anna Shaw' AND organisation = 'Nottingham City Council'"
                    + " AND jsonb_array_length(summary -> 'saved' -> 'ACTION') = 40"));
        }
    }

    @Test
    void aPushBasedOnAnOlderRevisionIsRefusedAndChangesNothing() throws SQLException {
        String db = setUp();
        ServerLogin anna = server.officer(db, "anna", "Anna Shaw", "Nottingham City Council");
        PlanData plan = PlanGenerator.plan(10, 7);
        try (ServerStore store = ServerStore.open(anna)) {
            store.push(plan.id(), 0, records(plan), List.of());
            Action first = plan.actions().get(0);
            store.push(plan.id(), 1, List.of(first.toBuilder().title("Moved on by Anna").build()), List.of());

            PushResult stale = store.push(plan.id(), 1, List.of(first.toBuilder().title("Stale edit").build()),
                    List.of(new Tombstone(plan.actions().get(1).id(), plan.id(), EntityKind.ACTION, stamp())));

            assertEquals(new PushResult.ServerMovedOn(1, 2), stale);
            PlanData onServer = store.load(plan.id()).orElseThrow().plan();
            assertEquals("Moved on by Anna", onServer.actions().stream().filter(a -> a.id().equals(first.id()))
                    .findFirst().orElseThrow().title());
            assertEquals(10, onServer.actions().size());
            assertEquals(List.of(), onServer.tombstones());
            assertEquals(2, store.revision(plan.id()));
        }
        try (Connection c = server.superuser(db)) {
            assertEquals(2, count(c, "SELECT count(*) FROM jointplan.audit"));
        }
    }

    @Test
    void aRemovalDeletesTheRecordWithItsChildrenAndKeepsItsTombstone() throws SQLException {
        String db = setUp();
        ServerLogin anna = server.officer(db, "anna", "Anna Shaw", "Nottingham City Council");
        PlanData plan = PlanGenerator.plan(8, 3);
        Action withMilestone = plan.actions().get(0); // the generator gives every fourth action a milestone
        try (ServerStore store = ServerStore.open(anna)) {
            store.push(plan.id(), 0, records(plan), List.of());

            store.push(plan.id(), 1, List.of(), List.of(new Tombstone(withMilestone.id(), plan.id(), EntityKind.ACTION,
                    stamp())));

            PlanData onServer = store.load(plan.id()).orElseThrow().plan();
            assertTrue(onServer.actions().stream().noneMatch(a -> a.id().equals(withMilestone.id())));
            assertTrue(onServer.milestones().stream().noneMatch(m -> withMilestone.id().equals(m.actionId())));
            Tombstone kept = onServer.tombstones().get(0);
            assertEquals(withMilestone.id(), kept.id());
            assertEquals("Anna Shaw", kept.stamp().person());
        }
    }

    @Test
    void aPushThatWouldBreakARuleChangesNothingAndSaysSoPlainly() throws SQLException {
        String db = setUp();
        ServerLogin anna = server.officer(db, "anna", "Anna Shaw", "Nottingham City Council");
        PlanData plan = PlanGenerator.plan(5, 11);
        try (ServerStore store = ServerStore.open(anna)) {
            store.push(plan.id(), 0, records(plan), List.of());
            Action dangling = plan.actions().get(0).toBuilder().title("Points nowhere").priorityId(UUID.randomUUID())
                    .build();

            ServerException e = assertThrows(ServerException.class,
                    () -> store.push(plan.id(), 1, List.of(dangling), List.of()));

            assertTrue(e.getMessage().contains("inconsistent"), e.getMessage());
            assertFalse(e.getMessage().contains("priority_id") || e.getMessage().contains("Exception"),
                    e.getMessage());
            assertEquals(1, store.revision(plan.id()));
            assertTrue(store.load(plan.id()).orElseThrow().plan().actions().stream()
                    .noneMatch(a -> a.title().equals("Points nowhere")));
        }
    }

    @Test
    void aLoginThatIsNotAMemberCannotPush() throws SQLException {
        String db = setUp();
        ServerLogin stranger = server.officer(db, "stranger", "Someone", "Somewhere");
        try (Connection c = server.superuser(db); Statement st = c.createStatement()) {
            st.execute("DELETE FROM jointplan.member WHERE login_role = 'stranger'");
        }
        PlanData plan = PlanGenerator.plan(3, 5);
        try (ServerStore store = ServerStore.open(stranger)) {
            ServerException e = assertThrows(ServerException.class,
                    () -> store.push(plan.id(), 0, records(plan), List.of()));

            assertTrue(e.getMessage().contains("not listed as a member"), e.getMessage());
            assertTrue(store.load(plan.id()).isEmpty());
        }
    }

    @Test
    void theRulesRefuseAnImpossibleRowWrittenByAnotherTool() throws SQLException {
        String db = setUp();
        PlanData plan = PlanGenerator.plan(3, 23);
        PlanData other = PlanGenerator.plan(3, 29);
        try (ServerStore store = ServerStore.open(server.officer(db, "anna", "Anna Shaw", "City"))) {
            store.push(plan.id(), 0, records(plan), List.of());
            store.push(other.id(), 0, records(other), List.of());
        }
        String action = plan.actions().get(0).id().toString();
        try (Connection c = server.superuser(db); Statement st = c.createStatement()) {
            assertEquals("23514", state(st, "UPDATE jointplan.action SET status = 'complete', percent_complete = 50"
                    + " WHERE id = '" + action + "'"));
            assertEquals("23514", state(st, "UPDATE jointplan.action SET percent_complete = 101 WHERE id = '"
                    + action + "'"));
            assertEquals("23514", state(st, "UPDATE jointplan.action SET due_date = '3000-01-01' WHERE id = '"
                    + action + "'"));
            assertEquals("23514", state(st, "UPDATE jointplan.action SET status = 'purple' WHERE id = '"
                    + action + "'"));
            assertEquals("23514", state(st, "UPDATE jointplan.action SET title = E'two\\nlines' WHERE id = '"
                    + action + "'"));
            assertEquals("23503", state(st, "UPDATE jointplan.action SET priority_id = '"
                    + other.priorities().get(0).id() + "' WHERE id = '" + action + "'"));
            assertEquals("23514", state(st, "UPDATE jointplan.measure_value SET value_date = '2024-05-02'"
                    + " WHERE plan_id = '" + plan.id() + "'"));
        }
    }

    @Test
    void theApplicationsRoleCannotChangeTheSchema() throws SQLException {
        String db = setUp();
        ServerLogin anna = server.officer(db, "anna", "Anna Shaw", "City");
        try (Connection c = java.sql.DriverManager.getConnection(anna.url(), "anna", "secret");
             Statement st = c.createStatement()) {
            assertEquals("42501", state(st, "CREATE TABLE jointplan.extra (id integer)"));
            assertEquals("42501", state(st, "CREATE TABLE public.extra (id integer)"));
            assertEquals("42501", state(st, "DROP TABLE jointplan.action"));
            assertEquals("42501", state(st, "ALTER TABLE jointplan.action DROP CONSTRAINT action_check"));
            assertEquals("42501", state(st, "UPDATE jointplan.member SET person = 'Someone else'"));
            assertEquals("42501", state(st, "DELETE FROM jointplan.audit"));
        }
    }

    @Test
    void twentyConcurrentPushersWithRetriesLoseNothingAndNeverDeadlock() throws Exception {
        String db = setUp();
        PlanData plan = PlanGenerator.plan(100, 41);
        List<ServerLogin> logins = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            logins.add(server.officer(db, "officer" + i, "Officer " + i, "Council " + i));
        }
        try (ServerStore store = ServerStore.open(logins.get(0))) {
            store.push(plan.id(), 0, records(plan), List.of());
            for (ServerLogin other : logins.subList(1, logins.size())) {
                store.share(plan.id(), other.user());
            }
        }
        int clients = 20;
        int pushesEach = 5;
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            List<Future<Integer>> done = new ArrayList<>();
            for (int client = 0; client < clients; client++) {
                int c = client;
                done.add(pool.submit(() -> pushWithRetries(logins.get(c % logins.size()), plan, c, pushesEach)));
            }
            for (Future<Integer> f : done) {
                f.get();
            }
            pool.shutdown();
        });
        try (ServerStore store = ServerStore.open(logins.get(0))) {
            ServerPlan onServer = store.load(plan.id()).orElseThrow();
            assertEquals(1 + clients * pushesEach, onServer.revision());
            for (int client = 0; client < clients; client++) {
                for (int n = 0; n < pushesEach; n++) {
                    UUID id = plan.actions().get(client * pushesEach + n).id();
                    String title = "Client " + client + " change " + n;
                    assertTrue(onServer.plan().actions().stream().anyMatch(a -> a.id().equals(id)
                            && a.title().equals(title)), title);
                }
            }
        }
        try (Connection c = server.superuser(db)) {
            assertEquals(1 + clients * pushesEach, count(c, "SELECT count(*) FROM jointplan.audit"));
        }
    }

    /** One laptop's pushes: on "the server has moved on" it reads the revision again and retries. */
    private static int pushWithRetries(ServerLogin login, PlanData plan, int client, int pushes) {
        int retries = 0;
        try (ServerStore store = ServerStore.open(login)) {
            for (int n = 0; n < pushes; n++) {
                Action action = plan.actions().get(client * pushes + n);
                Action changed = action.toBuilder().title("Client " + client + " change " + n).build();
                while (true) {
                    long base = store.revision(plan.id());
                    if (store.push(plan.id(), base, List.of(changed), List.of()) instanceof PushResult.Pushed) {
                        break;
                    }
                    retries++;
                }
            }
        }
        return retries;
    }

    private static String state(Statement st, String sql) {
        try {
            st.execute(sql);
            return "accepted";
        } catch (SQLException e) {
            return e.getSQLState();
        }
    }

    private static Stamp stamp() {
        return Stamp.now("Laptop organisation", "Name typed on a laptop");
    }

    /** Every record of the plan, to publish it. */
    static List<Stamped> records(PlanData p) {
        List<Stamped> all = new ArrayList<>();
        all.add(p.plan());
        all.addAll(p.partners());
        all.addAll(p.priorities());
        all.addAll(p.actions());
        all.addAll(p.milestones());
        all.addAll(p.dependencies());
        all.addAll(p.updates());
        all.addAll(p.measures());
        all.addAll(p.measureValues());
        all.addAll(p.committeeDates());
        all.addAll(p.snapshots());
        all.addAll(p.dateMoves());
        return all;
    }

    /** The plan with every record stamped by this person of this organisation, at its own time. */
    static PlanData stampedBy(PlanData p, String organisation, String person) {
        UnaryOperator<Stamped> by = r -> r.withStamp(new Stamp(r.stamp().at(), organisation, person));
        return new PlanData((org.jointplan.domain.Plan) by.apply(p.plan()), each(p.partners(), by),
                each(p.priorities(), by), each(p.actions(), by), each(p.milestones(), by),
                each(p.dependencies(), by), each(p.updates(), by), each(p.measures(), by),
                each(p.measureValues(), by), each(p.committeeDates(), by), each(p.snapshots(), by),
                each(p.dateMoves(), by), p.tombstones());
    }

    @SuppressWarnings("unchecked")
    private static <T extends Stamped> List<T> each(List<T> records, UnaryOperator<Stamped> by) {
        return records.stream().map(r -> (T) by.apply(r)).toList();
    }
}

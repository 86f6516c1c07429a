package org.jointplan.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.jointplan.domain.PlanData;
import org.jointplan.server.ServerException;
import org.jointplan.server.ServerPlan;
import org.jointplan.server.ServerSetup;
import org.jointplan.server.ServerStore;
import org.jointplan.server.TestServer;
import org.jointplan.service.MergeService.ConflictPolicy;
import org.jointplan.testsupport.PlanAssertions;
import org.jointplan.testsupport.PlanGenerator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Two laptops, each with its own store, syncing one plan through a real PostgreSQL. */
class SyncServiceTest {
    private static TestServer server;
    private static String template;
    @TempDir
    Path dir;
    private String db;
    private SyncLaptop anna;
    private SyncLaptop ben;
    private PlanData plan;

    @BeforeAll
    static void start() throws SQLException {
        server = TestServer.start();
        template = server.newDatabase();
        ServerSetup.init(server.admin(template));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @BeforeEach
    void twoLaptopsFollowingOnePlan() throws SQLException {
        db = server.copyOf(template);
        anna = new SyncLaptop(dir, "anna", server.officer(db, "anna", "Anna Shaw", "City Council"));
        ben = new SyncLaptop(dir, "ben", server.officer(db, "ben", "Ben Okoro", "County Council"));
        plan = PlanGenerator.plan(12, 19);
        anna.with(plan);
    }

    @AfterEach
    void close() {
        anna.close();
        ben.close();
    }

    private SyncResult publishAndFetch() {
        SyncResult published = anna.sync(plan.id());
        assertEquals(SyncResult.Outcome.PUBLISHED, published.outcome());
        anna.share(plan.id(), "ben"); // the server shows a plan only to its members (S002)
        SyncResult fetched = ben.sync(plan.id());
        assertEquals(SyncResult.Outcome.FETCHED, fetched.outcome());
        return fetched;
    }

    private ServerPlan onServer() {
        try (ServerStore store = ServerStore.open(anna.login)) {
            return store.load(plan.id()).orElseThrow();
        }
    }

    @Test
    void aPublishedPlanIsFetchedWholeStampedWithThePublishersMember() {
        SyncResult fetched = publishAndFetch();

        assertEquals(1, fetched.revision());
        PlanData annas = PlanAssertions.withoutPrivateNotes(anna.plan(plan.id()));
        PlanAssertions.assertSamePlan(annas, ben.plan(plan.id()));
        PlanAssertions.assertSamePlan(annas, onServer().plan());
        assertEquals("Anna Shaw", annas.actions().get(0).stamp().person());
        assertEquals("City Council", annas.actions().get(0).stamp().organisation());
        SyncService status = new SyncService(ben.store, ben.user);
        assertEquals(1, status.status(plan.id()).orElseThrow().revision());
        assertFalse(status.status(plan.id()).orElseThrow().localChangesWaiting());
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void offlineEditsOfDifferentFieldsMergeWhicheverLaptopSyncsFirst(boolean annaFirst) {
        publishAndFetch();
        anna.edit(plan.id(), 0, a -> a.title("Anna's title"));
        ben.edit(plan.id(), 0, a -> a.percentComplete(40));
        ben.edit(plan.id(), 3, a -> a.title("Ben's other action"));
        assertTrue(new SyncService(ben.store, ben.user).status(plan.id()).orElseThrow().localChangesWaiting());
        SyncLaptop first = annaFirst ? anna : ben;
        SyncLaptop second = annaFirst ? ben : anna;

        SyncResult one = first.sync(plan.id());
        SyncResult two = second.sync(plan.id());
        SyncResult three = first.sync(plan.id());

        assertEquals(List.of(), two.conflicts());
        assertEquals(annaFirst ? 1 : 2, one.pushed());
        assertEquals(annaFirst ? 2 : 1, two.pushed());
        assertEquals(annaFirst ? 1 : 2, two.pulled());
        assertEquals(3, two.revision());
        assertEquals(0, three.pushed());
        assertEquals(3, three.revision());
        for (SyncLaptop laptop : List.of(anna, ben)) {
            assertEquals("Anna's title", laptop.action(plan.id(), 0).title());
            assertEquals(40, laptop.action(plan.id(), 0).percentComplete());
            assertEquals("Ben's other action", laptop.action(plan.id(), 3).title());
            assertFalse(new SyncService(laptop.store, laptop.user).status(plan.id()).orElseThrow()
                    .localChangesWaiting());
        }
        PlanData annas = PlanAssertions.withoutPrivateNotes(anna.plan(plan.id()));
        PlanAssertions.assertSamePlan(annas, ben.plan(plan.id()));
        PlanAssertions.assertSamePlan(annas, onServer().plan());
        for (SyncLaptop laptop : List.of(anna, ben)) {
            var audit = laptop.store.syncAudit(plan.id());
            assertEquals(List.of(3L, 2L, 1L), audit.stream().map(e -> e.revision()).toList()); // newest first
            assertEquals(annaFirst ? "Ben Okoro" : "Anna Shaw", audit.get(0).person());
        }
    }

    @Test
    void theSameFieldChangedOnBothLaptopsIsAConflictThatFailLeavesUnsettledChangingNothing() {
        publishAndFetch();
        anna.edit(plan.id(), 0, a -> a.title("Anna's title"));
        ben.edit(plan.id(), 0, a -> a.title("Ben's title"));
        anna.sync(plan.id());
        PlanData bensBefore = ben.plan(plan.id());

        SyncResult result = ben.sync(plan.id(), ConflictPolicy.FAIL);

        assertTrue(result.unsettled());
        assertEquals(1, result.conflicts().size());
        assertEquals("title", result.conflicts().get(0).field());
        assertEquals("Ben's title", result.conflicts().get(0).mine());
        assertEquals("Anna's title", result.conflicts().get(0).theirs());
        assertEquals(bensBefore, ben.plan(plan.id()));
        assertEquals(1, ben.store.syncBase(plan.id()).orElseThrow().revision());
        assertEquals(2, onServer().revision());
    }

    @ParameterizedTest
    @ValueSource(strings = {"MINE", "THEIRS"})
    void aConflictIsSettledByThePolicyNeverByTheClock(String policy) {
        publishAndFetch();
        ben.edit(plan.id(), 0, a -> a.title("Ben's title")); // Ben's edit is the older one
        anna.edit(plan.id(), 0, a -> a.title("Anna's title"));
        anna.sync(plan.id());

        SyncResult result = ben.sync(plan.id(), ConflictPolicy.valueOf(policy));
        anna.sync(plan.id());

        assertEquals(1, result.conflicts().size());
        String expected = policy.equals("MINE") ? "Ben's title" : "Anna's title";
        assertEquals(expected, ben.action(plan.id(), 0).title());
        assertEquals(expected, anna.action(plan.id(), 0).title());
        assertEquals(expected, onServer().plan().action(ben.action(plan.id(), 0).id()).orElseThrow().title());
    }

    @Test
    void theWindowsTwoPhasesShowTheServersChangesThenTakeTheChosenOnesAsOneUndoableChange() {
        publishAndFetch();
        anna.edit(plan.id(), 0, a -> a.title("Anna's title"));
        anna.edit(plan.id(), 1, a -> a.title("Anna's other title"));
        ben.edit(plan.id(), 0, a -> a.title("Ben's title"));
        anna.sync(plan.id());
        PlanSession open = new PlanSession(ben.store, ben.user, ben.plan(plan.id()));
        SyncService service = new SyncService(open);

        SyncResult result;
        try (ServerStore server = ServerStore.open(ben.login)) {
            SyncRound round = service.prepare(server, plan.id());
            MergeService.Proposal proposal = round.proposal().orElseThrow();
            assertEquals(2, proposal.differences().size());
            assertEquals(1, proposal.conflicts());
            result = service.finish(round, d -> d.isConflict()); // take their title, leave their other change out
        }

        assertEquals("Anna's title", open.plan().action(ben.action(plan.id(), 0).id()).orElseThrow().title());
        assertEquals(1, result.pushed()); // the change left out is Ben's now: his value goes back to the server
        assertEquals(ben.action(plan.id(), 1).title(), onServer().plan().action(ben.action(plan.id(), 1).id())
                .orElseThrow().title());
        assertEquals("Undo sync with the server", "Undo " + open.state().undoDescription().orElseThrow()
                .toLowerCase(java.util.Locale.ROOT));
        open.undo();
        assertEquals("Ben's title", ben.action(plan.id(), 0).title());
        assertTrue(service.status(plan.id()).orElseThrow().localChangesWaiting());
    }

    @Test
    void aServerRestoredToAnOlderRevisionMakesEveryDifferenceAConflictRatherThanUndoWork() throws SQLException {
        publishAndFetch();
        anna.edit(plan.id(), 0, a -> a.title("Anna's title"));
        anna.sync(plan.id());
        try (Connection admin = server.superuser(db); Statement st = admin.createStatement()) {
            // last night's backup: revision 1, without Anna's title
            st.execute("UPDATE jointplan.action SET title = '" + plan.action(anna.action(plan.id(), 0).id())
                    .orElseThrow().title() + "' WHERE id = '" + anna.action(plan.id(), 0).id() + "'");
            st.execute("UPDATE jointplan.plan_revision SET revision = 1");
            st.execute("DELETE FROM jointplan.audit WHERE revision > 1");
        }

        SyncResult failed = anna.sync(plan.id());
        SyncResult mine = anna.sync(plan.id(), ConflictPolicy.MINE);

        assertTrue(failed.unsettled());
        assertEquals("title", failed.conflicts().get(0).field());
        assertEquals("Anna's title", anna.action(plan.id(), 0).title());
        assertEquals(2, mine.revision());
        assertEquals("Anna's title", onServer().plan().action(anna.action(plan.id(), 0).id()).orElseThrow().title());
    }

    @Test
    void deletionsAndAdditionsTravelBothWays() {
        publishAndFetch();
        PlanData annas = anna.plan(plan.id());
        var gone = anna.action(plan.id(), 5);
        new PlanSession(anna.store, anna.user, annas).apply(Change.remove("delete", List.of(gone)));
        ben.edit(plan.id(), 1, a -> a.title("Ben's edit"));

        anna.sync(plan.id());
        ben.sync(plan.id());

        assertTrue(ben.plan(plan.id()).action(gone.id()).isEmpty());
        assertTrue(onServer().plan().action(gone.id()).isEmpty());
        assertEquals(11, onServer().plan().actions().size());
    }

    @Test
    void privateNotesStayOnTheLaptop() {
        publishAndFetch();
        anna.edit(plan.id(), 2, a -> a.notes("Ring Ben about the budget"));

        SyncResult result = anna.sync(plan.id());

        assertEquals(0, result.pushed());
        UUID id = anna.action(plan.id(), 2).id();
        assertEquals("", onServer().plan().action(id).orElseThrow().notes());
        assertEquals("Ring Ben about the budget", anna.action(plan.id(), 2).notes());
    }

    @Test
    void aCopyThisStoreHeldBeforeItEverSyncedJoinsWithoutAGuessedBase() {
        anna.sync(plan.id());
        anna.share(plan.id(), "ben");
        ben.with(plan); // the same plan, from a package or the shipped sample, before the server
        anna.edit(plan.id(), 0, a -> a.title("Anna's title"));
        anna.sync(plan.id());
        ben.edit(plan.id(), 1, a -> a.title("Ben's title"));
        PlanData bensBefore = ben.plan(plan.id());

        // with no common base, neither side's differing value can be taken for a change of the other's
        SyncResult failed = ben.sync(plan.id(), ConflictPolicy.FAIL);
        assertTrue(failed.unsettled());
        assertEquals(2, failed.conflicts().size(), failed.conflicts().toString());
        assertEquals(bensBefore, ben.plan(plan.id()));
        assertTrue(ben.store.syncBase(plan.id()).isEmpty());

        SyncResult joined = ben.sync(plan.id(), ConflictPolicy.THEIRS);
        assertEquals(SyncResult.Outcome.SYNCED, joined.outcome());
        assertEquals("Anna's title", ben.action(plan.id(), 0).title());
        assertEquals(plan.actions().stream().sorted(java.util.Comparator.comparing(
                org.jointplan.domain.Action::id)).toList().get(1).title(), ben.action(plan.id(), 1).title());
        assertEquals(onServer().revision(), ben.store.syncBase(plan.id()).orElseThrow().revision());
        assertEquals(titles(onServer().plan()), titles(ben.plan(plan.id()))); // stamps: each side keeps its own
    }

    private static java.util.Map<UUID, String> titles(PlanData plan) {
        return plan.actions().stream().collect(java.util.stream.Collectors.toMap(
                org.jointplan.domain.Action::id, org.jointplan.domain.Action::title));
    }

    @Test
    void anIdenticalCopyThisStoreHeldBeforeItEverSyncedJoinsWithNothingToSettle() {
        anna.sync(plan.id());
        anna.share(plan.id(), "ben");
        ben.with(plan);

        SyncResult joined = ben.sync(plan.id(), ConflictPolicy.FAIL);

        assertEquals(SyncResult.Outcome.SYNCED, joined.outcome());
        assertEquals(List.of(), joined.conflicts());
        assertEquals(1, ben.store.syncBase(plan.id()).orElseThrow().revision());
    }

    @Test
    void anAnswerLostAfterThePushCommittedResolvesWithoutConflictOrDuplicate() throws SQLException {
        publishAndFetch();
        ben.edit(plan.id(), 0, a -> a.title("Ben's title"));
        // the push commits on the server, but the laptop never hears so: its base stays at revision 1
        try (ServerStore store = ServerStore.open(ben.login)) {
            store.push(plan.id(), 1, List.of(ben.action(plan.id(), 0)), List.of());
        }

        SyncResult result = ben.sync(plan.id());

        assertEquals(List.of(), result.conflicts());
        assertEquals(0, result.pushed());
        assertEquals(2, result.revision());
        assertEquals(2, audits());
        assertFalse(new SyncService(ben.store, ben.user).status(plan.id()).orElseThrow().localChangesWaiting());
    }

    @Test
    void aDroppedConnectionMidPushChangesNeitherSideAndTheNextSyncCompletes() throws Exception {
        publishAndFetch();
        ben.edit(plan.id(), 0, a -> a.title("Ben's title"));
        PlanData bensBefore = ben.plan(plan.id());
        try (Connection admin = server.superuser(db); Statement st = admin.createStatement()) {
            // the audit row is the push's last write: hold it there while the connection is cut
            st.execute("CREATE FUNCTION jointplan.hold() RETURNS trigger LANGUAGE plpgsql AS"
                    + " $$ BEGIN PERFORM pg_sleep(30); RETURN NEW; END $$");
            st.execute("CREATE TRIGGER hold BEFORE INSERT ON jointplan.audit FOR EACH ROW"
                    + " EXECUTE FUNCTION jointplan.hold()");
            Thread cutter = new Thread(() -> terminateWhenSleeping("ben"));
            cutter.start();

            ServerException e = assertThrows(ServerException.class, () -> ben.sync(plan.id()));
            cutter.join();

            assertFalse(e.getMessage().contains("SQL") || e.getMessage().contains("Exception"), e.getMessage());
            st.execute("DROP TRIGGER hold ON jointplan.audit");
        }
        assertEquals(1, onServer().revision());
        assertEquals(bensBefore, ben.plan(plan.id()));
        assertEquals(1, ben.store.syncBase(plan.id()).orElseThrow().revision());

        SyncResult again = ben.sync(plan.id());

        assertEquals(1, again.pushed());
        assertEquals(2, onServer().revision());
        assertEquals("Ben's title", onServer().plan().action(ben.action(plan.id(), 0).id()).orElseThrow().title());
        assertEquals("Ben's title", ben.action(plan.id(), 0).title());
    }

    /** Cuts the login's connection once it is waiting inside its push. */
    private void terminateWhenSleeping(String login) {
        try (Connection admin = server.superuser(db); Statement st = admin.createStatement()) {
            for (int i = 0; i < 300; i++) {
                try (ResultSet rs = st.executeQuery("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                        + " WHERE usename = '" + login + "' AND wait_event = 'PgSleep'")) {
                    if (rs.next()) {
                        return;
                    }
                }
                Thread.sleep(50);
            }
        } catch (SQLException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aServerRowThatBreaksARuleIsRefusedPlainlyLeavingTheStoreIntact() throws SQLException {
        publishAndFetch();
        UUID id = ben.action(plan.id(), 0).id();
        try (Connection admin = server.superuser(db); Statement st = admin.createStatement()) {
            // another tool, on a copy of the schema without the rule, writes what JointPlan refuses
            st.execute("ALTER TABLE jointplan.action DROP CONSTRAINT IF EXISTS action_percent_complete_check");
            st.execute("ALTER TABLE jointplan.action DROP CONSTRAINT IF EXISTS action_check");
            st.execute("UPDATE jointplan.action SET percent_complete = 150 WHERE id = '" + id + "'");
            st.execute("UPDATE jointplan.plan_revision SET revision = 2");
        }
        PlanData bensBefore = ben.plan(plan.id());

        ServerException e = assertThrows(ServerException.class, () -> ben.sync(plan.id()));

        assertTrue(e.getMessage().contains("breaks"), e.getMessage());
        assertEquals(bensBefore, ben.plan(plan.id()));
        assertEquals(1, ben.store.syncBase(plan.id()).orElseThrow().revision());
    }

    private int audits() throws SQLException {
        try (Connection c = server.superuser(db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM jointplan.audit")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}

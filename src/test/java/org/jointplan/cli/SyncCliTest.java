package org.jointplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.jointplan.domain.Action;
import org.jointplan.domain.PlanData;
import org.jointplan.server.ServerSetup;
import org.jointplan.server.ServerStore;
import org.jointplan.server.TestServer;
import org.jointplan.store.Store;
import org.jointplan.testsupport.PlanGenerator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jointplan sync [--plan ID] --server URL --user NAME --password-file F [--conflicts mine|theirs|fail]}. */
class SyncCliTest {
    private static final String PASSWORD = "secret";
    private static TestServer server;
    private static String template;
    @TempDir
    Path dir;
    private String db;
    private PlanData plan;
    private Path annaStore;
    private Path benStore;

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
    void twoStores() throws SQLException {
        db = server.copyOf(template);
        server.officer(db, "anna", "Anna Shaw", "City Council");
        server.officer(db, "ben", "Ben Okoro", "County Council");
        plan = PlanGenerator.plan(6, 3);
        annaStore = dir.resolve("anna.sqlite");
        benStore = dir.resolve("ben.sqlite");
        try (Store store = Store.open(annaStore)) {
            store.write("the plan", w -> w.savePlan(plan));
        }
    }

    private Cli.Result sync(Path store, String login, String... more) {
        List<String> args = new ArrayList<>(List.of("--store", store.toString(), "sync", "--server", server.url(db),
                "--user", login, "--password-file", server.passwordFile(login, PASSWORD).toString()));
        args.addAll(List.of(more));
        Cli.Result result = Cli.run(args.toArray(String[]::new));
        assertFalse(result.out().contains(PASSWORD) || result.err().contains(PASSWORD), result.toString());
        assertFalse(result.err().contains("SQL") || result.err().contains("Exception"), result.err());
        return result;
    }

    private void shareWithBen() {
        try (ServerStore store = ServerStore.open(server.officer(db, "anna", "Anna Shaw", "City Council"))) {
            store.share(plan.id(), "ben");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void retitleFirstAction(Path file, String title) {
        try (Store store = Store.open(file)) {
            PlanData p = store.load(plan.id()).orElseThrow();
            Action first = p.actions().stream().min(java.util.Comparator.comparing(Action::id)).orElseThrow();
            store.write("the title", w -> w.saveAction(first.toBuilder().title(title).build()));
        }
    }

    @Test
    void aPlanIsPublishedFetchedAndSyncedSayingWhatMovedEachWay() {
        String id = plan.id().toString();
        String title = plan.plan().title();

        Cli.Result published = sync(annaStore, "anna", "--plan", id);
        shareWithBen();
        Cli.Result fetched = sync(benStore, "ben", "--plan", id);
        retitleFirstAction(benStore, "Ben's title");
        Cli.Result pushed = sync(benStore, "ben");
        Cli.Result pulled = sync(annaStore, "anna");

        assertEquals(new Cli.Result(0, "Published '" + title + "' to the server; revision 1.\n", ""), published);
        assertEquals(0, fetched.code(), fetched.toString());
        assertTrue(fetched.out().startsWith("Fetched '" + title + "' from the server ("), fetched.out());
        assertEquals(new Cli.Result(0, "Synced '" + title + "': pushed 1 change; pulled 0 changes; revision 2.\n",
                ""), pushed);
        assertEquals(new Cli.Result(0, "Synced '" + title + "': pushed 0 changes; pulled 1 change; revision 2.\n",
                ""), pulled);
    }

    @Test
    void unsettledConflictsAreListedWithANonZeroExitAndChangeNothing() {
        String id = plan.id().toString();
        sync(annaStore, "anna", "--plan", id);
        shareWithBen();
        sync(benStore, "ben", "--plan", id);
        retitleFirstAction(annaStore, "Anna's title");
        retitleFirstAction(benStore, "Ben's title");
        sync(annaStore, "anna");

        Cli.Result failed = sync(benStore, "ben");
        Cli.Result mine = sync(benStore, "ben", "--conflicts", "mine");

        assertEquals(1, failed.code());
        assertEquals("", failed.out());
        assertTrue(failed.err().startsWith("The plan '" + plan.plan().title() + "' has 1 conflict with the server,"
                + " so nothing was changed on either side; sync again with --conflicts mine or --conflicts"
                + " theirs:\n"), failed.err());
        assertTrue(failed.err().contains("yours is 'Ben's title', theirs is 'Anna's title'"), failed.err());
        assertEquals(0, mine.code(), mine.toString());
        assertTrue(mine.out().contains("pushed 1 change; pulled 0 changes; revision 3.\nSettled 1 conflict by"
                + " --conflicts mine (yours kept):\n"), mine.out());
    }

    @Test
    void withoutAPlanNamedAStoreThatFollowsNoneIsToldHowToStart() {
        Cli.Result result = sync(annaStore, "anna");

        assertEquals(new Cli.Result(1, "", "This store follows no plan on a server yet; name the plan to publish or"
                + " fetch with --plan ID (list prints each plan's id).\n"), result);
    }

    @Test
    void aServerWithANewerSchemaIsRefusedPlainly() throws SQLException {
        try (Connection c = server.superuser(db); Statement st = c.createStatement()) {
            st.execute("INSERT INTO jointplan.schema_version (version, script) VALUES (99, 'S099__future.sql')");
        }

        Cli.Result result = sync(annaStore, "anna", "--plan", plan.id().toString());

        assertEquals(1, result.code());
        assertTrue(result.err().startsWith("The server's JointPlan schema is version 99, newer than this JointPlan"
                + " knows"), result.err());
        assertEquals(1, result.err().lines().count(), result.err());
    }

    @Test
    void aWrongPlanIdOrAnUnreachableServerIsOnePlainSentence() {
        Cli.Result notAnId = sync(annaStore, "anna", "--plan", "not-an-id");
        Cli.Result unknown = sync(benStore, "ben", "--plan", java.util.UUID.randomUUID().toString());
        Cli.Result unreachable = Cli.run("--store", annaStore.toString(), "sync", "--server",
                "jdbc:postgresql://127.0.0.1:1/jointplan", "--user", "anna", "--password-file",
                server.passwordFile("anna", PASSWORD).toString(), "--plan", plan.id().toString());

        assertEquals(2, notAnId.code());
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().startsWith("There is no plan with the id"), unknown.err());
        assertEquals(1, unreachable.code());
        assertTrue(unreachable.err().startsWith("The server cannot be reached"), unreachable.err());
        assertFalse(unreachable.err().contains(PASSWORD));
    }
}

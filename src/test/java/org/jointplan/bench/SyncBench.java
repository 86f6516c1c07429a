package org.jointplan.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jointplan.domain.Action;
import org.jointplan.domain.PlanData;
import org.jointplan.server.ServerLogin;
import org.jointplan.server.ServerPlan;
import org.jointplan.server.ServerSetup;
import org.jointplan.server.ServerStore;
import org.jointplan.server.TestServer;
import org.jointplan.service.LocalUser;
import org.jointplan.service.MergeService.ConflictPolicy;
import org.jointplan.service.SyncResult;
import org.jointplan.service.SyncService;
import org.jointplan.store.Store;
import org.jointplan.testsupport.Bench;
import org.jointplan.testsupport.PlanGenerator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sync with a real PostgreSQL (embedded, on this machine), laptop to server and back, as the sync command does it:
 * read the server's plan, merge, push, record the base. Run with mvn -Pbench verify -Dtest=SyncBench. Targets:
 * 1,000 local changes pushed in 1 s (sync.push1k), 1,000 of the server's changes pulled in 1 s (sync.pull1k); twenty
 * laptops pushing 100 changes each at the same moment lose nothing (sync.concurrent20: the total time).
 */
@Tag("bench")
class SyncBench {
    private static final int RUNS = 3;
    private static TestServer server;
    private static String db;
    private static ServerLogin login;
    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws SQLException {
        server = TestServer.start();
        db = server.newDatabase();
        ServerSetup.init(server.admin(db));
        login = server.officer(db, "anna", "Anna Shaw", "City Council");
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static SyncResult sync(Store store, PlanData plan) {
        try (ServerStore s = ServerStore.open(login)) {
            return new SyncService(store, new LocalUser("Laptop", "Officer")).sync(s, plan.id(),
                    ConflictPolicy.FAIL);
        }
    }

    /** Saves new titles for {@code count} actions from {@code first}, as offline edits. */
    private static void edit(Store store, PlanData plan, int first, int count, String tag) {
        List<Action> actions = store.load(plan.id()).orElseThrow().actions().stream()
                .sorted(Comparator.comparing(Action::id)).toList().subList(first, first + count);
        store.write("the edits", w -> {
            for (Action a : actions) {
                w.saveAction(a.toBuilder().title(a.title() + " " + tag).build());
            }
        });
    }

    @Test
    void pushAndPullAThousandChanges() {
        PlanData plan = PlanGenerator.plan(1_200, 61);
        try (Store anna = Store.open(dir.resolve("anna.sqlite")); Store ben = Store.open(dir.resolve("ben.sqlite"))) {
            anna.write("the plan", w -> w.savePlan(plan));
            long t0 = System.nanoTime();
            sync(anna, plan);
            Bench.report("sync.publish1200", (System.nanoTime() - t0) / 1e6, "ms");
            sync(ben, plan);
            long[] push = new long[RUNS];
            long[] pull = new long[RUNS];
            for (int run = 0; run < RUNS; run++) {
                edit(anna, plan, 0, 1_000, "run " + run);
                long p0 = System.nanoTime();
                SyncResult pushed = sync(anna, plan);
                push[run] = System.nanoTime() - p0;
                assertEquals(1_000, pushed.pushed());
                long q0 = System.nanoTime();
                SyncResult pulled = sync(ben, plan);
                pull[run] = System.nanoTime() - q0;
                assertEquals(1_000, pulled.pulled());
            }
            Bench.report("sync.push1k", Bench.medianMillis(push), "ms", 1000.0);
            Bench.report("sync.pull1k", Bench.medianMillis(pull), "ms", 1000.0);
        }
    }

    @Test
    void twentyLaptopsPushingAHundredChangesEachAtOnce() throws Exception {
        int clients = 20;
        int changes = 100;
        PlanData plan = PlanGenerator.plan(clients * changes, 67);
        List<Store> laptops = new ArrayList<>();
        try {
            for (int i = 0; i < clients; i++) {
                laptops.add(Store.open(dir.resolve("laptop" + i + ".sqlite")));
            }
            laptops.get(0).write("the plan", w -> w.savePlan(plan));
            sync(laptops.get(0), plan);
            for (int i = 1; i < clients; i++) {
                sync(laptops.get(i), plan);
            }
            for (int i = 0; i < clients; i++) {
                edit(laptops.get(i), plan, i * changes, changes, "by laptop " + i);
            }
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            List<Future<SyncResult>> done = new ArrayList<>();
            long t0 = System.nanoTime();
            for (Store laptop : laptops) {
                done.add(pool.submit(() -> sync(laptop, plan)));
            }
            for (Future<SyncResult> f : done) {
                assertEquals(changes, f.get().pushed());
            }
            Bench.report("sync.concurrent20", (System.nanoTime() - t0) / 1e6, "ms");
            pool.shutdown();
            ServerPlan onServer;
            try (ServerStore s = ServerStore.open(login)) {
                onServer = s.load(plan.id()).orElseThrow();
            }
            assertEquals(1 + clients, onServer.revision());
            long edited = onServer.plan().actions().stream().filter(a -> a.title().contains(" by laptop ")).count();
            assertEquals(clients * changes, edited);
            assertTrue(onServer.plan().actions().stream().allMatch(a -> a.title().contains(" by laptop ")));
        } finally {
            laptops.forEach(Store::close);
        }
    }
}

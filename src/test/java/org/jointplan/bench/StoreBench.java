package org.jointplan.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.UUID;
import org.jointplan.domain.Action;
import org.jointplan.domain.PlanData;
import org.jointplan.store.Store;
import org.jointplan.testsupport.Bench;
import org.jointplan.testsupport.PlanGenerator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;

/** Store benchmarks; run with mvn -Pbench verify. */
@Tag("bench")
class StoreBench {
    private static final int UPDATES = 1_000;

    @TempDir
    Path dir;

    /** One action update committed through the store, against a raw sqlite-jdbc one-row commit, same PRAGMAs. */
    @Test
    void updateLatency() throws Exception {
        PlanData plan = PlanGenerator.plan(1_000, 7);
        Path file = dir.resolve("update.sqlite");
        long[] store = new long[UPDATES];
        try (Store s = Store.open(file)) {
            s.write("the plan", w -> w.savePlan(plan));
            for (int i = -200; i < UPDATES; i++) {
                Action a = plan.actions().get(Math.floorMod(i, plan.actions().size()));
                Action changed = a.toBuilder().owner("Owner " + i).stamp(a.stamp().renewed()).build();
                long t0 = System.nanoTime();
                s.write("the action", w -> w.saveAction(changed));
                if (i >= 0) {
                    store[i] = System.nanoTime() - t0;
                }
            }
        }
        long[] raw = new long[UPDATES];
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        try (Connection c = config.createConnection("jdbc:sqlite:" + dir.resolve("raw.sqlite"));
             Statement st = c.createStatement()) {
            st.execute("CREATE TABLE t (id TEXT PRIMARY KEY, owner TEXT NOT NULL)");
            String id = UUID.randomUUID().toString();
            st.execute("INSERT INTO t VALUES ('" + id + "', 'x')");
            c.setAutoCommit(false);
            try (PreparedStatement update = c.prepareStatement("UPDATE t SET owner = ? WHERE id = ?")) {
                for (int i = -200; i < UPDATES; i++) {
                    long t0 = System.nanoTime();
                    update.setString(1, "Owner " + i);
                    update.setString(2, id);
                    update.executeUpdate();
                    c.commit();
                    if (i >= 0) {
                        raw[i] = System.nanoTime() - t0;
                    }
                }
            }
        }
        Bench.report("store.update", Bench.medianMillis(store), "ms", Bench.medianMillis(raw));
    }

    /** Loading a generated 10,000-action plan, and the store's size on disk. */
    @Test
    void load10k() throws Exception {
        PlanData plan = PlanGenerator.plan(10_000, 8);
        Path file = dir.resolve("load.sqlite");
        try (Store s = Store.open(file)) {
            s.write("the plan", w -> w.savePlan(plan));
        }
        long[] times = new long[7];
        try (Store s = Store.open(file)) {
            for (int i = -3; i < times.length; i++) {
                long t0 = System.nanoTime();
                PlanData loaded = s.load(plan.id()).orElseThrow();
                long elapsed = System.nanoTime() - t0;
                if (loaded.actions().size() != 10_000) {
                    throw new AssertionError("loaded " + loaded.actions().size());
                }
                if (i >= 0) {
                    times[i] = elapsed;
                }
            }
        }
        Bench.report("store.load10k", Bench.medianMillis(times), "ms");
        Bench.report("store.size10k", Files.size(file) / (1024.0 * 1024.0), "MB");
    }
}

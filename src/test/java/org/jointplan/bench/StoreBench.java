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

    /**
     * One action update committed through the store, against a raw sqlite-jdbc one-row commit with the same PRAGMAs.
     * The two alternate, one commit each in turn, so that both meet the same disk: an fsync's time drifts by half
     * or more over a few seconds here, which skewed the ratio when each side ran as a block.
     */
    @Test
    void updateLatency() throws Exception {
        PlanData plan = PlanGenerator.plan(1_000, 7);
        long[] store = new long[UPDATES];
        long[] raw = new long[UPDATES];
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        try (Store s = Store.open(dir.resolve("update.sqlite"));
             Connection c = config.createConnection("jdbc:sqlite:" + dir.resolve("raw.sqlite"));
             Statement st = c.createStatement()) {
            s.write("the plan", w -> w.savePlan(plan));
            st.execute("CREATE TABLE t (id TEXT PRIMARY KEY, owner TEXT NOT NULL)");
            String id = UUID.randomUUID().toString();
            st.execute("INSERT INTO t VALUES ('" + id + "', 'x')");
            c.setAutoCommit(false);
            try (PreparedStatement update = c.prepareStatement("UPDATE t SET owner = ? WHERE id = ?")) {
                for (int i = -200; i < UPDATES; i++) { // the first 200 of each warm up
                    Action a = plan.actions().get(Math.floorMod(i, plan.actions().size()));
                    Action changed = a.toBuilder().owner("Owner " + i).stamp(a.stamp().renewed()).build();
                    long t0 = System.nanoTime();
                    s.write("the action", w -> w.saveAction(changed));
                    long t1 = System.nanoTime();
                    update.setString(1, "Owner " + i);
                    update.setString(2, id);
                    update.executeUpdate();
                    c.commit();
                    long t2 = System.nanoTime();
                    if (i >= 0) {
                        store[i] = t1 - t0;
                        raw[i] = t2 - t1;
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

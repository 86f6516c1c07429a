package org.jointplan.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import org.jointplan.bundle.PlanJson;
import org.jointplan.bundle.ReportJson;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.ReportPosition;
import org.jointplan.service.LocalUser;
import org.jointplan.service.PlanSession;
import org.jointplan.service.ReportingCycle;
import org.jointplan.store.Store;
import org.jointplan.testsupport.Bench;
import org.jointplan.testsupport.PlanGenerator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reporting cycle benchmarks (issue 13); run with mvn -Pbench verify -Dtest=ReportBench. */
@Tag("bench")
class ReportBench {
    private static final int RUNS = 7;
    private static final int WARM_UP = 3;
    private static final LocalUser USER = new LocalUser("Nottingham City Council", "Bench");
    private static final LocalDate FIRST_QUARTER_END = LocalDate.of(2024, 6, 30);

    @TempDir
    Path dir;

    /**
     * Recording a snapshot of a 10,000-action plan through the store, as the command and the menu do: taking the
     * position and saving it in one transaction. Each run records another date. Compared with the target, 300 ms.
     */
    @Test
    void snapshot10k() {
        PlanData plan = PlanGenerator.plan(10_000, 41);
        long[] times = new long[RUNS];
        try (Store store = Store.open(dir.resolve("snapshots.sqlite"))) {
            store.write("the plan", w -> w.savePlan(plan));
            PlanSession session = new PlanSession(store, USER, store.load(plan.id()).orElseThrow());
            for (int i = -WARM_UP; i < RUNS; i++) {
                LocalDate asAt = FIRST_QUARTER_END.plusDays(10L * (i + WARM_UP));
                long t0 = System.nanoTime();
                session.apply(ReportingCycle.recordSnapshot(session.plan(), asAt, "Run " + i, LocalDate.now(),
                        false));
                long elapsed = System.nanoTime() - t0;
                if (i >= 0) {
                    times[i] = elapsed;
                }
            }
            if (store.load(plan.id()).orElseThrow().snapshots().size() != RUNS + WARM_UP) {
                throw new AssertionError("snapshots were not all recorded");
            }
        }
        Bench.report("report.snapshot10k", Bench.medianMillis(times), "ms", 300.0);
    }

    /**
     * The report data of a 10,000-action plan as at a snapshot (with an earlier one to compare with): the position
     * and its JSON. Compared with writing the plan itself as JSON with the same Jackson configuration.
     */
    @Test
    void json10k() throws Exception {
        PlanData generated = PlanGenerator.plan(10_000, 43);
        PlanData plan;
        try (Store store = Store.open(dir.resolve("report.sqlite"))) {
            store.write("the plan", w -> w.savePlan(generated));
            PlanSession session = new PlanSession(store, USER, store.load(generated.id()).orElseThrow());
            session.apply(ReportingCycle.recordSnapshot(session.plan(), LocalDate.of(2024, 9, 30), "Q2",
                    LocalDate.now(), false));
            session.apply(ReportingCycle.recordSnapshot(session.plan(), LocalDate.of(2024, 12, 31), "Q3",
                    LocalDate.now(), false));
            plan = store.load(generated.id()).orElseThrow();
        }
        long[] times = new long[RUNS];
        long[] baseline = new long[RUNS];
        int size = 0;
        for (int i = -WARM_UP; i < RUNS; i++) {
            long t0 = System.nanoTime();
            ReportPosition position = ReportPosition.of(plan, LocalDate.of(2024, 12, 31));
            byte[] json = ReportJson.bytes(position);
            long t1 = System.nanoTime();
            PlanJson.mapper().writeValueAsBytes(plan);
            long t2 = System.nanoTime();
            if (!position.isFrozen() || position.actions().size() != 10_000) {
                throw new AssertionError("not the frozen position of 10,000 actions");
            }
            if (i >= 0) {
                times[i] = t1 - t0;
                baseline[i] = t2 - t1;
                size = json.length;
            }
        }
        Bench.report("report.json10k", Bench.medianMillis(times), "ms", Bench.medianMillis(baseline));
        Bench.report("report.size10k", size / (1024.0 * 1024.0), "MB");
    }
}

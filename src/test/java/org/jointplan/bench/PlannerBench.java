package org.jointplan.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.jointplan.domain.IncomingPlan;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.Stamp;
import org.jointplan.service.CalendarExports;
import org.jointplan.service.ProjectExports;
import org.jointplan.service.ProjectImports;
import org.jointplan.testsupport.Bench;
import org.jointplan.testsupport.PlanGenerator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Other planners' files (issue 17): an MS Project XML of 5,000 tasks read into a plan (with its milestones and links:
 * what the menu and import-project do before storing), and a 10,000-action plan written as MS Project XML and as a
 * calendar. Run with mvn -Pbench verify -Dtest=PlannerBench. Targets: import5k 3 s, export10k 2 s.
 */
@Tag("bench")
class PlannerBench {
    private static final int RUNS = 5;
    /** The machine is shared: the thread's CPU time says what the work costs when wall time says how busy it is. */
    private static final java.lang.management.ThreadMXBean CPU =
            java.lang.management.ManagementFactory.getThreadMXBean();
    private static final Stamp STAMP = new Stamp(Instant.parse("2025-01-02T10:00:00Z"), "Council", "Officer");

    @TempDir
    Path dir;

    @Test
    void importFiveThousandTasks() throws Exception {
        Path file = dir.resolve("5k.xml");
        ProjectExports.write(PlanGenerator.plan(5_000, 3), file);
        long t0 = System.nanoTime();
        IncomingPlan first = ProjectImports.read(file, STAMP);
        Bench.report("project.import5k.first", (System.nanoTime() - t0) / 1e6, "ms");
        long[] runs = new long[RUNS];
        long[] cpu = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long c = CPU.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            ProjectImports.read(file, STAMP);
            runs[i] = System.nanoTime() - t;
            cpu[i] = CPU.getCurrentThreadCpuTime() - c;
        }
        Bench.report("project.import5k", Bench.medianMillis(runs), "ms", 3000.0);
        Bench.report("project.import5k.cpu", Bench.medianMillis(cpu), "ms", 3000.0);
        Bench.report("project.import5k.tasks", first.plan().actions().size() + first.plan().milestones().size()
                + first.plan().priorities().size(), "tasks");
        Bench.report("project.import5k.size", Files.size(file) / 1e6, "MB");
    }

    @Test
    void exportTenThousandActions() throws Exception {
        PlanData plan = PlanGenerator.plan(10_000, 5);
        Path file = dir.resolve("10k.xml");
        long t0 = System.nanoTime();
        ProjectExports.write(plan, file);
        Bench.report("project.export10k.first", (System.nanoTime() - t0) / 1e6, "ms");
        long[] runs = new long[RUNS];
        long[] cpu = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long c = CPU.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            ProjectExports.write(plan, file);
            runs[i] = System.nanoTime() - t;
            cpu[i] = CPU.getCurrentThreadCpuTime() - c;
        }
        Bench.report("project.export10k", Bench.medianMillis(runs), "ms", 2000.0);
        Bench.report("project.export10k.cpu", Bench.medianMillis(cpu), "ms", 2000.0);
        Bench.report("project.export10k.size", Files.size(file) / 1e6, "MB");
        Path ics = dir.resolve("10k.ics");
        long[] cal = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            CalendarExports.write(plan, true, Instant.now(), ics);
            cal[i] = System.nanoTime() - t;
        }
        Bench.report("calendar.export10k", Bench.medianMillis(cal), "ms");
    }
}

package org.jointplan.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.ReportPosition;
import org.jointplan.report.ReportOptions;
import org.jointplan.service.CommitteePapers;
import org.jointplan.service.CommitteePapers.Format;
import org.jointplan.service.SamplePlan;
import org.jointplan.testsupport.Bench;
import org.jointplan.testsupport.PlanGenerator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Committee papers (issue 15) as the menu and the command line make them: the whole report, every part and the
 * timeline appendix included, built from the position and written to a file. Run with mvn -Pbench verify
 * -Dtest=CommitteePaperBench. Targets: the 2024/25 plan's paper in 1 s in each format, a 10,000-action plan's PDF in
 * 10 s.
 */
@Tag("bench")
class CommitteePaperBench {
    private static final int RUNS = 5;
    private static final int WARM_UP = 2;

    @TempDir
    Path dir;

    @Test
    void samplePlan() {
        ReportPosition position = ReportPosition.of(SamplePlan.load(), LocalDate.of(2025, 3, 31));
        for (Format format : new Format[] {Format.PDF, Format.DOCX}) {
            Path out = dir.resolve("q4." + format.extension());
            long t0 = System.nanoTime();
            CommitteePapers.write(position, ReportOptions.everything(), format, out, f -> { });
            Bench.report("report." + format.extension() + ".first", (System.nanoTime() - t0) / 1e6, "ms");
            Bench.report("report." + format.extension(), median(position, format, out, RUNS), "ms", 1000.0);
        }
    }

    @Test
    void tenThousandActions() {
        PlanData plan = PlanGenerator.plan(10_000, 47);
        ReportPosition position = ReportPosition.of(plan, plan.plan().period().end());
        Path out = dir.resolve("big.pdf");
        Bench.report("report.pdf10k", median(position, Format.PDF, out, 1), "ms", 10_000.0);
        Bench.report("report.pdf10k.size", out.toFile().length() / 1e6, "MB");
    }

    private static double median(ReportPosition position, Format format, Path out, int runs) {
        long[] times = new long[runs];
        for (int i = -WARM_UP; i < runs; i++) {
            long t0 = System.nanoTime();
            CommitteePapers.write(position, ReportOptions.everything(), format, out, f -> { });
            long elapsed = System.nanoTime() - t0;
            if (i >= 0) {
                times[i] = elapsed;
            }
        }
        return Bench.medianMillis(times);
    }
}

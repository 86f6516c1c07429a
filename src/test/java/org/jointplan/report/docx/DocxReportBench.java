package org.jointplan.report.docx;

import java.util.ArrayList;
import java.util.List;
import org.jointplan.domain.Status;
import org.jointplan.report.Block;
import org.jointplan.report.Cell;
import org.jointplan.report.Column;
import org.jointplan.report.CommitteeReport;
import org.jointplan.report.PageSetup;
import org.jointplan.report.Section;
import org.jointplan.testsupport.Bench;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The Word report of the 2024/25 sample plan (target 1 s); run with mvn -Pbench verify -Dtest=DocxReportBench. The
 * first run, which loads POI, is reported apart: it is what the first report after start-up costs. A report with
 * three page-sized figures more, as the timeline's appendix will add, is reported as report.docx.withTimeline.
 */
@Tag("bench")
class DocxReportBench {
    private static final int RUNS = 7;
    private static final double TARGET_MS = 1_000;

    @Test
    void samplePlanReport() {
        CommitteeReport sample = DocxSampleReportTest.sample();
        long t0 = System.nanoTime();
        DocxReportWriter.write(sample, f -> { });
        Bench.report("report.docx.first", (System.nanoTime() - t0) / 1e6, "ms", TARGET_MS);
        Bench.report("report.docx", median(sample), "ms", TARGET_MS);
        Bench.report("report.docx.withTimeline", median(ReportFixture.sampleSized()), "ms", TARGET_MS);
    }

    /** No target for Word (the PDF's is 10 s): a check that nothing grows faster than the rows do. */
    @Test
    void tenThousandRows() {
        List<Column> columns = List.of(Column.of("Ref", 0.6), Column.of("Action", 3), Column.of("Lead partner", 1.4),
                Column.of("Due", 1.2), Column.of("Status", 1.2), Column.of("Reason", 3));
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 1; i <= 10_000; i++) {
            rows.add(List.of(Cell.of("A" + i), Cell.of("Review the graduated approach in early years settings " + i),
                    Cell.of(ReportFixture.POLISH), Cell.of("31/03/2025"), Cell.status(Status.AT_RISK, "At risk"),
                    Cell.of("Recruitment to the specialist post has taken longer than planned")));
        }
        CommitteeReport report = new CommitteeReport(ReportFixture.report().info(), List.of(new Section(
                PageSetup.A4_LANDSCAPE, List.of(new Block.Heading(1, "Every action"),
                new Block.Table("Every action of the plan", columns, rows)))));
        DocxReportWriter.write(ReportFixture.report(), f -> { });
        long t0 = System.nanoTime();
        DocxReportWriter.write(report, f -> { });
        Bench.report("report.docx10k", (System.nanoTime() - t0) / 1e6, "ms");
    }

    private static double median(CommitteeReport report) {
        for (int i = 0; i < 3; i++) {
            DocxReportWriter.write(report, f -> { });
        }
        long[] times = new long[RUNS];
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            int size = DocxReportWriter.write(report, f -> { }).length;
            times[run] = System.nanoTime() - start;
            if (size < 10_000) {
                throw new AssertionError("a report with pictures is more than 10 kB, not " + size);
            }
        }
        return Bench.medianMillis(times);
    }
}

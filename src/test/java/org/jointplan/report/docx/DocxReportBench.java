package org.jointplan.report.docx;

import org.jointplan.report.CommitteeReport;
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

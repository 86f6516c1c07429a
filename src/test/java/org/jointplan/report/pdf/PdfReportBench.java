package org.jointplan.report.pdf;

import java.util.ArrayList;
import java.util.List;
import org.jointplan.report.Block;
import org.jointplan.report.CommitteeReport;
import org.jointplan.report.PageSetup;
import org.jointplan.report.Section;
import org.jointplan.testsupport.Bench;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Writing committee reports as PDF (issue 15); run with mvn -Pbench verify -Dtest=PdfReportBench. Compared with the
 * targets: a sample-plan report in 1 s, a 10,000-action report in 10 s.
 */
@Tag("bench")
class PdfReportBench {
    private static final int RUNS = 5;
    private static final int WARM_UP = 2;

    /** About 20 actions, 4 measure charts and a few wide table pages, as the sample plan's report. */
    @Test
    void sample() {
        CommitteeReport report = sampleSized();
        Bench.report("report.pdf", median(report, RUNS), "ms", 1000.0);
    }

    /** 10,000 action rows over landscape pages and 10 charts. */
    @Test
    void tenThousand() {
        CommitteeReport report = SampleReports.big(10_000, 10);
        Bench.report("report.pdf10k", median(report, 3), "ms", 10_000.0);
        Bench.report("report.pdf10k.heap", Bench.usedHeapMb(), "MB");
    }

    private static CommitteeReport sampleSized() {
        CommitteeReport full = SampleReports.full();
        List<Block> first = new ArrayList<>(full.sections().get(0).blocks());
        for (int i = 0; i < 3; i++) {
            first.add(new Block.Figure(SampleReports.chart(), SampleReports.CHART_ALT, "Figure " + (i + 2)));
        }
        return new CommitteeReport(full.info(), List.of(new Section(PageSetup.A4_PORTRAIT, first),
                full.sections().get(1)));
    }

    private static double median(CommitteeReport report, int runs) {
        long[] times = new long[runs];
        for (int i = -WARM_UP; i < runs; i++) {
            long t0 = System.nanoTime();
            byte[] pdf = PdfReportWriter.write(report, f -> { });
            long elapsed = System.nanoTime() - t0;
            if (pdf.length < 1000) {
                throw new AssertionError("no PDF written");
            }
            if (i >= 0) {
                times[i] = elapsed;
            }
        }
        return Bench.medianMillis(times);
    }
}

package org.jointplan.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jointplan.chart.ChartLayout;
import org.jointplan.chart.timeline.TimelineChart;
import org.jointplan.domain.ReportPosition;
import org.jointplan.service.TimelineExports;
import org.jointplan.testsupport.Bench;
import org.jointplan.testsupport.PlanGenerator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The timeline of a 10,000-action plan on pages (issue 15); run with mvn -Pbench verify -Dtest=TimelinePagesBench. */
@Tag("bench")
class TimelinePagesBench {
    private static final int RUNS = 5;
    private static final int WARM_UP = 2;
    private static final LocalDate AS_AT = LocalDate.of(2024, 9, 30);
    private static final LocalDate FROM = LocalDate.of(2024, 4, 1);
    private static final LocalDate TO = LocalDate.of(2025, 3, 31);
    /** A4 landscape inside 2 cm margins, in points. */
    private static final double WIDTH = 728.51;
    private static final double HEIGHT = 473.9;

    @TempDir
    Path dir;

    /**
     * Laying out the timeline of 10,000 actions on A4 landscape pages, the position taken. Compared with the whole
     * committee report's PDF target, 10 s: the layout should be a small share of it.
     */
    @Test
    void pages10k() {
        ReportPosition position = ReportPosition.of(PlanGenerator.plan(10_000, 47), AS_AT);
        long[] times = new long[RUNS];
        int pages = 0;
        for (int i = -WARM_UP; i < RUNS; i++) {
            long t0 = System.nanoTime();
            List<ChartLayout> laid = TimelineChart.pages(position, FROM, TO, WIDTH, HEIGHT);
            long elapsed = System.nanoTime() - t0;
            pages = laid.size();
            if (i >= 0) {
                times[i] = elapsed;
            }
        }
        System.out.println("timeline.pages10k: " + pages + " pages");
        Bench.report("timeline.pages10k", Bench.medianMillis(times), "ms", 10_000.0);
    }

    /** The same timeline written as a tagged PDF through the committee report's writer, once. */
    @Test
    void pdf10k() throws Exception {
        ReportPosition position = ReportPosition.of(PlanGenerator.plan(10_000, 47), AS_AT);
        Path pdf = dir.resolve("timeline.pdf");
        long t0 = System.nanoTime();
        int pages = TimelineExports.write(position, FROM, TO, "a4", pdf);
        double ms = (System.nanoTime() - t0) / 1e6;
        System.out.println("timeline.pdf10k: " + pages + " pages, " + Files.size(pdf) / 1024 + " KiB");
        Bench.report("timeline.pdf10k", ms, "ms", 10_000.0);
    }
}

package org.jointplan.bench;

import java.util.List;
import org.jointplan.chart.AwtChartPainter;
import org.jointplan.chart.slides.Slide;
import org.jointplan.chart.slides.SlideChoice;
import org.jointplan.chart.slides.SlideDeck;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.ReportPosition;
import org.jointplan.testsupport.Bench;
import org.jointplan.testsupport.PlanGenerator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The presentation (issue 18): laying out the slides of a 10,000-action plan for a screen, every action placed on its
 * slide (target 500 ms; each slide's words and shapes are drawn when it is first shown, reported apart as
 * present.drawAll10k), and drawing and painting one slide, the work of the next slide (target 100 ms; measured here
 * with the PNG painter, which paints the same primitives as the screen's). Run with mvn -Pbench verify -Dtest=PresentBench.
 */
@Tag("bench")
class PresentBench {
    private static final int RUNS = 5;
    private static final int WARM_UP = 4;

    @Test
    void tenThousandActions() {
        PlanData plan = PlanGenerator.plan(10_000, 47);
        long p0 = System.nanoTime();
        ReportPosition position = ReportPosition.of(plan, plan.plan().period().end());
        Bench.report("present.position10k", (System.nanoTime() - p0) / 1e6, "ms");
        SlideChoice all = SlideChoice.all(plan);
        for (int[] size : new int[][] {{1920, 1080}, {1366, 768}}) {
            long[] times = new long[RUNS];
            List<Slide> slides = null;
            for (int i = -WARM_UP; i < RUNS; i++) {
                long t0 = System.nanoTime();
                slides = SlideDeck.lay(position, all, size[0], size[1]);
                if (i >= 0) {
                    times[i] = System.nanoTime() - t0;
                }
            }
            String suffix = size[0] == 1920 ? "" : "." + size[0] + "x" + size[1];
            Bench.report("present.layout10k" + suffix, Bench.medianMillis(times), "ms", 500.0);
            Bench.report("present.slides10k" + suffix, slides.size(), "slides");
            if (size[0] == 1920) {
                long d0 = System.nanoTime();
                slides.forEach(Slide::layout);
                Bench.report("present.drawAll10k", (System.nanoTime() - d0) / 1e6, "ms");
                paintEach(SlideDeck.lay(position, all, size[0], size[1]));
            }
        }
    }

    /** The slowest and the median drawing and painting of a slide: what pressing Page Down costs. */
    private static void paintEach(List<Slide> slides) {
        for (int i = 0; i < 20; i++) {
            AwtChartPainter.image(slides.get(i % slides.size()).layout(), 1);
        }
        int n = Math.min(slides.size(), 200);
        long[] times = new long[n];
        long worst = 0;
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            AwtChartPainter.image(slides.get(i * slides.size() / n).layout(), 1);
            times[i] = System.nanoTime() - t0;
            worst = Math.max(worst, times[i]);
        }
        Bench.report("present.nextSlide", Bench.medianMillis(times), "ms", 100.0);
        Bench.report("present.nextSlide.worst", worst / 1e6, "ms", 100.0);
    }
}

package org.jointplan.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import org.jointplan.domain.PlanData;
import org.jointplan.testsupport.Bench;
import org.jointplan.testsupport.PlanGenerator;
import org.jointplan.ui.timeline.TimelineView;
import org.jointplan.ui.timeline.TimelineZoom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Timeline benchmarks on a generated 10,000-action plan at month zoom, canvas 1600 x 900, under Monocle with
 * software rendering; run with mvn -Pbench verify.
 * <ul>
 * <li>{@code timeline.redraw10k}: a full repaint by the skin (what the FX thread spends per frame);</li>
 * <li>{@code timeline.redraw10k.raster}: the same plus rasterising the canvas in software (a snapshot), the
 * renderer's share, reported so that the first figure is not mistaken for the whole frame;</li>
 * <li>{@code timeline.scroll10k}: one scroll step of three rows and the repaint;</li>
 * <li>{@code timeline.heap10k}: heap in use with the plan shown, against the heap before the plan existed.</li>
 * </ul>
 */
@Tag("bench")
@ExtendWith(ApplicationExtension.class)
class TimelineBench {
    private static final int WARM_UP = 100;
    private static final int RUNS = 300;

    private static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }

    @Test
    void redrawAndScrollTenThousandActions() throws Exception {
        double before = Bench.usedHeapMb();
        PlanData plan = PlanGenerator.plan(10_000, 42);
        TimelineView view = fx(() -> {
            TimelineView v = new TimelineView(plan);
            v.setToday(LocalDate.of(2024, 10, 7));
            v.setZoom(TimelineZoom.MONTH);
            Scene scene = new Scene(v, 1600, 900);
            v.applyCss();
            v.layout();
            Canvas canvas = canvas(v);
            v.resize(1600 + 1600 - canvas.getWidth(), 900 + 900 - canvas.getHeight());
            v.layout();
            return scene == null ? null : v;
        });
        Canvas canvas = fx(() -> canvas(view));
        assertEquals(1600, canvas.getWidth());
        assertEquals(900, canvas.getHeight());

        long[] redraw = fx(() -> time(RUNS, () -> {
            view.refresh();
            view.layout();
        }));
        Bench.report("timeline.redraw10k", Bench.medianMillis(redraw), "ms");

        WritableImage image = new WritableImage(1600, 900);
        long[] raster = fx(() -> time(60, () -> {
            view.refresh();
            view.layout();
            canvas.snapshot(null, image);
        }));
        Bench.report("timeline.redraw10k.raster", Bench.medianMillis(raster), "ms");

        double step = 3 * 28;
        long[] scroll = fx(() -> time(RUNS, () -> {
            double next = view.getVerticalOffset() + step;
            view.setVerticalOffset(next > 250_000 ? 0 : next);
            view.layout();
        }));
        Bench.report("timeline.scroll10k", Bench.medianMillis(scroll), "ms");

        double heap = Bench.usedHeapMb();
        Bench.report("timeline.heap10k", heap, "MB", before);
        assertEquals(10_000, view.getPlan().actions().size()); // keeps the plan and the view alive until here
    }

    private static Canvas canvas(TimelineView view) {
        return (Canvas) view.lookup(".timeline-canvas");
    }

    private static long[] time(int runs, Runnable work) {
        for (int i = 0; i < WARM_UP; i++) {
            work.run();
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            work.run();
            nanos[i] = System.nanoTime() - t0;
        }
        return nanos;
    }
}

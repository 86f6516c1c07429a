package org.jointplan.ui;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.jointplan.domain.PlanData;
import org.jointplan.service.InlineTaskRunner;
import org.jointplan.service.LocalUser;
import org.jointplan.service.PlanSession;
import org.jointplan.store.Store;
import org.jointplan.testsupport.Bench;
import org.jointplan.testsupport.PlanGenerator;
import org.jointplan.ui.model.PlanViewModel;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** Time from a loaded 10,000-action plan to the first rendered frame of the plan screen, and a table scroll step. */
@Tag("bench")
class UiOpenBench {
    @TempDir
    Path dir;

    @Test
    void open10k() throws Exception {
        FxToolkit.registerPrimaryStage();
        PlanData generated = PlanGenerator.plan(10_000, 9);
        PlanData plan;
        try (Store store = Store.open(dir.resolve("bench.sqlite"))) {
            store.write("the plan", w -> w.savePlan(generated));
            plan = store.load(generated.id()).orElseThrow();
            long[] open = new long[5];
            long[] scroll = new long[40];
            for (int run = -2; run < open.length; run++) {
                long elapsed = firstFrame(store, plan, run == open.length - 1 ? scroll : null);
                if (run >= 0) {
                    open[run] = elapsed;
                }
            }
            Bench.report("ui.open10k", Bench.medianMillis(open), "ms");
            Bench.report("ui.scroll10k", Bench.medianMillis(scroll), "ms");
        }
    }

    /** Builds the screen, shows it and waits for the first pulse; optionally times table scroll steps. */
    private static long firstFrame(Store store, PlanData plan, long[] scrollSteps) throws Exception {
        AtomicLong elapsed = new AtomicLong();
        CountDownLatch shown = new CountDownLatch(1);
        Stage[] stage = new Stage[1];
        Platform.runLater(() -> {
            long t0 = System.nanoTime();
            PlanViewModel model = new PlanViewModel(new InlineTaskRunner(),
                    new PlanSession(store, new LocalUser("Bench", "Bench"), plan));
            PlanScreen screen = new PlanScreen(model);
            Scene scene = new Scene(screen, 1260, 780); // within the headless screen (1280 x 800)
            scene.getStylesheets().add(MainWindow.class.getResource("jointplan.css").toExternalForm());
            stage[0] = new Stage();
            stage[0].setScene(scene);
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                elapsed.set(System.nanoTime() - t0);
                scene.removePostLayoutPulseListener(once[0]);
                shown.countDown();
            };
            scene.addPostLayoutPulseListener(once[0]);
            stage[0].show();
        });
        if (!shown.await(60, TimeUnit.SECONDS)) {
            throw new AssertionError("the plan screen never rendered");
        }
        if (scrollSteps != null) {
            TableView<?> table = (TableView<?>) stage[0].getScene().lookup(".actions-table");
            var flow = (javafx.scene.control.skin.VirtualFlow<?>) table.lookup(".virtual-flow");
            for (int i = 0; i < scrollSteps.length; i++) {
                int index = i;
                CountDownLatch step = new CountDownLatch(1);
                Platform.runLater(() -> {
                    long t = System.nanoTime();
                    flow.scrollPixels(3 * 24); // one mouse-wheel notch: three rows
                    table.layout();
                    scrollSteps[index] = System.nanoTime() - t;
                    step.countDown();
                });
                step.await(10, TimeUnit.SECONDS);
            }
        }
        Platform.runLater(() -> stage[0].close());
        return elapsed.get();
    }
}

package org.jointplan.ui;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.jointplan.domain.Frequency;
import org.jointplan.domain.Measure;
import org.jointplan.domain.MeasureValue;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.Stamp;
import org.jointplan.domain.spc.Improvement;
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

/**
 * BENCH measure.view50: from choosing the Measures tab of a plan with 50 measures of 60 monthly values each (the
 * view built then, every measure's progress and SPC worked out) to its first rendered frame, against the Exceptions
 * tab of the same plan; measure.choose50: choosing a measure there (its editor built, its chart drawn). Target for
 * the first: 200 ms.
 */
@Tag("bench")
class MeasuresViewBench {
    private static final Stamp STAMP = new Stamp(Instant.parse("2025-04-01T09:00:00Z"), "Council", "Bench");

    @TempDir
    Path dir;

    @Test
    void view50() throws Exception {
        FxToolkit.registerPrimaryStage();
        PlanData plan = withMeasures(PlanGenerator.plan(200, 14), 50, 60);
        try (Store store = Store.open(dir.resolve("bench.sqlite"))) {
            store.write("the plan", w -> w.savePlan(plan));
            PlanData stored = store.load(plan.id()).orElseThrow();
            long[] measures = new long[7];
            long[] chosen = new long[7];
            long[] exceptions = new long[7];
            for (int run = -3; run < measures.length; run++) {
                long[] times = open(store, stored);
                if (run >= 0) {
                    measures[run] = times[0];
                    chosen[run] = times[1];
                    exceptions[run] = times[2];
                }
            }
            // against the Exceptions tab of the same plan, built lazily the same way: the machine's load cancels out
            Bench.report("measure.view50", Bench.medianMillis(measures), "ms", Bench.medianMillis(exceptions));
            Bench.report("measure.choose50", Bench.medianMillis(chosen), "ms");
        }
    }

    static PlanData withMeasures(PlanData p, int measures, int values) {
        Random random = new Random(50);
        List<Measure> ms = new ArrayList<>();
        List<MeasureValue> vs = new ArrayList<>();
        for (int i = 0; i < measures; i++) {
            UUID priority = i % 3 == 0 ? null : p.priorities().get(i % p.priorities().size()).id();
            Measure m = Measure.builder(UUID.randomUUID(), p.id(), "Measure " + (i + 1), STAMP).priorityId(priority)
                    .unit("%").better(i % 2 == 0 ? Improvement.INCREASE : Improvement.DECREASE)
                    .frequency(Frequency.MONTHLY).targets(List.of(new Measure.Target(50, null))).build();
            ms.add(m);
            LocalDate month = LocalDate.of(2020, 4, 1);
            for (int v = 0; v < values; v++) {
                vs.add(new MeasureValue(UUID.randomUUID(), m.id(), month.plusMonths(v),
                        40 + random.nextGaussian() * 5, 45.0 + v * 0.1, "", STAMP));
            }
        }
        return new PlanData(p.plan(), p.partners(), p.priorities(), p.actions(), p.milestones(), p.dependencies(),
                p.updates(), ms, vs, p.committeeDates(), p.snapshots(), p.dateMoves(), p.tombstones());
    }

    /** Times, on a fresh plan screen: the Measures tab to its first frame, choosing a measure, the Exceptions tab. */
    private static long[] open(Store store, PlanData plan) throws Exception {
        Stage stage = onFx(() -> {
            PlanViewModel model = new PlanViewModel(new InlineTaskRunner(),
                    new PlanSession(store, new LocalUser("Bench", "Bench"), plan));
            model.todayProperty().set(LocalDate.of(2025, 4, 30));
            Scene scene = new Scene(new PlanScreen(model), 1260, 780);
            scene.getStylesheets().add(MainWindow.class.getResource("jointplan.css").toExternalForm());
            Stage made = new Stage();
            made.setScene(scene);
            made.show();
            return made;
        });
        Thread.sleep(300); // the window's own first frames are not what is timed
        PlanScreen screen = (PlanScreen) stage.getScene().getRoot();
        long measures = toFrame(stage, screen::showMeasures);
        long chosen = toFrame(stage, () -> screen.measures().table().getSelectionModel().select(0));
        long exceptions = toFrame(stage, () -> screen.showExceptions(true));
        onFx(() -> {
            stage.close();
            return null;
        });
        return new long[] {measures, chosen, exceptions};
    }

    /** From the step to the end of the next layout pass that follows it. */
    private static long toFrame(Stage stage, Runnable step) throws Exception {
        AtomicLong elapsed = new AtomicLong();
        CountDownLatch shown = new CountDownLatch(1);
        Platform.runLater(() -> {
            Scene scene = stage.getScene();
            long t0 = System.nanoTime();
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                elapsed.set(System.nanoTime() - t0);
                scene.removePostLayoutPulseListener(once[0]);
                shown.countDown();
            };
            scene.addPostLayoutPulseListener(once[0]);
            step.run();
        });
        if (!shown.await(60, TimeUnit.SECONDS)) {
            throw new AssertionError("never rendered");
        }
        Thread.sleep(200);
        return elapsed.get();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        return org.testfx.util.WaitForAsyncUtils.asyncFx(work).get(60, TimeUnit.SECONDS);
    }
}

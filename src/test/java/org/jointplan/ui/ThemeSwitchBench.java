package org.jointplan.ui;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.jointplan.chart.Palette;
import org.jointplan.chart.Theme;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.Status;
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
 * Switching theme on the plan screen of a 1,000-action plan: from the choice to the next frame laid out in the new
 * theme (target 200 ms), and the palette's contrast figures in each theme.
 */
@Tag("bench")
class ThemeSwitchBench {
    @TempDir
    Path dir;

    @Test
    void themeSwitch() throws Exception {
        contrasts();
        FxToolkit.registerPrimaryStage();
        PlanData generated = PlanGenerator.plan(1_000, 5);
        try (Store store = Store.open(dir.resolve("bench.sqlite"))) {
            store.write("the plan", w -> w.savePlan(generated));
            PlanData plan = store.load(generated.id()).orElseThrow();
            Stage[] stage = new Stage[1];
            CountDownLatch shown = new CountDownLatch(1);
            Platform.runLater(() -> {
                PlanViewModel model = new PlanViewModel(new InlineTaskRunner(),
                        new PlanSession(store, new LocalUser("Bench", "Bench"), plan));
                Scene scene = new Scene(new PlanScreen(model), 1260, 780);
                scene.getStylesheets().add(MainWindow.class.getResource("jointplan.css").toExternalForm());
                stage[0] = new Stage();
                stage[0].setScene(scene);
                stage[0].show();
                Platform.runLater(shown::countDown);
            });
            shown.await(60, TimeUnit.SECONDS);
            Theme[] order = {Theme.DARK, Theme.HIGH_CONTRAST, Theme.LIGHT};
            long[] switches = new long[15];
            long[] restyles = new long[15];
            Scene scene = stage[0].getScene();
            for (int run = -3; run < switches.length; run++) {
                Theme theme = order[(run + 3) % order.length];
                long elapsed = timeToFrame(scene, () -> Themes.apply(theme));
                long restyle = timeToFrame(scene, () -> toggle(scene, "bench-restyle"));
                if (run >= 0) {
                    switches[run] = elapsed;
                    restyles[run] = restyle;
                }
            }
            double baseline = Bench.medianMillis(restyles);
            Bench.report("theme.restyle-without-change", baseline, "ms");
            Bench.report("theme.switch", Bench.medianMillis(switches), "ms", baseline);
            long worst = java.util.Arrays.stream(switches).max().orElse(0);
            Bench.report("theme.switch.worst", worst / 1e6, "ms", 200);
            Platform.runLater(() -> {
                Themes.apply(Theme.LIGHT);
                stage[0].close();
            });
        }
    }

    /**
     * The baseline: the same whole-window restyle that JavaFX does for any style class on the root, with nothing to
     * change, so that the machine's load shows in both figures.
     */
    private static void toggle(Scene scene, String styleClass) {
        if (!scene.getRoot().getStyleClass().remove(styleClass)) {
            scene.getRoot().getStyleClass().add(styleClass);
        }
    }

    /** From the change to the end of the next layout pulse, when the new colours are laid out to be drawn. */
    private static long timeToFrame(Scene scene, Runnable change) throws InterruptedException {
        AtomicLong elapsed = new AtomicLong();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            long t0 = System.nanoTime();
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                elapsed.set(System.nanoTime() - t0);
                scene.removePostLayoutPulseListener(once[0]);
                done.countDown();
            };
            scene.addPostLayoutPulseListener(once[0]);
            change.run();
        });
        if (!done.await(30, TimeUnit.SECONDS)) {
            throw new AssertionError("no frame after the change");
        }
        Thread.sleep(150); // let the frame be drawn before the next switch
        return elapsed.get();
    }

    private static void contrasts() {
        for (Theme theme : Theme.values()) {
            Palette p = Palette.of(theme);
            String name = "palette." + theme.code() + ".";
            Bench.report(name + "amber-red", p.fill(Status.AT_RISK).contrastWith(p.fill(Status.OFF_TRACK)), "ratio");
            Bench.report(name + "amber-green", p.fill(Status.AT_RISK).contrastWith(p.fill(Status.ON_TRACK)), "ratio");
            Bench.report(name + "tint.amber-red", p.tint(Status.AT_RISK, Palette.WINDOW_TINT)
                    .contrastWith(p.tint(Status.OFF_TRACK, Palette.WINDOW_TINT)), "ratio");
            Bench.report(name + "tint.amber-green", p.tint(Status.AT_RISK, Palette.WINDOW_TINT)
                    .contrastWith(p.tint(Status.ON_TRACK, Palette.WINDOW_TINT)), "ratio");
            for (Status s : Status.values()) {
                Bench.report(name + "text-on-" + s.bragColour().toLowerCase(Locale.ROOT),
                        p.textOn(s).contrastWith(p.fill(s)), "ratio");
            }
        }
    }
}

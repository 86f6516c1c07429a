package org.jointplan.ui;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.jointplan.service.BackgroundTaskRunner;
import org.jointplan.ui.model.PlanViewModel;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The real main window on a real store in a temporary folder, for robot tests. */
final class WindowFixture {
    final Path store;
    final MainWindow window;
    private final BackgroundTaskRunner tasks;

    WindowFixture(Stage stage, Path store) {
        this.store = store;
        tasks = new BackgroundTaskRunner(Platform::runLater);
        window = new MainWindow(stage, tasks, folder -> { });
    }

    void open(FxRobot robot) throws TimeoutException {
        robot.interact(() -> window.open(store));
        await(() -> !robot.lookup(".window-message").tryQuery()
                .map(n -> ((Label) n).getText().startsWith("Opening")).orElse(false));
    }

    void close() {
        window.close();
        tasks.close();
    }

    PlanViewModel model() {
        return window.model();
    }

    /**
     * Waits until the condition holds. It is checked on the FX thread: a look at the scene graph from the test's
     * thread can change under it while windows open (an IndexOutOfBoundsException inside Parent.lookupAll).
     */
    static void await(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits for a dialog whose header starts with the text, and returns its pane. */
    static DialogPane awaitDialog(FxRobot robot, String header) throws Exception {
        AtomicReference<DialogPane> found = new AtomicReference<>();
        await(() -> {
            robot.lookup(".dialog-pane").queryAll().stream().map(DialogPane.class::cast)
                    .filter(p -> p.getHeaderText() != null && p.getHeaderText().startsWith(header))
                    .findFirst().ifPresent(found::set);
            return found.get() != null;
        });
        return found.get();
    }
}

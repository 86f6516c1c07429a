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

    static void await(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Waits for a dialog whose header starts with the text, and returns its pane. The scene graph is searched on the
     * FX thread: searched from the test's thread, it can change under the search while windows open.
     */
    static DialogPane awaitDialog(FxRobot robot, String header) throws Exception {
        AtomicReference<DialogPane> found = new AtomicReference<>();
        WindowFixture.await(() -> {
            try {
                WaitForAsyncUtils.asyncFx(() -> robot.lookup(".dialog-pane").queryAll().stream()
                        .map(DialogPane.class::cast)
                        .filter(p -> p.getHeaderText() != null && p.getHeaderText().startsWith(header))
                        .findFirst().ifPresent(found::set)).get();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return found.get() != null;
        });
        return found.get();
    }
}

package org.jointplan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import org.jointplan.service.BackgroundTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    @TempDir
    static Path dir;

    private Stage stage;
    private BackgroundTaskRunner tasks;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        tasks = new BackgroundTaskRunner(Platform::runLater);
        window = new MainWindow(stage, tasks);
    }

    @AfterEach
    void closeStore() {
        window.close();
        tasks.close();
    }

    private void openAndWait(FxRobot robot, Path store) throws Exception {
        robot.interact(() -> window.open(store));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !robot.lookup(".window-message").tryQuery()
                .map(n -> ((Label) n).getText().startsWith("Opening")).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void showsTheSamplePlansPrioritiesAndActions(FxRobot robot) throws Exception {
        openAndWait(robot, dir.resolve("window.sqlite"));
        assertEquals("Joint SEND Commissioning Delivery Plan 2024/25 - JointPlan", stage.getTitle());
        TreeTableView<?> table = robot.lookup(".plan-overview").queryAs(TreeTableView.class);
        assertEquals(5, table.getRoot().getChildren().size());
        int actions = table.getRoot().getChildren().stream().mapToInt(p -> p.getChildren().size()).sum();
        assertTrue(actions >= 20);
        assertTrue(robot.lookup(".status-badge").queryAll().size() > 5, "statuses are drawn as badges");
        assertTrue(stage.getWidth() >= 640 && stage.getWidth() <= MainWindow.DEFAULT_WIDTH);
    }

    @Test
    void storeThatCannotBeOpenedIsExplainedInTheWindow(FxRobot robot) throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.sqlite"), "not a database");
        openAndWait(robot, bad);
        String message = robot.lookup(".window-message").queryAs(Label.class).getText();
        assertTrue(message.contains("is not a JointPlan store"), message);
        assertEquals("not a database", Files.readString(bad));
    }
}

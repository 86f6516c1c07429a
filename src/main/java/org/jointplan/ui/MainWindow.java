package org.jointplan.ui;

import java.nio.file.Path;
import java.util.Objects;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.jointplan.domain.PlanData;
import org.jointplan.service.AppInfo;
import org.jointplan.service.TaskRunner;
import org.jointplan.service.UserMessages;
import org.jointplan.service.Workspace;

/**
 * The main window. It shows at once with a "opening" message while the store opens on the background thread, then
 * the plan; a store that cannot be opened gets a plain message in the window instead.
 */
public final class MainWindow {
    static final double DEFAULT_WIDTH = 1280;
    static final double DEFAULT_HEIGHT = 800;

    private final Stage stage;
    private final TaskRunner tasks;
    private final BorderPane root = new BorderPane();
    private final Label statusBar = new Label();
    private Workspace workspace;

    public MainWindow(Stage stage, TaskRunner tasks) {
        this.stage = stage;
        this.tasks = tasks;
        root.getStyleClass().add("main-window");
        statusBar.getStyleClass().add("status-bar");
        statusBar.setMaxWidth(Double.MAX_VALUE);
        root.setBottom(statusBar);
        Scene scene = new Scene(root);
        scene.getStylesheets().add(Objects.requireNonNull(
                MainWindow.class.getResource("jointplan.css")).toExternalForm());
        stage.setScene(scene);
        stage.setTitle(AppInfo.NAME);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setWidth(Math.min(DEFAULT_WIDTH, screen.getWidth() * 0.9));
        stage.setHeight(Math.min(DEFAULT_HEIGHT, screen.getHeight() * 0.9));
        stage.setMinWidth(640);
        stage.setMinHeight(400);
    }

    /** Shows the window and opens the store in the background. */
    public void open(Path storeFile) {
        showMessage(new ProgressIndicator(), "Opening the plan store " + storeFile + " …");
        statusBar.setText(storeFile.toString());
        stage.show();
        tasks.run(() -> {
            Workspace opened = Workspace.open(storeFile);
            try {
                return new Opened(opened, opened.defaultPlan().orElse(null));
            } catch (RuntimeException e) {
                opened.close();
                throw e;
            }
        }, this::show, failure -> showMessage(null, UserMessages.of(failure)));
    }

    private void show(Opened opened) {
        workspace = opened.workspace();
        if (opened.plan() == null) {
            showMessage(null, "This store holds no plan yet.");
            return;
        }
        PlanData plan = opened.plan();
        stage.setTitle(plan.plan().title() + " - " + AppInfo.NAME);
        root.setCenter(new PlanOverview(plan).view());
        statusBar.setText(plan.actions().size() + " actions in " + plan.priorities().size() + " priorities  ·  "
                + workspace.file());
        tasks.run(() -> {
            workspace.backupIfDue();
            return null;
        }, done -> { }, failure -> statusBar.setText(UserMessages.of(failure)));
    }

    private void showMessage(ProgressIndicator progress, String message) {
        Label text = new Label(message);
        text.setWrapText(true);
        text.getStyleClass().add("window-message");
        VBox box = progress == null ? new VBox(text) : new VBox(16, progress, text);
        box.getStyleClass().add("window-message-box");
        root.setCenter(new StackPane(box));
    }

    /** Closes the store once the queued work has run. */
    public void close() {
        tasks.run(() -> {
            if (workspace != null) {
                workspace.close();
            }
            return null;
        }, done -> { }, failure -> { });
    }

    private record Opened(Workspace workspace, PlanData plan) {
    }
}

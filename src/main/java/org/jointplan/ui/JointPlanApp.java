package org.jointplan.ui;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.jointplan.service.BackgroundTaskRunner;
import org.jointplan.service.LaunchRequest;
import org.jointplan.service.TaskRunner;
import org.jointplan.service.Workspace;

/** The JavaFX application: one main window on one plan store. */
public final class JointPlanApp extends Application {
    private static volatile LaunchRequest request;
    private static volatile LaterStarts laterStarts;
    private static volatile Path logFolder;
    private static volatile Future<Workspace> opening;

    private TaskRunner tasks;
    private MainWindow window;

    /**
     * Opens the window for the request and returns when it is closed. {@code later} (may be null) hears of later
     * starts on the same store; {@code logs} (may be null) is where the log files are;
     * {@code store} is the store being opened meanwhile.
     */
    public static void launchWindow(LaunchRequest launch, LaterStarts later, Path logs, Future<Workspace> store) {
        request = launch;
        laterStarts = later;
        logFolder = logs;
        opening = store;
        Application.launch(JointPlanApp.class);
    }

    @Override
    public void start(Stage stage) {
        stage.getIcons().addAll(icon(32), icon(64), icon(256));
        tasks = new BackgroundTaskRunner(Platform::runLater);
        window = new MainWindow(stage, tasks, folder -> getHostServices().showDocument(folder.toUri().toString()));
        window.setLogFolder(logFolder);
        window.askIdentityAtStart();
        window.open(request.store(), () -> {
            try {
                return opening.get();
            } catch (ExecutionException e) {
                throw e.getCause() instanceof Exception cause ? cause : e;
            }
        });
        request.planPackage().ifPresent(window::openPackage);
        if (laterStarts != null) {
            laterStarts.listen(planPackage -> Platform.runLater(() -> {
                window.bringToFront();
                planPackage.ifPresent(window::openPackage);
            }));
        }
    }

    private static Image icon(int size) {
        return new Image(Objects.requireNonNull(JointPlanApp.class.getResource("icons/jointplan-" + size + ".png"))
                .toExternalForm());
    }

    @Override
    public void stop() {
        if (laterStarts != null) {
            laterStarts.close();
        }
        if (window != null) {
            window.close();
        }
        if (tasks != null) {
            tasks.close();
        }
    }
}

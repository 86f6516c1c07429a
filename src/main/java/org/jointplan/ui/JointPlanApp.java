package org.jointplan.ui;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.jointplan.service.BackgroundTaskRunner;
import org.jointplan.service.TaskRunner;

/** The JavaFX application: one main window on one plan store. */
public final class JointPlanApp extends Application {
    private static volatile Path storeFile;

    private TaskRunner tasks;
    private MainWindow window;

    /** Opens the window on the given store and returns when it is closed. */
    public static void launchWindow(Path store) {
        storeFile = store;
        Application.launch(JointPlanApp.class);
    }

    @Override
    public void start(Stage stage) {
        tasks = new BackgroundTaskRunner(Platform::runLater);
        window = new MainWindow(stage, tasks, folder -> getHostServices().showDocument(folder.toUri().toString()));
        window.open(storeFile);
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
        if (tasks != null) {
            tasks.close();
        }
    }
}

package org.jointplan.ui;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.jointplan.domain.IncomingPlan;
import org.jointplan.domain.Stamp;
import org.jointplan.service.BackgroundTaskRunner;
import org.jointplan.service.ProjectImports;

/**
 * Opens the window on a store and then the preview of a planner's file as File > Import MS Project or GanttProject file… shows
 * it, for a screenshot of the whole screen (not a test): run under Xvfb with {@code store file width height}; it
 * quits after 30 seconds.
 */
public final class ProjectPreviewShot {
    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The application, apart from main: a main class that is an Application needs JavaFX as modules. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            var args = getParameters().getRaw();
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(Double.parseDouble(args.get(2)));
            stage.setHeight(Double.parseDouble(args.get(3)));
            MainWindow window = new MainWindow(stage, new BackgroundTaskRunner(Platform::runLater), f -> { });
            window.open(Path.of(args.get(0)));
            stage.show();
            IncomingPlan incoming = ProjectImports.read(Path.of(args.get(1)), Stamp.now("", ""));
            later(20000, () -> new ProjectPreviewDialog(stage, incoming,
                    "Joint SEND Commissioning Delivery Plan 2024/25").show());
            later(55000, () -> {
                Platform.exit();
                System.exit(0);
            });
        }
    }

    private static void later(long millis, Runnable r) {
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Platform.runLater(r);
        });
        t.setDaemon(true);
        t.start();
    }
}

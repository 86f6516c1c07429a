package org.jointplan.ui;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.jointplan.service.BackgroundTaskRunner;

/**
 * Opens the window on a store at a size, with nothing, the first action or the first measure selected, for a
 * screenshot of the whole screen (not a test): run under Xvfb with {@code store width height none|action|measure};
 * it quits after 30 seconds.
 */
public final class WindowShot {
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
            MainWindow window = new MainWindow(stage, new BackgroundTaskRunner(Platform::runLater), f -> { });
            stage.setWidth(Double.parseDouble(args.get(1)));
            stage.setHeight(Double.parseDouble(args.get(2)));
            window.open(Path.of(args.get(0)));
            stage.show();
            String mode = args.get(3);
            later(45000, () -> {
                if (mode.equals("action")) {
                    window.model().selectedActionIdProperty().set(window.model().plan().actions().get(2).id());
                } else if (mode.equals("measure")) {
                    PlanScreen screen = (PlanScreen) stage.getScene().getRoot().lookup(".plan-screen");
                    screen.showMeasures();
                    Platform.runLater(() -> screen.measures().table().getSelectionModel().select(0));
                }
            });
            later(80000, () -> {
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

package org.jointplan.ui;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.jointplan.service.BackgroundTaskRunner;

/**
 * Opens the window on a store and then File > Committee report…, for a screenshot of the whole screen (not a test):
 * run under Xvfb with {@code store width height}; it quits after 26 seconds.
 */
public final class CommitteeReportShot {
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
            stage.setWidth(Double.parseDouble(args.get(1)));
            stage.setHeight(Double.parseDouble(args.get(2)));
            MainWindow window = new MainWindow(stage, new BackgroundTaskRunner(Platform::runLater), f -> { });
            window.open(Path.of(args.get(0)));
            stage.show();
            later(14000, () -> {
                MenuBar bar = (MenuBar) stage.getScene().getRoot().lookup(".menu-bar");
                bar.getMenus().get(0).getItems().stream().filter(i -> "_Committee report…".equals(i.getText()))
                        .findFirst().ifPresent(MenuItem::fire);
            });
            later(26000, () -> {
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

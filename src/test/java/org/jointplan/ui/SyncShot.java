package org.jointplan.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuBar;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.jointplan.server.ServerSetup;
import org.jointplan.server.TestServer;
import org.jointplan.service.BackgroundTaskRunner;

/**
 * The window's sync against an embedded PostgreSQL, for screenshots (not a test): run under Xvfb with
 * {@code width height}; at 30 s the sync dialog shows, at 50 s the synced status bar and its notice, at 70 s the
 * history with the server's audit; it quits at 90 s.
 */
public final class SyncShot {
    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    public static final class App extends Application {
        private String url;

        @Override
        public void start(Stage stage) throws Exception {
            var args = getParameters().getRaw();
            TestServer server = TestServer.start();
            String db = server.newDatabase();
            ServerSetup.init(server.admin(db));
            server.officer(db, "asha_patel", "Asha Patel", "Nottingham City Council");
            url = server.url(db);
            Path store = Files.createTempDirectory("sync-shot").resolve("plans.sqlite");
            stage.setX(0);
            stage.setY(0);
            MainWindow window = new MainWindow(stage, new BackgroundTaskRunner(Platform::runLater), f -> { });
            stage.setWidth(Double.parseDouble(args.get(0)));
            stage.setHeight(Double.parseDouble(args.get(1)));
            window.open(store);
            stage.show();
            later(25000, () -> ((Button) stage.getScene().getRoot().lookup(".sync-status")).fire());
            later(40000, this::fillAndSync);
            later(60000, () -> {
                dialogs().forEach(p -> p.getButtonTypes().stream().findFirst()
                        .ifPresent(b -> ((Button) p.lookupButton(b)).fire()));
                ((MenuBar) stage.getScene().getRoot().lookup(".menu-bar")).getMenus().get(0).getItems().stream()
                        .filter(i -> "Exchange _history…".equals(i.getText())).findFirst().orElseThrow().fire();
            });
            later(90000, () -> {
                Platform.exit();
                System.exit(0);
            });
        }

        private void fillAndSync() {
            for (DialogPane pane : dialogs()) {
                var fields = pane.lookupAll(".text-field").stream().map(TextField.class::cast).toList();
                fields.stream().filter(f -> !(f instanceof PasswordField)).findFirst().ifPresent(f -> f.setText(url));
                fields.stream().filter(f -> !(f instanceof PasswordField)).skip(1).findFirst()
                        .ifPresent(f -> f.setText("asha_patel"));
                fields.stream().filter(f -> f instanceof PasswordField).findFirst().ifPresent(f -> f.setText("secret"));
                pane.getButtonTypes().stream().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE)
                        .findFirst().ifPresent(b -> ((Button) pane.lookupButton(b)).fire());
            }
        }

        private static java.util.List<DialogPane> dialogs() {
            return Window.getWindows().stream().filter(w -> w.getScene() != null
                    && w.getScene().getRoot() instanceof DialogPane).map(w -> (DialogPane) w.getScene().getRoot())
                    .toList();
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

package org.jointplan.ui;

import java.io.File;
import java.time.LocalDate;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/** A screenshot of the Export timeline dialog, for looking at it (not a test): run under Xvfb with {@code out.png}. */
public final class ExportTimelineShot {
    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The application, apart from main: a main class that is an Application needs JavaFX as modules. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new StackPane(), 900, 700));
            stage.show();
            ExportTimelineDialog dialog = new ExportTimelineDialog(stage, new ExportTimelineDialog.Defaults(
                    "/home/officer/Joint SEND Commissioning Delivery Plan 2024-25 timeline 30-09-2024.pdf",
                    LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31), LocalDate.of(2024, 9, 30)),
                    typed -> Optional.empty());
            dialog.form().dialog().show();
            new Thread(() -> {
                try {
                    Thread.sleep(2500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                Platform.runLater(() -> {
                    try {
                        var image = dialog.form().dialog().getDialogPane().getScene().snapshot(null);
                        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png",
                                new File(getParameters().getRaw().get(0)));
                    } catch (java.io.IOException e) {
                        e.printStackTrace();
                    }
                    Platform.exit();
                    System.exit(0);
                });
            }).start();
        }
    }
}

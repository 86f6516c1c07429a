package org.jointplan.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.jointplan.chart.Theme;
import org.jointplan.service.BackgroundTaskRunner;

/**
 * Opens the window on a store in a theme and writes a picture of it (not a test): run under Xvfb with
 * {@code store width height theme out.png}; it quits once the picture is written.
 */
public final class ThemeShot {
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
            Theme theme = Theme.fromCode(args.get(3)).orElseThrow();
            Thread shot = new Thread(() -> {
                try {
                    while (stage.getScene().getRoot().lookup(".menu-bar") == null) {
                        Thread.sleep(500); // the plan is shown, and the saved theme restored, after the store opens
                    }
                    Thread.sleep(3000);
                    Platform.runLater(() -> Themes.apply(theme));
                    Thread.sleep(4000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                Platform.runLater(() -> {
                    write(stage.getScene().snapshot(null), Path.of(args.get(4)));
                    Platform.exit();
                    System.exit(0);
                });
            });
            shot.setDaemon(true);
            shot.start();
        }
    }

    private static void write(WritableImage image, Path out) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage picture = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                picture.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try {
            ImageIO.write(picture, "png", out.toFile());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

}

package org.jointplan.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.jointplan.chart.Theme;
import org.jointplan.service.BackgroundTaskRunner;
import org.jointplan.ui.present.PresentationMode;
import org.jointplan.ui.timeline.TimelineView;

/**
 * Pictures of where the keyboard focus is, to look at (not a test): the timeline with a selected row focused, and
 * the slide chooser with its first box focused, in a theme. Run under Xvfb with {@code store theme outDir}; it
 * writes focus-timeline-THEME.png and focus-chooser-THEME.png and quits.
 */
public final class FocusShot {
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
            stage.setWidth(1366);
            stage.setHeight(768);
            MainWindow window = new MainWindow(stage, new BackgroundTaskRunner(Platform::runLater), f -> { });
            window.open(Path.of(args.get(0)));
            stage.show();
            Theme theme = Theme.fromCode(args.get(1)).orElseThrow();
            Path out = Path.of(args.get(2));
            Thread shot = new Thread(() -> {
                try {
                    while (stage.getScene().getRoot().lookup(".menu-bar") == null) {
                        Thread.sleep(500);
                    }
                    Thread.sleep(3000);
                    Platform.runLater(() -> {
                        Themes.apply(theme);
                        var action = window.model().plan().actions().get(0);
                        window.model().selectedActionIdProperty().set(action.id());
                        Node timeline = stage.getScene().getRoot().lookup(".timeline-view");
                        if (timeline == null) {
                            timeline = stage.getScene().getRoot().lookupAll("*").stream()
                                    .filter(n -> n instanceof TimelineView).findFirst().orElseThrow();
                        }
                        timeline.requestFocus();
                    });
                    Thread.sleep(4000);
                    Platform.runLater(() -> write(stage.getScene().snapshot(null),
                            out.resolve("focus-timeline-" + args.get(1) + ".png")));
                    Thread.sleep(1000);
                    Platform.runLater(() -> PresentationMode.choose(stage, window.model().plan(),
                            window.model().shownDate()));
                    Thread.sleep(3000);
                    Platform.runLater(() -> {
                        Scene chooser = Window.getWindows().stream().filter(w -> w instanceof Stage s
                                && "Present the plan".equals(s.getTitle())).findFirst().orElseThrow().getScene();
                        chooser.getRoot().lookup(".check-box").requestFocus(); // the whole plan's box
                    });
                    Thread.sleep(2000);
                    Platform.runLater(() -> {
                        Scene chooser = Window.getWindows().stream().filter(w -> w instanceof Stage s
                                && "Present the plan".equals(s.getTitle())).findFirst().orElseThrow().getScene();
                        write(chooser.snapshot(null), out.resolve("focus-chooser-" + args.get(1) + ".png"));
                        Platform.exit();
                        System.exit(0);
                    });
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
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

package org.jointplan.ui;

import java.io.File;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.jointplan.service.BackgroundTaskRunner;

/**
 * Screenshots of the Measures tab in the real window, for looking at it (not a test): run under Xvfb with
 * {@code store width height out-prefix}; writes out-prefix-line.png and out-prefix-spc.png.
 */
public final class MeasuresShot {
    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The application, apart from main: a main class that is an Application needs JavaFX as modules. */
    public static final class App extends Application {
    @Override
    public void start(Stage stage) {
        var args = getParameters().getRaw();
        stage.setWidth(Double.parseDouble(args.get(1)));
        stage.setHeight(Double.parseDouble(args.get(2)));
        String out = args.get(3);
        MainWindow window = new MainWindow(stage, new BackgroundTaskRunner(Platform::runLater), f -> { });
        window.open(Path.of(args.get(0)));
        stage.show();
        later(5000, () -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(Double.parseDouble(args.get(1)));
            stage.setHeight(Double.parseDouble(args.get(2)));
            PlanScreen screen = find(stage.getScene().getRoot());
            screen.showMeasures();
            screen.measures().table().getSelectionModel().select(0);
            later(1500, () -> {
                shoot(stage, out + "-line.png");
                screen.measures().detail().setSpcMode(true);
                screen.measures().table().getSelectionModel().select(2);
                later(1000, () -> {
                    shoot(stage, out + "-spc.png");
                    var model = window.model();
                    var slides = org.jointplan.ui.present.PresentationMode.show(stage, model.shownPlan(),
                            model.shownDate(), model.position());
                    while (!slides.isShowingMeasures()) {
                        slides.next();
                    }
                    later(1500, () -> {
                        shoot(slides.getStage(), out + "-slide.png");
                        slides.next();
                        later(1000, () -> {
                            shoot(slides.getStage(), out + "-slide2.png");
                            Platform.exit();
                            System.exit(0);
                        });
                    });
                });
            });
        });
    }
    }

    private static void later(long millis, Runnable r) {
        new Thread(() -> {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Platform.runLater(r);
        }).start();
    }

    private static void shoot(Stage stage, String file) {
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null), "png", new File(file));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static PlanScreen find(Node node) {
        if (node instanceof PlanScreen s) {
            return s;
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                PlanScreen found = find(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}

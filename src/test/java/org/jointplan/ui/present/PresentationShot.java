package org.jointplan.ui.present;

import java.time.LocalDate;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.jointplan.service.SamplePlan;

/**
 * Opens the presentation of the sample plan full screen, for a screenshot of the whole screen (not a test): run
 * under Xvfb (with -Dglass.gtk.uiScale=2 for 200%) with {@code [step [theme]]}, the slide to show and the theme
 * ("dark", "high-contrast": the pseudo-class the window's Themes sets on the root); it quits after 24 s.
 */
public final class PresentationShot {
    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The scene as JavaFX rendered it, in device pixels, to /tmp/present-snap-WIDTH.png. */
    static void snapshot(PresentationMode mode) {
        var scene = mode.getStage().getScene();
        double scale = javafx.stage.Screen.getPrimary().getOutputScaleX();
        var params = new javafx.scene.SnapshotParameters();
        params.setTransform(javafx.scene.transform.Transform.scale(scale, scale));
        javafx.scene.image.WritableImage image = scene.getRoot().snapshot(params, null);
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        var out = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var reader = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, reader.getArgb(x, y));
            }
        }
        try {
            javax.imageio.ImageIO.write(out, "png", new java.io.File("/tmp/present-snap-" + w + ".png"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The application, apart from main: a main class that is an Application needs JavaFX as modules. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            int step = getParameters().getRaw().isEmpty() ? 0 : Integer.parseInt(getParameters().getRaw().get(0));
            PresentationMode mode = PresentationMode.show(null, SamplePlan.load(), LocalDate.of(2024, 11, 30));
            for (int i = 0; i < step; i++) {
                mode.next();
            }
            if (getParameters().getRaw().size() > 1) {
                mode.getStage().getScene().getRoot().pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass(
                        "theme-" + getParameters().getRaw().get(1)), true);
            }
            System.out.println("Showing " + mode.getCaption() + " at " + mode.getSlide().layout().width() + " x "
                    + mode.getSlide().layout().height() + ", output scale "
                    + javafx.stage.Screen.getPrimary().getOutputScaleX());
            Thread snap = new Thread(() -> {
                try {
                    Thread.sleep(12000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                Platform.runLater(() -> snapshot(mode));
            });
            snap.setDaemon(true);
            snap.start();
            Thread t = new Thread(() -> {
                try {
                    Thread.sleep(24000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                Platform.runLater(() -> {
                    Platform.exit();
                    System.exit(0);
                });
            });
            t.setDaemon(true);
            t.start();
        }
    }
}

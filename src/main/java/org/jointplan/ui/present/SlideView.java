package org.jointplan.ui.present;

import java.util.List;
import java.util.function.BiFunction;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.jointplan.chart.slides.Slide;
import org.jointplan.chart.ThemedLayout;
import org.jointplan.ui.chart.FxChartPainter;
import org.jointplan.ui.chart.SceneTheme;

/**
 * The slide shown, painted on a canvas as large as the screen by the same painter as the window's charts (JavaFX
 * renders a canvas at the screen's output scale, so 200% and 300% stay crisp). The slides are laid out again when
 * the size changes (another screen, a resolution change), and a shortened text shows in full on hover. The slides
 * show in the window's theme (laid out in the light palette, recoloured as they are painted).
 */
final class SlideView extends Region {
    /** Below this the slides are laid out at this size and painted smaller, rather than laid out illegibly. */
    static final double MIN_WIDTH = 320;
    static final double MIN_HEIGHT = 240;

    private final Canvas canvas = new Canvas();
    private final BiFunction<Double, Double, List<Slide>> layout;
    private final Tooltip tip = new Tooltip();
    private List<Slide> slides = List.of();
    private double laidWidth;
    private double laidHeight;
    private int index;
    private boolean tipShown;

    /** @param layout lays the deck out at a width and height in logical pixels */
    SlideView(BiFunction<Double, Double, List<Slide>> layout) {
        this.layout = layout;
        getStyleClass().add("slide-view");
        getChildren().add(canvas);
        tip.setShowDelay(Duration.millis(300));
        tip.setWrapText(true);
        tip.setMaxWidth(900);
        canvas.setOnMouseMoved(e -> hover(e.getX(), e.getY()));
        canvas.setOnMouseExited(e -> hover(-1, -1));
        SceneTheme.follow(this, this::paint);
    }

    @Override
    protected void layoutChildren() {
        double w = Math.max(1, getWidth());
        double h = Math.max(1, getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h || slides.isEmpty()) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            relayout(Math.max(MIN_WIDTH, w), Math.max(MIN_HEIGHT, h));
        }
    }

    private void relayout(double w, double h) {
        if (w == laidWidth && h == laidHeight && !slides.isEmpty()) {
            paint();
            return;
        }
        Slide before = slides.isEmpty() ? null : slides.get(index);
        slides = layout.apply(w, h);
        laidWidth = w;
        laidHeight = h;
        index = Math.max(0, Math.min(slides.size() - 1, Decks.sameSlide(before, slides, index)));
        paint();
    }

    private double scale() {
        return Math.min(canvas.getWidth() / laidWidth, canvas.getHeight() / laidHeight);
    }

    private void paint() {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.setTransform(1, 0, 0, 1, 0, 0);
        gc.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (slides.isEmpty()) {
            return;
        }
        double scale = scale();
        gc.save();
        gc.scale(scale, scale);
        FxChartPainter.paint(gc, ThemedLayout.of(slides.get(index).layout(), SceneTheme.palette(this)));
        gc.restore();
    }

    private void hover(double x, double y) {
        String text = slides.isEmpty() || x < 0 ? null : slides.get(index).tipAt(x / scale(), y / scale())
                .orElse(null);
        if (text == null) {
            if (tipShown) {
                Tooltip.uninstall(canvas, tip);
                tipShown = false;
            }
            return;
        }
        tip.setText(text);
        if (!tipShown) {
            Tooltip.install(canvas, tip);
            tipShown = true;
        }
    }

    /** Shows the slide at this index (clamped); false when it is the slide already shown. */
    boolean show(int i) {
        int clamped = Math.max(0, Math.min(slides.size() - 1, i));
        if (clamped == index) {
            return false;
        }
        index = clamped;
        paint();
        return true;
    }

    int index() {
        return index;
    }

    List<Slide> slides() {
        return slides;
    }

    Slide current() {
        return slides.isEmpty() ? null : slides.get(index);
    }
}

package org.jointplan.ui.timeline;

import java.util.Optional;
import java.util.UUID;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.image.WritableImage;

/**
 * A rendered timeline picture and where things are on it, in image pixels: for writing to a file, and for checking
 * (in tests, or for an image map) that a bar is where its dates say.
 */
public final class TimelinePicture {
    private final WritableImage image;
    private final TimelineView view;
    private final double scale;
    private final double timelineTop;

    TimelinePicture(WritableImage image, TimelineView view, double scale, double timelineTop) {
        this.image = image;
        this.view = view;
        this.scale = scale;
        this.timelineTop = timelineTop;
    }

    public WritableImage image() {
        return image;
    }

    /** Image pixels per layout pixel (the print resolution over the screen's). */
    public double scale() {
        return scale;
    }

    /** Where the action's bar is, in image pixels; empty when it is not in the picture. */
    public Optional<Rectangle2D> barBounds(UUID actionId) {
        return view.barBox(actionId).map(this::toImage);
    }

    /** The x in image pixels of the left edge of a day. */
    public double xOf(java.time.LocalDate date) {
        return view.x(date) * scale;
    }

    private Rectangle2D toImage(Bounds b) {
        return new Rectangle2D(b.getMinX() * scale, (b.getMinY() + timelineTop) * scale, b.getWidth() * scale,
                b.getHeight() * scale);
    }
}

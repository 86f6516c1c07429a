package org.jointplan.ui.timeline;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.jointplan.domain.Status;

/** Small shapes drawn in several places: status badges, milestone diamonds and the overdue hatch. */
final class Shapes {
    private Shapes() {
    }

    /** A status badge: a circle in the BRAG colour with the status symbol on it, so colour is not alone. */
    static void badge(PaintContext c, double cx, double cy, double r, Status status) {
        c.gc.setFill(c.look.solid.get(status));
        c.gc.fillOval(cx - r, cy - r, 2 * r, 2 * r);
        c.centredText(status.symbol(), cx, cy + 0.5, c.look.symbol, c.look.onSolid(status));
    }

    /** A diamond centred at (cx, cy) with half-diagonal r; fill and/or stroke may be null. */
    static void diamond(GraphicsContext gc, double cx, double cy, double r, Color fill, Color stroke,
                        double lineWidth) {
        double[] xs = {cx, cx + r, cx, cx - r};
        double[] ys = {cy - r, cy, cy + r, cy};
        if (fill != null) {
            gc.setFill(fill);
            gc.fillPolygon(xs, ys, 4);
        }
        if (stroke != null) {
            gc.setStroke(stroke);
            gc.setLineWidth(lineWidth);
            gc.strokePolygon(xs, ys, 4);
        }
    }

    /** Diagonal hatching inside a rectangle, clipped by arithmetic rather than a canvas clip (cheaper). */
    static void hatch(GraphicsContext gc, double x, double y, double w, double h, double spacing, Color colour,
                      double lineWidth) {
        gc.setStroke(colour);
        gc.setLineWidth(lineWidth);
        for (double k = -h; k < w; k += spacing) {
            double t0 = Math.max(0, -k);
            double t1 = Math.min(h, w - k);
            if (t0 < t1) {
                gc.strokeLine(x + k + t0, y + h - t0, x + k + t1, y + h - t1);
            }
        }
    }
}

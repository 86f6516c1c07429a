package org.jointplan.chart;

/** A rectangle in layout units (x to the right, y down from the top left). */
public record Box(double x, double y, double width, double height) {
    public double right() {
        return x + width;
    }

    public double bottom() {
        return y + height;
    }

    public boolean intersects(Box o) {
        return x < o.right() && o.x < right() && y < o.bottom() && o.y < bottom();
    }

    /** Whether this box lies inside the other, allowing a rounding error. */
    public boolean within(Box o) {
        double e = 1e-6;
        return x >= o.x - e && y >= o.y - e && right() <= o.right() + e && bottom() <= o.bottom() + e;
    }

    public Box grown(double by) {
        return new Box(x - by, y - by, width + 2 * by, height + 2 * by);
    }
}

package org.jointplan.chart;

import java.util.List;
import java.util.Objects;

/**
 * One thing a chart draws, in layout units, painted alike on a JavaFX canvas, a Graphics2D (PNG, PDF) and as SVG.
 * Every primitive says its {@link Role} and the box it covers.
 */
public sealed interface Drawing {
    Role role();

    /** The area the primitive covers, strokes and all. */
    Box bounds();

    /** A straight line. */
    record Line(Role role, double x1, double y1, double x2, double y2, Stroke stroke) implements Drawing {
        public Line {
            Objects.requireNonNull(stroke, "stroke");
        }

        @Override
        public Box bounds() {
            double h = stroke.width() / 2;
            return new Box(Math.min(x1, x2) - h, Math.min(y1, y2) - h, Math.abs(x2 - x1) + 2 * h,
                    Math.abs(y2 - y1) + 2 * h);
        }
    }

    /** Connected straight lines through the points, {@code x0, y0, x1, y1, …}. */
    record Polyline(Role role, List<Double> xy, Stroke stroke) implements Drawing {
        public Polyline {
            xy = List.copyOf(xy);
            if (xy.size() < 4 || xy.size() % 2 != 0) {
                throw new IllegalArgumentException("A polyline needs at least two points.");
            }
        }

        public int size() {
            return xy.size() / 2;
        }

        @Override
        public Box bounds() {
            return Drawings.boundsOf(xy, stroke.width() / 2);
        }
    }

    /** A closed shape filled with one colour, {@code x0, y0, x1, y1, …} (an icon's arrow). */
    record Polygon(Role role, List<Double> xy, ChartColour fill) implements Drawing {
        public Polygon {
            xy = List.copyOf(xy);
            Objects.requireNonNull(fill, "fill");
            if (xy.size() < 6 || xy.size() % 2 != 0) {
                throw new IllegalArgumentException("A polygon needs at least three points.");
            }
        }

        @Override
        public Box bounds() {
            return Drawings.boundsOf(xy, 0);
        }
    }

    /** A rectangle, filled or outlined (either may be null, not both). */
    record Rect(Role role, Box box, ChartColour fill, Stroke outline) implements Drawing {
        public Rect {
            Objects.requireNonNull(box, "box");
            if (fill == null && outline == null) {
                throw new IllegalArgumentException("A rectangle needs a fill or an outline.");
            }
        }

        @Override
        public Box bounds() {
            return outline == null ? box : box.grown(outline.width() / 2);
        }
    }

    /** The shape of a point. */
    enum Shape { CIRCLE, SQUARE, DIAMOND }

    /**
     * A point marker centred on (x, y), {@code size} across; hollow when {@code fill} is null. {@code tip} says the
     * point in words ("Jul 2024: 36.6%"), shown as a tooltip or an SVG title.
     */
    record Marker(Role role, double x, double y, double size, Shape shape, ChartColour fill, Stroke outline,
                  String tip) implements Drawing {
        public Marker {
            Objects.requireNonNull(shape, "shape");
            Objects.requireNonNull(outline, "outline");
            tip = tip == null ? "" : tip;
        }

        public boolean hollow() {
            return fill == null;
        }

        @Override
        public Box bounds() {
            double r = size / 2 + outline.width() / 2;
            return new Box(x - r, y - r, 2 * r, 2 * r);
        }
    }

    /** Where a text's x lies: at its start, middle or end. */
    enum Anchor { START, MIDDLE, END }

    /** One line of text; {@code y} is its baseline. */
    record Text(Role role, double x, double y, String text, double size, boolean bold, Anchor anchor,
                ChartColour colour) implements Drawing {
        public Text {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(anchor, "anchor");
            Objects.requireNonNull(colour, "colour");
        }

        public double width() {
            return TextMetrics.width(text, size, bold);
        }

        @Override
        public Box bounds() {
            double w = width();
            double left = switch (anchor) {
                case START -> x;
                case MIDDLE -> x - w / 2;
                case END -> x - w;
            };
            return new Box(left, y - TextMetrics.ascent(size), w, TextMetrics.lineHeight(size));
        }
    }
}

package org.jointplan.chart;

import java.util.List;
import org.jointplan.domain.spc.AssuranceIcon;
import org.jointplan.domain.spc.VariationIcon;

/**
 * The Making Data Count icons drawn as the package's SVGs are, simplified: a ring in the icon's colour holding its
 * letter (H or L for a special cause high or low, P, F or ? for assurance), an arrow where neither direction is
 * better, a run of points for common cause, a dashed target line for assurance. Each is drawn with its words beside
 * it by the header, never alone.
 */
final class SpcIcons {
    private SpcIcons() {
    }

    static void variation(DrawingList out, VariationIcon icon, double cx, double cy, double d) {
        ChartColour colour = switch (icon) {
            case COMMON_CAUSE -> ChartPalette.ICON_COMMON;
            case IMPROVEMENT_HIGH, IMPROVEMENT_LOW -> ChartPalette.ICON_IMPROVEMENT;
            case CONCERN_HIGH, CONCERN_LOW -> ChartPalette.ICON_CONCERN;
            case NEITHER_HIGH, NEITHER_LOW -> ChartPalette.ICON_NEITHER;
        };
        ring(out, colour, cx, cy, d);
        boolean high = icon == VariationIcon.IMPROVEMENT_HIGH || icon == VariationIcon.CONCERN_HIGH;
        switch (icon) {
            case COMMON_CAUSE -> run(out, cx, cy, d, new double[] {0.02, 0.1, -0.08, 0.06, 0}, ChartPalette.ICON_COMMON,
                    ChartPalette.ICON_COMMON);
            case IMPROVEMENT_HIGH, CONCERN_HIGH, IMPROVEMENT_LOW, CONCERN_LOW -> {
                letter(out, high ? "H" : "L", cx, high ? cy - 0.02 * d : cy + 0.33 * d, d, colour);
                double base = high ? 0.2 : -0.2;
                double[] dy = high ? new double[] {0.06, 0.08, 0.02, -0.06, -0.12}
                        : new double[] {-0.06, -0.08, -0.02, 0.06, 0.12};
                for (int i = 0; i < dy.length; i++) {
                    dy[i] += base;
                }
                run(out, cx, cy, d, dy, ChartPalette.ICON_GREY, colour);
            }
            case NEITHER_HIGH, NEITHER_LOW -> arrow(out, cx, cy, d, icon == VariationIcon.NEITHER_HIGH, colour);
        }
    }

    static void assurance(DrawingList out, AssuranceIcon icon, double cx, double cy, double d) {
        ChartColour colour = switch (icon) {
            case CONSISTENT_PASS -> ChartPalette.ICON_IMPROVEMENT;
            case CONSISTENT_FAIL -> ChartPalette.ICON_CONCERN;
            case INCONSISTENT -> ChartPalette.ICON_COMMON;
        };
        ring(out, colour, cx, cy, d);
        String letter = switch (icon) {
            case CONSISTENT_PASS -> "P";
            case CONSISTENT_FAIL -> "F";
            case INCONSISTENT -> "?";
        };
        letter(out, letter, cx, cy + 0.02 * d, d, icon == AssuranceIcon.INCONSISTENT ? ChartPalette.ICON_GREY : colour);
        out.add(new Drawing.Line(Role.ICON, cx - 0.34 * d, cy + 0.12 * d, cx + 0.34 * d, cy + 0.12 * d,
                new Stroke(colour, 0.035 * d, Stroke.Dash.DASHED)));
        double[] dy = {0.24, 0.2, 0.27, 0.21, 0.25};
        List<Double> xy = new java.util.ArrayList<>();
        for (int i = 0; i < dy.length; i++) {
            xy.add(cx + (i - 2) * 0.13 * d);
            xy.add(cy + dy[i] * d);
        }
        out.add(new Drawing.Polyline(Role.ICON, xy, Stroke.solid(ChartPalette.ICON_GREY, 0.03 * d)));
    }

    private static void ring(DrawingList out, ChartColour colour, double cx, double cy, double d) {
        double w = 0.07 * d;
        out.add(new Drawing.Marker(Role.ICON, cx, cy, d - w, Drawing.Shape.CIRCLE, ChartColour.WHITE,
                Stroke.solid(colour, w), ""));
    }

    private static void letter(DrawingList out, String letter, double cx, double baseline, double d, ChartColour c) {
        out.add(new Drawing.Text(Role.ICON, cx, baseline, letter, 0.36 * d, true, Drawing.Anchor.MIDDLE, c));
    }

    /** Five points joined by a line across the icon, the last two in the cause's colour. */
    private static void run(DrawingList out, double cx, double cy, double d, double[] dy, ChartColour line,
                            ChartColour last) {
        List<Double> xy = new java.util.ArrayList<>();
        for (int i = 0; i < dy.length; i++) {
            xy.add(cx + (i - 2) * 0.14 * d);
            xy.add(cy + dy[i] * d);
        }
        out.add(new Drawing.Polyline(Role.ICON, xy, Stroke.solid(line, 0.03 * d)));
        for (int i = 0; i < dy.length; i++) {
            ChartColour c = i >= dy.length - 2 ? last : line;
            out.add(new Drawing.Marker(Role.ICON, xy.get(2 * i), xy.get(2 * i + 1), 0.09 * d, Drawing.Shape.CIRCLE,
                    c, Stroke.solid(c, 0.01 * d), ""));
        }
    }

    /** A broad arrow pointing up and right (higher) or down and right (lower), as the package's neutral icons. */
    private static void arrow(DrawingList out, double cx, double cy, double d, boolean up, ChartColour colour) {
        double[] pts = {-0.28, -0.05, 0.06, -0.05, 0.06, -0.14, 0.28, 0, 0.06, 0.14, 0.06, 0.05, -0.28, 0.05};
        double a = up ? -Math.PI / 4 : Math.PI / 4; // y grows downwards
        List<Double> xy = new java.util.ArrayList<>();
        for (int i = 0; i < pts.length; i += 2) {
            xy.add(cx + (pts[i] * Math.cos(a) - pts[i + 1] * Math.sin(a)) * d);
            xy.add(cy + (pts[i] * Math.sin(a) + pts[i + 1] * Math.cos(a)) * d);
        }
        out.add(new Drawing.Polygon(Role.ICON, xy, colour));
    }
}

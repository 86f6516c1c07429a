package org.jointplan.chart;

import org.jointplan.domain.spc.PointType;

/** The lines and point shapes of a chart at text size t, shared by the plot and its legend so the two agree. */
final class ChartStrokes {
    private ChartStrokes() {
    }

    static Stroke values(ChartMode mode, double t) {
        return Stroke.solid(mode == ChartMode.SPC ? ChartPalette.SPC_VALUE_LINE : ChartPalette.VALUES, 0.16 * t);
    }

    static Stroke target(double t) {
        return new Stroke(ChartPalette.TARGET, 0.16 * t, Stroke.Dash.DASHED);
    }

    static Stroke trajectory(double t) {
        return new Stroke(ChartPalette.TRAJECTORY, 0.2 * t, Stroke.Dash.DOTTED);
    }

    static Stroke mean(double t) {
        return Stroke.solid(ChartPalette.MEAN, 0.12 * t);
    }

    static Stroke limit(double t) {
        return new Stroke(ChartPalette.LIMIT, 0.14 * t, Stroke.Dash.DASHED);
    }

    static Stroke rebase(double t) {
        return Stroke.solid(ChartPalette.REBASE, 0.14 * t);
    }

    static Stroke outline(ChartColour fill, double t) {
        return Stroke.solid(ChartPalette.outlineOf(fill), 0.1 * t);
    }

    /**
     * Circles for common cause, as Making Data Count draws every point; special causes also differ in shape (a square
     * for improvement or neither, a diamond for concern) so that colour is never the only sign of them.
     */
    static Drawing.Shape shapeOf(PointType type) {
        return switch (type) {
            case COMMON_CAUSE -> Drawing.Shape.CIRCLE;
            case SPECIAL_CAUSE_IMPROVEMENT, SPECIAL_CAUSE_NEITHER -> Drawing.Shape.SQUARE;
            case SPECIAL_CAUSE_CONCERN -> Drawing.Shape.DIAMOND;
        };
    }
}

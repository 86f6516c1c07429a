package org.jointplan.chart.slides;

import java.util.List;
import org.jointplan.chart.ChartColour;
import org.jointplan.chart.Drawing;
import org.jointplan.chart.Role;

/** The slides' small shapes: a committee date's triangle and the arrow of a bar that runs on past the dates shown. */
final class SlideMarks {
    private SlideMarks() {
    }

    /** A triangle pointing down at (x, tip), 0.8 t wide. */
    static Drawing.Polygon committee(Role role, double x, double tip, double t) {
        double h = 0.5 * t;
        return new Drawing.Polygon(role, List.of(x - 0.4 * t, tip - h, x + 0.4 * t, tip - h, x, tip),
                SlideStyle.COMMITTEE);
    }

    /** An arrow inside a bar's clipped end at {@code edge}, pointing out of the dates shown. */
    static Drawing.Polygon runsOn(double edge, double mid, double h, boolean left, ChartColour colour) {
        double len = 0.45 * h;
        double inset = 0.15 * h;
        double half = 0.3 * h;
        double tip = left ? edge + inset : edge - inset;
        double base = left ? tip + len : tip - len;
        return new Drawing.Polygon(Role.RUNS_ON, List.of(tip, mid, base, mid - half, base, mid + half), colour);
    }
}

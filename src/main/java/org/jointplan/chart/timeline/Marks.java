package org.jointplan.chart.timeline;

import java.util.List;
import org.jointplan.chart.Drawing;
import org.jointplan.chart.Role;
import org.jointplan.chart.StatusColours;
import org.jointplan.domain.Status;

/** The timeline's small shapes: a committee date's triangle and the arrow of a bar that runs on past the range. */
final class Marks {
    private Marks() {
    }

    /** A triangle pointing down at (x, tip), 0.8 t wide. */
    static Drawing.Polygon committee(Role role, double x, double tip, double t) {
        double h = 0.5 * t;
        return new Drawing.Polygon(role, List.of(x - 0.4 * t, tip - h, x + 0.4 * t, tip - h, x, tip),
                TimelineStyle.COMMITTEE);
    }

    /**
     * An arrow inside a bar's clipped end at {@code edge}, pointing out of the range: left when the action began
     * before the range, right when it ends after it. {@code h} is the bar's height; the arrow is in the colour of
     * words on the bar's status (white, or dark on amber).
     */
    static Drawing.Polygon runsOn(Role role, double edge, double mid, double h, boolean left, Status status) {
        double len = 0.45 * h;
        double inset = 0.15 * h;
        double half = 0.3 * h;
        double tip = left ? edge + inset : edge - inset;
        double base = left ? tip + len : tip - len;
        return new Drawing.Polygon(role, List.of(tip, mid, base, mid - half, base, mid + half),
                StatusColours.textOn(status));
    }
}

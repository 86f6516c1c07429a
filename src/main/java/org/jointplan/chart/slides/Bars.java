package org.jointplan.chart.slides;

import java.util.List;
import org.jointplan.chart.Box;
import org.jointplan.chart.ChartColour;
import org.jointplan.chart.Drawing;
import org.jointplan.chart.Palette;
import org.jointplan.chart.Role;
import org.jointplan.chart.StatusColours;
import org.jointplan.chart.Stroke;
import org.jointplan.domain.Milestone;
import org.jointplan.domain.Status;
import org.jointplan.domain.UkDates;

/**
 * A bar on a timeline slide: outlined in its status's colour and filled to its percent complete, so no word sits on
 * it and hides the fill; an arrow where it runs on past the dates shown; its baseline under it when moved; its
 * milestones as diamonds in a band of their own below it.
 */
final class Bars {
    private final SlideStyle s;
    private final SlideAxis axis;

    Bars(SlideStyle s, SlideAxis axis) {
        this.s = s;
        this.axis = axis;
    }

    double barHeight() {
        return 0.95 * s.t();
    }

    double baselineBand() {
        return 0.45 * s.t();
    }

    double milestoneBand() {
        return 1.15 * s.t();
    }

    void bar(SlideCanvas c, java.time.LocalDate start, java.time.LocalDate due, Status status, int percent,
             double top) {
        double t = s.t();
        double h = barHeight();
        double x0 = axis.x(start);
        double x1 = Math.max(x0 + 0.4 * t, axis.xEnd(due));
        if (x1 > axis.right()) {
            x0 = axis.right() - (x1 - x0);
            x1 = axis.right();
        }
        ChartColour colour = StatusColours.of(status);
        double filled = (x1 - x0) * Math.max(0, Math.min(100, percent)) / 100.0;
        if (filled > 0) {
            c.shape(new Drawing.Rect(Role.BAR, new Box(x0, top, filled, h), colour, null));
        }
        double line = Math.max(1, 0.1 * t);
        c.shape(new Drawing.Rect(Role.BAR, new Box(x0 + line / 2, top + line / 2, x1 - x0 - line, h - line), null,
                Stroke.solid(colour, line)));
        double mid = top + h / 2;
        if (start.isBefore(axis.from()) && x1 - x0 > h) {
            c.shape(SlideMarks.runsOn(x0, mid, h, true, filled > 0.5 * h ? Palette.textOn(colour) : colour));
        }
        if (due.isAfter(axis.to()) && x1 - x0 > 2 * h) {
            c.shape(SlideMarks.runsOn(x1, mid, h, false, filled > x1 - x0 - 0.5 * h
                    ? Palette.textOn(colour) : colour));
        }
    }

    void baseline(SlideCanvas c, java.time.LocalDate start, java.time.LocalDate due, double top) {
        if (due.isBefore(axis.from()) || start.isAfter(axis.to())) {
            return;
        }
        double x0 = axis.x(start);
        double x1 = Math.max(x0 + 0.3 * s.t(), axis.xEnd(due));
        c.shape(new Drawing.Rect(Role.BASELINE, new Box(x0, top + 0.08 * s.t(), Math.min(x1, axis.right()) - x0,
                0.28 * s.t()), null, s.baselineStroke()));
    }

    /** The milestones in their band from {@code top}, with their titles and dates for a tooltip. */
    void milestones(SlideCanvas c, List<Milestone> milestones, double top, List<Slide.Tip> tips) {
        double size = 0.75 * s.t();
        double r = size / 2 * 1.15 + 0.05 * s.t();
        for (Milestone m : milestones) {
            if (!axis.contains(m.date())) {
                continue;
            }
            double x = Math.max(axis.left() + r, Math.min(axis.right() - r, (axis.x(m.date())
                    + axis.xEnd(m.date())) / 2));
            double y = top + milestoneBand() / 2;
            String words = "Milestone: " + m.title() + ", " + UkDates.numeric(m.date()) + (m.achieved() ? " (met)"
                    : "");
            Drawing.Marker marker = new Drawing.Marker(Role.MILESTONE, x, y, size, Drawing.Shape.DIAMOND,
                    m.achieved() ? SlideStyle.MILESTONE : null, s.milestoneOutline(), words);
            c.shape(marker);
            tips.add(new Slide.Tip(marker.bounds(), words));
        }
    }
}

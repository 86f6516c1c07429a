package org.jointplan.chart.timeline;

import java.time.LocalDate;
import java.util.List;
import org.jointplan.chart.Box;
import org.jointplan.chart.Drawing;
import org.jointplan.chart.Role;
import org.jointplan.chart.StatusColours;
import org.jointplan.chart.TextMetrics;
import org.jointplan.chart.timeline.Pagination.PageRow;
import org.jointplan.domain.BragKey;
import org.jointplan.domain.Milestone;
import org.jointplan.domain.ReportPosition.ActionLine;
import org.jointplan.domain.ReportPosition.PriorityLine;
import org.jointplan.domain.UkDates;

/**
 * Draws the rows of a page: a lane's header (its number, name, "(continued)", rating and direction of travel in
 * words) and each action's row (its title at left, cut to fit; a bar from start to due in its status colour with the
 * status's symbol and word on it or beside it; its baseline as a thin outline when moved; its milestones as diamonds;
 * a white arrow where the bar runs on past the range).
 */
final class RowPainter {
    private final TimelineStyle s;
    private final DateScale scale;
    private final BragKey key;

    RowPainter(TimelineStyle s, DateScale scale, BragKey key) {
        this.s = s;
        this.scale = scale;
        this.key = key;
    }

    /** The lane bands and alternate stripes, drawn under the grid. */
    void bands(List<Drawing> out, List<PageRow> rows, double top) {
        double y = top;
        int n = 0;
        for (PageRow row : rows) {
            Box band = new Box(s.pad(), y, s.plotRight() - s.pad(), s.rowHeight());
            if (row.header()) {
                out.add(new Drawing.Rect(Role.LANE, band, TimelineStyle.LANE_FILL, null));
                n = 0;
            } else if (n++ % 2 == 1) {
                out.add(new Drawing.Rect(Role.BACKGROUND, band, TimelineStyle.STRIPE, null));
            }
            y += s.rowHeight();
        }
    }

    /** The rows' words, bars and marks. */
    void rows(List<Drawing> out, List<PageRow> rows, double top) {
        double y = top;
        for (PageRow row : rows) {
            if (row.header()) {
                header(out, row, y);
            } else if (row.more() > 0) {
                String words = "\u2026 and " + row.more() + " more " + (row.more() == 1 ? "action" : "actions")
                        + " not shown";
                out.add(TimelineKey.text(Role.MESSAGE, s.pad() + 0.3 * s.t(), y + s.textBaseline(),
                        TextMetrics.fit(words, s.t(), false, s.plotRight() - s.pad() - 0.6 * s.t()), s.t(), false));
            } else {
                action(out, row.action().action(), row.action().milestones(), y);
            }
            y += s.rowHeight();
        }
    }

    private void header(List<Drawing> out, PageRow row, double top) {
        double t = s.t();
        double baseline = top + s.textBaseline();
        PriorityLine p = row.lane().line();
        String rating = "Rated " + p.rating().symbol() + " " + key.label(p.rating()) + " \u00b7 "
                + p.direction().describe();
        double ratingWidth = TextMetrics.width(rating, t, true);
        String continued = row.continued() ? " (continued)" : "";
        double room = s.plotRight() - s.pad() - 0.6 * t - ratingWidth - 1.5 * t;
        String name = TextMetrics.fit(row.lane().number() + ". " + p.name(), t, true,
                room - TextMetrics.width(continued, t, true));
        out.add(TimelineKey.text(Role.LANE_LABEL, s.pad() + 0.3 * t, baseline, name + continued, t, true));
        out.add(new Drawing.Text(Role.LANE_LABEL, s.plotRight() - 0.3 * t, baseline, rating, t, true,
                Drawing.Anchor.END, TimelineStyle.TEXT));
        for (Milestone m : row.lane().milestones()) { // small, under the header's words
            milestone(out, m, top + 1.66 * t, 0.48 * t);
        }
    }

    private void action(List<Drawing> out, ActionLine a, List<Milestone> milestones, double top) {
        double t = s.t();
        double baseline = top + s.textBaseline();
        out.add(TimelineKey.text(Role.ROW_LABEL, s.pad() + 0.3 * t, baseline,
                TextMetrics.fit(a.title(), t, false, s.plotLeft() - s.pad() - 0.8 * t), t, false));
        double barTop = top + 0.15 * t;
        if (a.baselineStart() != null && (!a.baselineStart().equals(a.start()) || !a.baselineDue().equals(a.due()))
                && overlaps(a.baselineStart(), a.baselineDue())) {
            double x0 = scale.x(a.baselineStart());
            double x1 = Math.max(x0 + 0.2 * t, scale.xEnd(a.baselineDue()));
            out.add(new Drawing.Rect(Role.BASELINE, new Box(x0, barTop + s.barHeight() + 0.12 * t,
                    Math.min(x1, s.plotRight()) - x0, 0.35 * t), null, s.baselineStroke()));
        }
        boolean before = a.start().isBefore(scale.from());
        boolean after = a.due().isAfter(scale.to());
        double x0 = scale.x(a.start());
        double x1 = Math.min(s.plotRight(), Math.max(x0 + 0.3 * t, scale.xEnd(a.due())));
        double h = s.barHeight();
        double mid = barTop + h / 2;
        out.add(new Drawing.Rect(Role.BAR, new Box(x0, barTop, x1 - x0, h), StatusColours.of(a.status()), null));
        double arrowRoom = 0.7 * h;
        if (before && x1 - x0 > arrowRoom) {
            out.add(Marks.runsOn(Role.RUNS_ON, x0, mid, h, true, a.status()));
        }
        if (after && x1 - x0 > arrowRoom * (before ? 2 : 1)) {
            out.add(Marks.runsOn(Role.RUNS_ON, x1, mid, h, false, a.status()));
        }
        barLabel(out, a, x0 + (before ? arrowRoom : 0), x1 - (after ? arrowRoom : 0), baseline);
        for (Milestone m : milestones) {
            milestone(out, m, top + 0.15 * t + s.barHeight() / 2, 0.75 * t);
        }
    }

    /** The status in words: on the bar in white when it fits, else beside it in ink, where there is more room. */
    private void barLabel(List<Drawing> out, ActionLine a, double inLeft, double inRight, double baseline) {
        double t = s.t();
        String words = a.status().symbol() + " " + key.label(a.status());
        double w = TextMetrics.width(words, t, false);
        if (w + 0.6 * t <= inRight - inLeft) {
            out.add(new Drawing.Text(Role.BAR_LABEL, inLeft + 0.3 * t, baseline, words, t, false,
                    Drawing.Anchor.START, StatusColours.textOn(a.status())));
            return;
        }
        double rightRoom = s.plotRight() - inRight - 0.6 * t;
        double leftRoom = inLeft - s.plotLeft() - 0.6 * t;
        if (Math.max(rightRoom, leftRoom) < TextMetrics.width(a.status().symbol(), t, false)) {
            return; // a bar at both edges of a very narrow plot: the row's words are in the alt text
        }
        if (rightRoom >= w || rightRoom >= leftRoom) {
            out.add(TimelineKey.text(Role.BAR_LABEL, inRight + 0.3 * t, baseline,
                    TextMetrics.fit(words, t, false, rightRoom), t, false));
        } else {
            out.add(new Drawing.Text(Role.BAR_LABEL, inLeft - 0.3 * t, baseline,
                    TextMetrics.fit(words, t, false, leftRoom), t, false, Drawing.Anchor.END, TimelineStyle.TEXT));
        }
    }

    private void milestone(List<Drawing> out, Milestone m, double y, double size) {
        double t = s.t();
        double x = (scale.x(m.date()) + scale.xEnd(m.date())) / 2;
        double r = size / 2 * 1.15 + 0.05 * t;
        x = Math.max(s.plotLeft() + r, Math.min(s.plotRight() - r, x));
        out.add(new Drawing.Marker(Role.MILESTONE, x, y, size, Drawing.Shape.DIAMOND,
                m.achieved() ? TimelineStyle.MILESTONE : null, s.milestoneOutline(),
                "Milestone: " + m.title() + ", " + UkDates.numeric(m.date()) + (m.achieved() ? " (met)" : "")));
    }

    private boolean overlaps(LocalDate start, LocalDate due) {
        return !due.isBefore(scale.from()) && !start.isAfter(scale.to());
    }
}

package org.jointplan.ui.timeline;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.jointplan.domain.Milestone;

/**
 * Milestones as diamonds in the middle of their day: filled when achieved, hollow when not, outlined in red when
 * the date has passed without it. A slipped milestone also shows a dashed ghost at its baseline date, joined to the
 * current date, so "what has slipped" can be seen. A priority's own milestones are labelled in their row.
 */
final class MilestonePainter {
    private MilestonePainter() {
    }

    static double radius(TimelineLook look, double rowHeight) {
        return Math.min(rowHeight * 0.3, look.barHeight / 2 + 4);
    }

    static void paint(PaintContext c) {
        for (int i = c.first; i <= c.last; i++) {
            TimelineRows.Row row = c.rows.row(i);
            List<Milestone> list = switch (row.kind()) {
                case ACTION -> c.rows.milestonesOfAction(row.action().id());
                case LANE_MILESTONES, SUMMARY -> c.rows.milestonesOfLane(row.priority().id());
                case LANE -> List.of();
            };
            if (list.isEmpty()) {
                continue;
            }
            double cy = c.y(row) + row.height() / 2;
            double r = radius(c.look, row.height());
            List<Milestone> sorted = list.stream().sorted(Comparator.comparing(c.view.pending::date)).toList();
            for (int k = 0; k < sorted.size(); k++) {
                Milestone m = sorted.get(k);
                double x = diamond(c, m, cy, r);
                if (row.kind() == TimelineRows.Kind.LANE_MILESTONES && x >= c.chartLeft && x <= c.width) {
                    double right = k + 1 < sorted.size() ? c.x(c.view.pending.date(sorted.get(k + 1))) - r - 6
                            : c.width - 4;
                    double left = k > 0 ? c.x(c.view.pending.date(sorted.get(k - 1))) + r + 6 : c.chartLeft + 4;
                    label(c, m, x, r, left, right, cy);
                }
            }
        }
    }

    private static double diamond(PaintContext c, Milestone m, double cy, double r) {
        LocalDate date = c.view.pending.date(m);
        double half = c.pixelsPerDay / 2;
        double x = c.x(date) + half;
        if (x + r < c.chartLeft || x - r > c.width + 200) {
            return x;
        }
        var look = c.look;
        if (date.isAfter(m.baselineDate())) {
            double bx = c.x(m.baselineDate()) + half;
            c.gc.setLineDashes(3, 3);
            c.gc.setStroke(look.mutedText);
            c.gc.setLineWidth(1.5);
            c.gc.strokeLine(bx + r, cy, x - r, cy);
            Shapes.diamond(c.gc, bx, cy, r * 0.8, look.background, look.mutedText, 1.5);
            c.gc.setLineDashes();
        }
        boolean late = !m.achieved() && c.today != null && date.isBefore(c.today);
        if (m.achieved()) {
            Shapes.diamond(c.gc, x, cy, r, look.milestone, look.background, 1.5);
        } else {
            Shapes.diamond(c.gc, x, cy, r, late ? look.overdueTint : look.background,
                    late ? look.overdue : look.milestone, late ? look.lineWidth * 2 : look.lineWidth + 0.5);
        }
        if (m.id().equals(c.view.getSelectedMilestoneId())) {
            Shapes.diamond(c.gc, x, cy, r + 4, null, look.selection, 2.5);
        }
        return x;
    }

    /** The title right of the diamond; left of it when it would be cut short there and there is more room. */
    private static void label(PaintContext c, Milestone m, double x, double r, double left, double right,
                              double cy) {
        String text = c.view.pending.date(m).isAfter(m.baselineDate()) ? m.title() + " (slipped)" : m.title();
        TextFit fit = TextFit.of(c.look.small);
        double w = fit.width(text);
        double roomRight = right - (x + r + 6);
        double roomLeft = (x - r - 6) - left;
        if (w > roomRight && roomLeft > roomRight) {
            String shown = fit.ellipsize(text, roomLeft);
            if (!shown.isEmpty()) {
                c.patchedText(shown, x - r - 6 - fit.width(shown), cy, c.look.small, c.look.text);
            }
        } else if (roomRight >= 30) {
            c.patchedText(fit.ellipsize(text, roomRight), x + r + 6, cy, c.look.small, c.look.text);
        }
    }
}

package org.jointplan.ui.timeline;

import java.util.List;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import org.jointplan.domain.Action;
import org.jointplan.domain.DateRange;
import org.jointplan.domain.Status;

/**
 * Action bars from start to the end of the due day, filled to percent complete in the BRAG colour, with the status
 * symbol, word and percent beside them so that colour is never the only carrier. An overdue action gets a thick red
 * outline, a hatched overrun from its due date to today and the word "Overdue". A collapsed lane gets one summary
 * bar over its actions' span in its overall colour.
 */
final class BarPainter {
    private BarPainter() {
    }

    /** The bars; their words come later ({@link #labels}), over the milestones, so a diamond never hides them. */
    static void paint(PaintContext c) {
        for (int i = c.first; i <= c.last; i++) {
            TimelineRows.Row row = c.rows.row(i);
            if (row.kind() == TimelineRows.Kind.ACTION) {
                Placed bar = Placed.of(c, row);
                if (bar != null) {
                    action(c, bar);
                }
            } else if (row.kind() == TimelineRows.Kind.SUMMARY) {
                summary(c, row);
            }
        }
    }

    /** Each action bar's words: status, percent, overdue and direction. */
    static void labels(PaintContext c) {
        for (int i = c.first; i <= c.last; i++) {
            TimelineRows.Row row = c.rows.row(i);
            Placed bar = row.kind() == TimelineRows.Kind.ACTION ? Placed.of(c, row) : null;
            if (bar != null) {
                label(c, bar);
            }
        }
    }

    /** Where an action's bar lies on the canvas (null when it is out of view). */
    private record Placed(Action action, DateRange span, double x0, double x1, double overrunEnd, double y, double h,
                          boolean overdue) {
        static Placed of(PaintContext c, TimelineRows.Row row) {
            Action a = row.action();
            DateRange span = c.view.pending.span(a);
            double x0 = c.x(span.start());
            double x1 = Math.max(x0 + 3, c.x(span.end().plusDays(1)));
            boolean overdue = ActionText.isOverdue(a, span, c.today);
            double overrunEnd = overdue ? Math.max(x1, c.x(c.today)) : x1;
            if (overrunEnd < c.chartLeft - 4 || x0 > c.width) {
                return null;
            }
            double h = c.look.barHeight;
            return new Placed(a, span, x0, x1, overrunEnd, c.y(row) + (row.height() - h) / 2, h, overdue);
        }
    }

    private static void action(PaintContext c, Placed p) {
        double x0 = p.x0();
        double x1 = p.x1();
        double y = p.y();
        double h = p.h();
        if (p.overdue() && p.overrunEnd() > x1) {
            c.gc.setFill(c.look.overdueTint);
            c.gc.fillRect(x1, y, p.overrunEnd() - x1, h);
            Shapes.hatch(c.gc, x1, y, p.overrunEnd() - x1, h, Math.max(5, h / 2.5), c.look.overdue, 1.25);
        }
        bar(c, x0, x1, y, h, p.action().status(), p.action().percentComplete(), p.overdue());
        if (p.action().id().equals(c.view.getSelectedActionId())) {
            double g = Math.max(3, c.look.lineWidth * 2);
            c.gc.setStroke(c.look.selection);
            c.gc.setLineWidth(2.5);
            if (c.view.isFocused()) {
                c.gc.setLineDashes(5, 3);
            }
            c.gc.strokeRoundRect(x0 - g, y - g, x1 - x0 + 2 * g, h + 2 * g, 6, 6);
            c.gc.setLineDashes();
        }
    }

    private static void label(PaintContext c, Placed p) {
        Action a = p.action();
        Font font = p.overdue() ? c.look.smallBold : c.look.small;
        String text = ActionText.barLabel(a, c.today, p.span(), c.view.key(), c.direction(a.id()));
        double w = TextFit.of(font).width(text);
        double inside = afterMilestones(c, a, Math.max(p.x0(), c.chartLeft), w);
        label(c, text, p.x0(), afterMilestones(c, a, p.overrunEnd(), w), inside, p.y() + p.h() / 2, font,
                p.overdue() ? c.look.overdue : c.look.text);
    }

    /** Moves the label's left edge past any diamond sitting at or just after the end of the bar. */
    private static double afterMilestones(PaintContext c, Action a, double end, double textWidth) {
        double r = MilestonePainter.radius(c.look, c.look.rowHeight);
        double gap = Math.max(5, c.look.fontSize * 0.4);
        double left = end;
        List<Double> xs = c.rows.milestonesOfAction(a.id()).stream()
                .map(m -> c.x(c.view.pending.date(m)) + c.pixelsPerDay / 2).sorted().toList();
        for (double mx : xs) {
            if (mx + r > left - 2 && mx - r < left + gap + textWidth) {
                left = Math.max(left, mx + r);
            }
        }
        return left;
    }

    private static void bar(PaintContext c, double x0, double x1, double y, double h, Status status, int percent,
                            boolean overdue) {
        Color solid = c.look.solid.get(status);
        c.gc.setFill(c.look.tint.get(status));
        c.gc.fillRect(x0, y, x1 - x0, h);
        if (percent > 0) {
            c.gc.setFill(solid);
            c.gc.fillRect(x0, y, (x1 - x0) * percent / 100.0, h);
        }
        double lw = overdue ? c.look.lineWidth * 2 : c.look.lineWidth;
        c.gc.setStroke(overdue ? c.look.overdue : c.look.edge(status));
        c.gc.setLineWidth(lw);
        c.gc.strokeRect(x0 + lw / 2, y + lw / 2, Math.max(0, x1 - x0 - lw), Math.max(0, h - lw));
    }

    /**
     * Right of the bar if there is room; else inside the part of the bar in view; else left of the bar; else over
     * whatever is there. Always on a light patch, so lines and bars under the words do not hide them.
     */
    private static void label(PaintContext c, String text, double x0, double x1, double inside, double cy, Font font,
                              Color colour) {
        TextFit fit = TextFit.of(font);
        double w = fit.width(text);
        double gap = Math.max(5, c.look.fontSize * 0.4);
        double visibleStart = inside;
        double visibleEnd = Math.min(x1, c.width);
        double x;
        if (x1 + gap + w <= c.width - 2) {
            x = x1 + gap;
        } else if (visibleEnd - visibleStart >= w + 4 * gap) {
            x = visibleStart + 2 * gap;
        } else if (x0 - gap - w >= c.chartLeft + 2) {
            x = x0 - gap - w;
        } else {
            x = Math.max(c.chartLeft + gap, Math.min(x0 + gap, c.width - w - gap));
        }
        c.patchedText(text, x, cy, font, colour);
    }

    private static void summary(PaintContext c, TimelineRows.Row row) {
        TimelineRows.Lane lane = c.rows.lane(row.priority().id());
        if (lane.first() == null) {
            return;
        }
        double x0 = c.x(lane.first());
        double x1 = Math.max(x0 + 3, c.x(lane.last().plusDays(1)));
        if (x1 < c.chartLeft || x0 > c.width) {
            return;
        }
        Status overall = lane.rating();
        double h = c.look.barHeight;
        double y = c.y(row) + (row.height() - h) / 2;
        int complete = lane.summary().count(Status.COMPLETE);
        int percent = lane.summary().total() == 0 ? 0 : complete * 100 / lane.summary().total();
        bar(c, x0, x1, y, h, overall, percent, false);
    }
}

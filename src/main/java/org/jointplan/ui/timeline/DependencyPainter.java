package org.jointplan.ui.timeline;

import javafx.scene.paint.Color;
import org.jointplan.domain.Action;
import org.jointplan.domain.DateRange;
import org.jointplan.domain.Dependency;

/**
 * Arrows from the end of an action to the start of the action that waits for it, drawn under the bars. Only arrows
 * touching a row in view are visited. An arrow whose later action starts before the earlier one is due is dashed in
 * the overdue colour: the plan breaks its own dependency.
 */
final class DependencyPainter {
    private DependencyPainter() {
    }

    static void paint(PaintContext c) {
        Color normal = TimelineLook.mix(c.look.background, c.look.text, 0.55);
        for (int i = c.first; i <= c.last; i++) {
            TimelineRows.Row row = c.rows.row(i);
            if (row.action() == null) {
                continue;
            }
            for (Dependency d : c.rows.dependenciesOf(row.action().id())) {
                int before = c.rows.indexOf(d.beforeActionId());
                int after = c.rows.indexOf(d.afterActionId());
                if (before < 0 || after < 0) {
                    continue;
                }
                boolean drawnFromOtherEnd = before != i && before >= c.first && before <= c.last;
                if (!drawnFromOtherEnd) {
                    arrow(c, c.rows.row(before), c.rows.row(after), normal);
                }
            }
        }
    }

    private static void arrow(PaintContext c, TimelineRows.Row from, TimelineRows.Row to, Color normal) {
        Action a = from.action();
        Action b = to.action();
        DateRange first = c.view.pending.span(a);
        DateRange then = c.view.pending.span(b);
        double bx = Math.max(c.x(first.start()) + 3, c.x(first.end().plusDays(1)));
        double by = c.y(from) + from.height() / 2;
        double ax = c.x(then.start());
        double ay = c.y(to) + to.height() / 2;
        if (Math.max(bx, ax) < c.chartLeft || Math.min(bx, ax) > c.width + 20) {
            return;
        }
        boolean broken = !then.start().isAfter(first.end());
        double step = Math.max(6, c.look.fontSize * 0.5);
        // leave from the bottom (or top) of the bar near its end, so the line never crosses the bar's label
        double x0 = Math.max(c.x(first.start()) + 1, bx - step);
        boolean down = ay > by;
        double y0 = by + (down ? 1 : -1) * c.look.barHeight / 2;
        double[] xs;
        double[] ys;
        if (ax - x0 >= 2 * step) {
            xs = new double[] {x0, x0, ax - 1};
            ys = new double[] {y0, ay, ay};
        } else {
            double between = down ? c.y(to) : c.y(to) + to.height();
            xs = new double[] {x0, x0, ax - step, ax - step, ax - 1};
            ys = new double[] {y0, between, between, ay, ay};
        }
        Color colour = broken ? c.look.overdue : normal;
        c.gc.setStroke(colour);
        c.gc.setLineWidth(Math.max(1.25, c.look.lineWidth * 0.9));
        if (broken) {
            c.gc.setLineDashes(5, 3);
        }
        c.gc.strokePolyline(xs, ys, xs.length);
        c.gc.setLineDashes();
        double head = step * 0.9;
        c.gc.setFill(colour);
        c.gc.fillPolygon(new double[] {ax, ax - head, ax - head}, new double[] {ay, ay - head * 0.6, ay + head * 0.6},
                3);
    }
}

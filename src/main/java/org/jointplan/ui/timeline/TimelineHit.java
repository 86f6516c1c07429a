package org.jointplan.ui.timeline;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import org.jointplan.domain.Action;
import org.jointplan.domain.Milestone;

/** What is under a point of the timeline: the drag handler, the cursor and the tooltips ask the same question. */
record TimelineHit(Kind kind, TimelineRows.Row row, Action action, Milestone milestone) {

    enum Kind { NONE, AXIS, LANE, ROW, BAR, BAR_START, BAR_END, MILESTONE }

    static final TimelineHit NONE = new TimelineHit(Kind.NONE, null, null, null);

    boolean onBar() {
        return kind == Kind.BAR || kind == Kind.BAR_START || kind == Kind.BAR_END;
    }

    /** Hit-tests a point in drawing-area coordinates (the canvas's, where mouse events arrive). */
    static TimelineHit at(TimelineView view, double x, double y) {
        if (y < view.getAxisHeight()) {
            return new TimelineHit(Kind.AXIS, null, null, null);
        }
        TimelineRows.Row row = view.rows().rowAt(y - view.getAxisHeight() + view.getVerticalOffset());
        if (row == null || x < 0 || x > view.viewportWidth()) {
            return NONE;
        }
        if (row.kind() == TimelineRows.Kind.LANE) {
            return new TimelineHit(Kind.LANE, row, null, null);
        }
        if (x >= view.chartLeft()) {
            TimelineHit bar = row.action() == null ? null : barAt(view, row, x, y);
            if (bar != null && bar.kind() != Kind.BAR && inBarHeight(view, row, y)) {
                // a bar's ends win within the bar's own height, so a milestone on the due date does not make the
                // bar impossible to resize; the diamond is still taken by its tips above and below the bar
                return bar;
            }
            Milestone m = milestoneAt(view, row, x, y);
            if (m != null) {
                return new TimelineHit(Kind.MILESTONE, row, row.action(), m);
            }
            if (bar != null) {
                return bar;
            }
        }
        return new TimelineHit(Kind.ROW, row, row.action(), null);
    }

    private static Milestone milestoneAt(TimelineView view, TimelineRows.Row row, double x, double y) {
        List<Milestone> list = switch (row.kind()) {
            case ACTION -> view.rows().milestonesOfAction(row.action().id());
            case LANE_MILESTONES, SUMMARY -> view.rows().milestonesOfLane(row.priority().id());
            case LANE -> List.of();
        };
        double reach = MilestonePainter.radius(view.look(), row.height()) + 3;
        Milestone best = null;
        double bestDistance = Double.MAX_VALUE;
        for (Milestone m : list) {
            Point2D centre = view.diamondCentre(m.id()).orElse(null);
            double distance = centre == null ? Double.MAX_VALUE
                    : Math.abs(centre.getX() - x) + Math.abs(centre.getY() - y);
            if (distance <= reach && distance < bestDistance) {
                best = m;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static boolean inBarHeight(TimelineView view, TimelineRows.Row row, double y) {
        double top = view.yOf(row) + (row.height() - view.look().barHeight) / 2;
        return y >= top && y <= top + view.look().barHeight;
    }

    private static TimelineHit barAt(TimelineView view, TimelineRows.Row row, double x, double y) {
        Bounds bar = view.barBox(row.action().id()).orElse(null);
        if (bar == null || y < bar.getMinY() - 4 || y > bar.getMaxY() + 4 || x < bar.getMinX() - 4
                || x > bar.getMaxX() + 4) {
            return null;
        }
        double handle = Math.min(8, bar.getWidth() / 3);
        Kind kind = x <= bar.getMinX() + handle ? Kind.BAR_START : x >= bar.getMaxX() - handle ? Kind.BAR_END
                : Kind.BAR;
        return new TimelineHit(kind, row, row.action(), null);
    }
}

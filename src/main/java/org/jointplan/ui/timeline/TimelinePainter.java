package org.jointplan.ui.timeline;

import javafx.scene.canvas.GraphicsContext;

/**
 * Paints the timeline in layers, back to front: row backgrounds, calendar grid, committee dates, today line,
 * dependency arrows, bars, milestones, the column of titles (which covers bars panned under it), the time axis, and
 * an empty-state message. Only the rows in view are visited, so the cost follows the screen, not the plan.
 */
final class TimelinePainter {
    private TimelinePainter() {
    }

    /** Paints the control's visible area. */
    static void paint(GraphicsContext gc, TimelineView view, double width, double height) {
        paint(new PaintContext(gc, view, width, height, 0, height, true));
    }

    /** Paints a band of a larger frame (an export tile): only rows between {@code fromY} and {@code toY}. */
    static void paint(GraphicsContext gc, TimelineView view, double width, double height, double fromY, double toY) {
        paint(new PaintContext(gc, view, width, height, fromY, toY, false));
    }

    private static void paint(PaintContext c) {
        c.gc.setLineDashes();
        c.gc.setFill(c.look.background);
        c.gc.fillRect(0, 0, c.width, c.height);
        RowPainter.backgrounds(c);
        AxisPainter.grid(c);
        CommitteeMarkers.lines(c, c.committees);
        AxisPainter.todayLine(c);
        DependencyPainter.paint(c);
        BarPainter.paint(c);
        MilestonePainter.paint(c);
        BarPainter.labels(c);
        RowPainter.labels(c);
        AxisPainter.axis(c);
        RowPainter.emptyState(c);
    }
}

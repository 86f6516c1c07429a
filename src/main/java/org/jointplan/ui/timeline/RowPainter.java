package org.jointplan.ui.timeline;

import java.util.List;
import javafx.scene.paint.Color;
import org.jointplan.domain.Priority;
import org.jointplan.domain.Status;

/**
 * Row backgrounds (lane bands, stripes, the selected row), the column of titles on the left, the lane headings with
 * their status summary, and the message shown when there is nothing to draw.
 */
final class RowPainter {
    private RowPainter() {
    }

    static void backgrounds(PaintContext c) {
        for (int i = c.first; i <= c.last; i++) {
            TimelineRows.Row row = c.rows.row(i);
            if (row.kind() != TimelineRows.Kind.LANE) { // lane bands are painted over the grid, in labels()
                c.gc.setFill(background(c, row));
                c.gc.fillRect(0, c.y(row), c.width, row.height());
            }
        }
    }

    private static Color background(PaintContext c, TimelineRows.Row row) {
        if (row.kind() == TimelineRows.Kind.LANE) {
            return c.look.lane;
        }
        if (row.action() != null && row.action().id().equals(c.view.getSelectedActionId())) {
            return c.look.selectionTint;
        }
        return row.index() % 2 == 1 ? c.look.stripe : c.look.background;
    }

    /** The column of titles, drawn over any bar panned under it, and the lane headings across the full width. */
    static void labels(PaintContext c) {
        double pad = Math.max(6, c.look.fontSize * 0.6);
        for (int i = c.first; i <= c.last; i++) {
            TimelineRows.Row row = c.rows.row(i);
            double y = c.y(row);
            if (row.kind() == TimelineRows.Kind.LANE) {
                // a clean band across the chart: the heading reads without grid lines through it
                c.gc.setFill(c.look.lane);
                c.gc.fillRect(0, y, c.width, row.height());
                c.hline(0, c.width, y, c.look.gridStrong, 1);
            } else {
                c.gc.setFill(background(c, row));
                c.gc.fillRect(0, y, c.chartLeft, row.height());
                c.vline(c.chartLeft, y, y + row.height(), c.look.gridStrong, 1);
            }
            switch (row.kind()) {
                case LANE -> lane(c, row, y, pad);
                case ACTION -> action(c, row, y, pad);
                case LANE_MILESTONES -> c.text(TextFit.of(c.look.small).ellipsize("Milestones of the priority",
                        c.chartLeft - 2 * pad), pad + badgeRoom(c), y + row.height() / 2, c.look.small,
                        c.look.mutedText);
                case SUMMARY -> summary(c, row, y, pad);
            }
            focusRing(c, row, y);
        }
    }

    /**
     * The row the arrow keys act on, outlined across the whole width while the timeline has the keyboard focus
     * (WCAG 2.2: focus visible), not only by the ring of its bar, which may be out of view.
     */
    private static void focusRing(PaintContext c, TimelineRows.Row row, double y) {
        if (c.view.isFocused() && row.action() != null && row.action().id().equals(c.view.getSelectedActionId())) {
            c.gc.setStroke(c.look.selection);
            c.gc.setLineWidth(2);
            c.gc.strokeRect(1, y + 1, c.width - 2, row.height() - 2);
        }
    }

    private static double badgeRoom(PaintContext c) {
        return c.look.fontSize * 1.25 + Math.max(6, c.look.fontSize * 0.5);
    }

    private static void action(PaintContext c, TimelineRows.Row row, double y, double pad) {
        var a = row.action();
        double r = c.look.fontSize * 0.62;
        Shapes.badge(c, pad + r, y + row.height() / 2, r, a.status());
        double x = pad + badgeRoom(c);
        boolean selected = a.id().equals(c.view.getSelectedActionId());
        var font = selected ? c.look.bold : c.look.font;
        TextFit fit = TextFit.of(font);
        List<String> lines = fit.wrap(a.title(), c.chartLeft - x - pad, c.look.titleLines);
        double lineHeight = fit.lineHeight();
        double cy = y + row.height() / 2 - (lines.size() - 1) * lineHeight / 2;
        for (String line : lines) {
            c.text(line, x, cy, font, c.look.text);
            cy += lineHeight;
        }
    }

    private static void lane(PaintContext c, TimelineRows.Row row, double y, double pad) {
        Priority p = row.priority();
        TimelineRows.Lane lane = c.rows.lane(p.id());
        double lineHeight = TextFit.of(c.look.bold).lineHeight();
        double top = y + row.height() / 2 - lineHeight / 2;
        c.centredText(lane.collapsed() ? "▸" : "▾", pad + c.look.fontSize * 0.5, top, c.look.bold, c.look.text);
        double x = pad + badgeRoom(c);
        String name = p.order() + ". " + p.name() + (p.retired() ? " (retired)" : "");
        c.text(TextFit.of(c.look.bold).ellipsize(name, c.width - x - pad), x, top, c.look.bold, c.look.text);
        String summary = overall(c, lane) + "  ·  " + lane.summary().describe(c.view.key());
        if (c.rows.filtered() && lane.shown() != lane.summary().total()) {
            summary += "  ·  " + lane.shown() + " shown by the filter";
        }
        c.text(TextFit.of(c.look.small).ellipsize(summary, c.width - x - pad), x, top + lineHeight, c.look.small,
                c.look.mutedText);
    }

    private static void summary(PaintContext c, TimelineRows.Row row, double y, double pad) {
        TimelineRows.Lane lane = c.rows.lane(row.priority().id());
        double r = c.look.fontSize * 0.62;
        Shapes.badge(c, pad + r, y + row.height() / 2, r, lane.rating());
        String text = overall(c, lane) + "  ·  " + lane.summary().count(Status.COMPLETE) + " of "
                + lane.summary().total() + " complete";
        if (lane.summary().overdue() > 0) {
            text += "  ·  " + lane.summary().overdue() + " overdue";
        }
        double x = pad + badgeRoom(c);
        c.text(TextFit.of(c.look.font).ellipsize(text, c.chartLeft - x - pad), x, y + row.height() / 2,
                c.look.font, c.look.text);
    }

    /** "Overall: At risk (overridden) · ↓ Worse": the priority's rating in the plan's words, and its direction. */
    static String overall(PaintContext c, TimelineRows.Lane lane) {
        return "Overall: " + c.view.key().label(lane.rating()) + (lane.overridden() ? " (overridden)" : "")
                + (lane.direction() == null ? "" : "  ·  " + lane.direction().describe());
    }

    /** A sentence in the middle of the chart when no row is drawn. */
    static void emptyState(PaintContext c) {
        if (c.rows.size() > 0) {
            return;
        }
        String message = c.view.getPlan() == null ? "No plan to show."
                : c.view.getFilter() != null || c.view.getPriorityFilter() != null
                ? "No actions match the current filter." : "This plan has no priorities yet.";
        double left = Math.min(c.chartLeft, c.width / 3);
        c.centredText(message, left + (c.width - left) / 2, c.axisHeight + (c.height - c.axisHeight) / 2,
                c.look.bold, c.look.mutedText);
    }
}

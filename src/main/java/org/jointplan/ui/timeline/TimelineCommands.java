package org.jointplan.ui.timeline;

import java.time.LocalDate;
import java.util.UUID;
import javafx.geometry.Bounds;
import org.jointplan.domain.Action;
import org.jointplan.domain.DateRange;
import org.jointplan.domain.Milestone;

/**
 * The commands behind {@link TimelineView}'s public methods that move things: keeping a date in place across a
 * zoom, scrolling an action into view, and moving the selection by days from the keyboard. Kept apart so that the
 * control itself holds the properties and the mapping.
 */
final class TimelineCommands {
    private TimelineCommands() {
    }

    /** After a zoom, pans so that the date under {@code anchorX} (NaN: the middle of the chart) stays there. */
    static void keepAnchorAfterZoom(TimelineView view, double oldScale, double anchorX) {
        if (view.getZoom() == TimelineZoom.FIT) {
            view.setHorizontalOffset(0); // the whole range is in view
            view.bump();
            return;
        }
        double left = view.chartLeft();
        double anchor = Double.isNaN(anchorX) ? left + (view.viewportWidth() - left) / 2 : anchorX;
        double days = (anchor - left + view.getHorizontalOffset()) / oldScale;
        view.setHorizontalOffset(days * view.getPixelsPerDay() - (anchor - left));
        view.clampOffsets();
        view.bump();
    }

    static void scrollTo(TimelineView view, UUID actionId) {
        Action action = view.getPlan() == null || actionId == null ? null
                : view.getPlan().action(actionId).orElse(null);
        if (action == null) {
            return;
        }
        view.getCollapsedPriorities().remove(action.priorityId());
        int index = view.rows().indexOf(actionId);
        if (index < 0) {
            return;
        }
        TimelineRows.Row row = view.rows().row(index);
        double visible = view.viewportHeight() - view.getAxisHeight();
        if (row.top() < view.getVerticalOffset()) {
            view.setVerticalOffset(row.top());
        } else if (row.bottom() > view.getVerticalOffset() + visible) {
            view.setVerticalOffset(row.bottom() - visible);
        }
        Bounds bar = view.barBox(actionId).orElseThrow();
        if (bar.getMaxX() < view.chartLeft() || bar.getMinX() > view.viewportWidth()) {
            view.setHorizontalOffset(view.getHorizontalOffset() + bar.getMinX() - view.chartLeft() - 40);
        }
        view.clampOffsets();
    }

    static boolean moveSelection(TimelineView view, long days) {
        if (!view.isEditingAllowed() || days == 0) {
            return false;
        }
        PendingEdits pending = view.pending;
        Milestone m = view.rows().milestone(view.getSelectedMilestoneId());
        if (m != null && view.rowOfMilestone(m) != null) {
            LocalDate old = pending.date(m);
            pending.putMilestone(m, old.plusDays(days));
            view.bump();
            view.fireEdit(new TimelineEdit.MilestoneMoved(m.id(), old, old.plusDays(days)));
            return true;
        }
        Action a = view.selectedAction().orElse(null);
        if (a == null || view.rows().indexOf(a.id()) < 0) {
            return false;
        }
        DateRange old = pending.span(a);
        DateRange moved = new DateRange(old.start().plusDays(days), old.end().plusDays(days));
        pending.putAction(a, moved);
        view.bump();
        view.fireEdit(new TimelineEdit.ActionMoved(a.id(), old.start(), old.end(), moved.start(), moved.end()));
        view.scrollToAction(a.id());
        return true;
    }
}

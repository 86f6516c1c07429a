package org.jointplan.ui.timeline;

import java.time.LocalDate;
import javafx.event.EventHandler;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.jointplan.domain.Action;
import org.jointplan.domain.DateRange;
import org.jointplan.domain.Milestone;

/**
 * The mouse on the timeline: click selects, a click on a lane heading collapses or opens it, dragging a bar moves
 * it, dragging its ends changes start or due (never due before start), dragging a diamond moves the milestone, and
 * dragging anywhere else pans. Moves snap to days or weeks. While dragging, the new dates show as pending edits; on
 * release one {@link TimelineEditEvent} is fired, and Esc (see {@link #cancel()}) puts the dates back.
 */
final class TimelineEditController {
    private static final double DRAG_THRESHOLD = 3;

    private enum Mode { NONE, PAN, MOVE, START, DUE, MILESTONE }

    private final TimelineView view;
    private final Node target;
    private final EventHandler<MouseEvent> pressed = this::pressed;
    private final EventHandler<MouseEvent> dragged = this::dragged;
    private final EventHandler<MouseEvent> released = this::released;
    private final EventHandler<MouseEvent> moved = this::moved;

    private Mode mode = Mode.NONE;
    private boolean dragging;
    private TimelineHit hit = TimelineHit.NONE;
    private double pressX;
    private double pressY;
    private double startH;
    private double startV;
    private DateRange original;
    private DateRange pendingBefore;
    private LocalDate originalDate;
    private LocalDate pendingDateBefore;

    TimelineEditController(TimelineView view, Node target) {
        this.view = view;
        this.target = target;
        target.addEventHandler(MouseEvent.MOUSE_PRESSED, pressed);
        target.addEventHandler(MouseEvent.MOUSE_DRAGGED, dragged);
        target.addEventHandler(MouseEvent.MOUSE_RELEASED, released);
        target.addEventHandler(MouseEvent.MOUSE_MOVED, moved);
    }

    void dispose() {
        target.removeEventHandler(MouseEvent.MOUSE_PRESSED, pressed);
        target.removeEventHandler(MouseEvent.MOUSE_DRAGGED, dragged);
        target.removeEventHandler(MouseEvent.MOUSE_RELEASED, released);
        target.removeEventHandler(MouseEvent.MOUSE_MOVED, moved);
    }

    boolean isDragging() {
        return dragging && mode != Mode.PAN && mode != Mode.NONE;
    }

    private void pressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        view.requestFocus();
        hit = TimelineHit.at(view, e.getX(), e.getY());
        pressX = e.getX();
        pressY = e.getY();
        startH = view.getHorizontalOffset();
        startV = view.getVerticalOffset();
        dragging = false;
        boolean edit = view.isEditingAllowed();
        mode = Mode.PAN;
        switch (hit.kind()) {
            case LANE -> {
                if (!view.isPresentation()) {
                    toggle(hit.row().priority().id());
                }
                mode = Mode.NONE;
            }
            case MILESTONE -> {
                select(hit.action(), hit.milestone());
                originalDate = view.pending.date(hit.milestone());
                pendingDateBefore = view.pending.pendingMilestone(hit.milestone().id());
                mode = edit ? Mode.MILESTONE : Mode.PAN;
            }
            case BAR, BAR_START, BAR_END -> {
                select(hit.action(), null);
                original = view.pending.span(hit.action());
                pendingBefore = view.pending.pendingAction(hit.action().id());
                mode = !edit ? Mode.PAN : hit.kind() == TimelineHit.Kind.BAR ? Mode.MOVE
                        : hit.kind() == TimelineHit.Kind.BAR_START ? Mode.START : Mode.DUE;
            }
            default -> {
            }
        }
        e.consume();
    }

    private void toggle(java.util.UUID priorityId) {
        if (!view.getCollapsedPriorities().remove(priorityId)) {
            view.getCollapsedPriorities().add(priorityId);
        }
    }

    private void select(Action action, Milestone milestone) {
        if (action != null || milestone == null) {
            view.setSelectedActionId(action == null ? null : action.id());
        }
        view.setSelectedMilestoneId(milestone == null ? null : milestone.id());
    }

    private void dragged(MouseEvent e) {
        if (mode == Mode.NONE) {
            return;
        }
        double dx = e.getX() - pressX;
        if (!dragging && Math.hypot(dx, e.getY() - pressY) < DRAG_THRESHOLD) {
            return;
        }
        dragging = true;
        long days = view.getSnap().snap(dx / view.getPixelsPerDay());
        switch (mode) {
            case PAN -> {
                view.setHorizontalOffset(startH - dx);
                view.setVerticalOffset(startV - (e.getY() - pressY));
                view.clampOffsets();
                target.setCursor(Cursor.CLOSED_HAND);
            }
            case MOVE -> show(original.start().plusDays(days), original.end().plusDays(days));
            case START -> show(min(original.start().plusDays(days), original.end()), original.end());
            case DUE -> show(original.start(), max(original.end().plusDays(days), original.start()));
            case MILESTONE -> {
                view.pending.putMilestone(hit.milestone(), originalDate.plusDays(days));
                view.bump();
            }
            default -> {
            }
        }
        e.consume();
    }

    private void show(LocalDate start, LocalDate due) {
        view.pending.putAction(hit.action(), new DateRange(start, due));
        view.bump();
    }

    private void released(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || mode == Mode.NONE) {
            return;
        }
        if (dragging) {
            finishDrag();
        } else if (hit.kind() == TimelineHit.Kind.ROW || hit.kind() == TimelineHit.Kind.NONE) {
            select(hit.action(), null);
        }
        target.setCursor(cursorFor(TimelineHit.at(view, e.getX(), e.getY())));
        reset();
        e.consume();
    }

    private void finishDrag() {
        if (mode == Mode.MILESTONE) {
            LocalDate now = view.pending.date(hit.milestone());
            if (!now.equals(originalDate)) {
                view.fireEdit(new TimelineEdit.MilestoneMoved(hit.milestone().id(), originalDate, now));
            }
        } else if (mode != Mode.PAN) {
            DateRange now = view.pending.span(hit.action());
            if (!now.equals(original)) {
                view.fireEdit(new TimelineEdit.ActionMoved(hit.action().id(), original.start(), original.end(),
                        now.start(), now.end()));
            }
        }
    }

    /** Esc while dragging: the dates go back to what they were before the drag; no event is fired. */
    boolean cancel() {
        if (!isDragging()) {
            return false;
        }
        if (mode == Mode.MILESTONE) {
            view.pending.putMilestone(hit.milestone(), pendingDateBefore);
        } else {
            view.pending.putAction(hit.action(), pendingBefore);
        }
        view.bump();
        reset();
        return true;
    }

    private void reset() {
        mode = Mode.NONE;
        dragging = false;
        hit = TimelineHit.NONE;
    }

    private void moved(MouseEvent e) {
        target.setCursor(cursorFor(TimelineHit.at(view, e.getX(), e.getY())));
    }

    private Cursor cursorFor(TimelineHit h) {
        boolean edit = view.isEditingAllowed();
        return switch (h.kind()) {
            case BAR_START, BAR_END -> edit ? Cursor.H_RESIZE : Cursor.DEFAULT;
            case BAR, MILESTONE -> edit ? Cursor.MOVE : Cursor.HAND;
            case LANE -> view.isPresentation() ? Cursor.DEFAULT : Cursor.HAND;
            default -> Cursor.DEFAULT;
        };
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}

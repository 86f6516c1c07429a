package org.jointplan.ui.timeline;

import javafx.animation.PauseTransition;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;

/**
 * One tooltip for the whole canvas, showing the details of the bar or milestone under the mouse after a short
 * pause. A Tooltip installed on the canvas would show the same text everywhere, so it is shown by hand here.
 */
final class TimelineTooltips {
    private final TimelineView view;
    private final Node target;
    private final Tooltip tip = new Tooltip();
    private final PauseTransition delay = new PauseTransition(Duration.millis(450));
    private final EventHandler<MouseEvent> moved = this::moved;
    private final EventHandler<MouseEvent> gone = e -> hide();
    private Object current;
    private double screenX;
    private double screenY;

    TimelineTooltips(TimelineView view, Node target) {
        this.view = view;
        this.target = target;
        tip.getStyleClass().add("timeline-tooltip");
        tip.setWrapText(true);
        tip.setMaxWidth(560);
        delay.setOnFinished(e -> show());
        target.addEventHandler(MouseEvent.MOUSE_MOVED, moved);
        target.addEventHandler(MouseEvent.MOUSE_EXITED, gone);
        target.addEventHandler(MouseEvent.MOUSE_PRESSED, gone);
    }

    void dispose() {
        hide();
        target.removeEventHandler(MouseEvent.MOUSE_MOVED, moved);
        target.removeEventHandler(MouseEvent.MOUSE_EXITED, gone);
        target.removeEventHandler(MouseEvent.MOUSE_PRESSED, gone);
    }

    private void moved(MouseEvent e) {
        TimelineHit hit = TimelineHit.at(view, e.getX(), e.getY());
        Object subject = hit.kind() == TimelineHit.Kind.MILESTONE ? hit.milestone()
                : hit.onBar() ? hit.action() : null;
        screenX = e.getScreenX();
        screenY = e.getScreenY();
        if (subject == null || !subject.equals(current)) {
            hide();
            current = subject;
            if (subject != null) {
                delay.playFromStart();
            }
        }
    }

    private void show() {
        String text = textFor(current);
        if (text == null || target.getScene() == null || target.getScene().getWindow() == null) {
            return;
        }
        tip.setText(text);
        tip.show(target, screenX + 14, screenY + 18);
    }

    private String textFor(Object subject) {
        if (subject instanceof org.jointplan.domain.Milestone m) {
            return ActionText.tooltip(m, view.pending.date(m), view.getShownDate());
        }
        if (subject instanceof org.jointplan.domain.Action a && view.getPlan() != null) {
            return ActionText.tooltip(a, view.pending.span(a), view.getPlan(), view.getShownDate());
        }
        return null;
    }

    private void hide() {
        delay.stop();
        current = null;
        tip.hide();
    }
}

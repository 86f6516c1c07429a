package org.jointplan.ui.timeline;

import java.util.function.BooleanSupplier;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.ScrollEvent;

/**
 * The keyboard and the scroll wheel. Up/Down move the selection between actions; Left/Right move the selected
 * action or milestone by a day (Shift: a week) when editing is on, and pan otherwise; + and - zoom, 0 fits; Page
 * Up/Down and Home/End scroll. The wheel scrolls, Shift+wheel pans, Ctrl+wheel zooms around the mouse. In a
 * presentation the keys are left to the presentation (a clicker sends Page Down and the arrows).
 */
final class TimelineNavigation {
    /** What the keys below do, as Help > Keyboard shortcuts lists them: keep it in step with {@link #keyPressed}. */
    static final java.util.List<KeyHelp> KEYS = java.util.List.of(
            new KeyHelp("Up, Down", "Select the action above or below"),
            new KeyHelp("Left, Right", "Move the selected action or milestone a day earlier or later (pan when"
                    + " nothing can move)"),
            new KeyHelp("Shift+Left, Shift+Right", "Move the selected action or milestone by a week"),
            new KeyHelp("+, -", "Zoom in, zoom out"),
            new KeyHelp("0", "Zoom to fit the whole plan"),
            new KeyHelp("Page Up, Page Down", "Scroll a page up or down"),
            new KeyHelp("Home, End", "Scroll to the top or the bottom"),
            new KeyHelp("Esc", "Cancel a drag"));

    private final TimelineView view;
    private final Node scrollTarget;
    private final BooleanSupplier cancelDrag;
    private final EventHandler<KeyEvent> keys = this::keyPressed;
    private final EventHandler<ScrollEvent> scroll = this::scrolled;

    TimelineNavigation(TimelineView view, Node scrollTarget, BooleanSupplier cancelDrag) {
        this.view = view;
        this.scrollTarget = scrollTarget;
        this.cancelDrag = cancelDrag;
        view.addEventHandler(KeyEvent.KEY_PRESSED, keys);
        scrollTarget.addEventHandler(ScrollEvent.SCROLL, scroll);
    }

    void dispose() {
        view.removeEventHandler(KeyEvent.KEY_PRESSED, keys);
        scrollTarget.removeEventHandler(ScrollEvent.SCROLL, scroll);
    }

    private void keyPressed(KeyEvent e) {
        if (view.isPresentation()) {
            return;
        }
        double page = view.viewportHeight() - view.getAxisHeight();
        boolean handled = true;
        switch (e.getCode()) {
            case UP -> selectNext(-1);
            case DOWN -> selectNext(1);
            case LEFT, RIGHT -> {
                int sign = e.getCode() == javafx.scene.input.KeyCode.LEFT ? -1 : 1;
                if (!view.moveSelection(sign * (e.isShiftDown() ? 7L : 1L))) {
                    panBy(sign * (view.viewportWidth() - view.chartLeft()) / 8);
                }
            }
            case PLUS, EQUALS, ADD -> view.zoomIn();
            case MINUS, SUBTRACT -> view.zoomOut();
            case DIGIT0, NUMPAD0 -> view.zoomToFit();
            case PAGE_UP -> scrollBy(-page);
            case PAGE_DOWN -> scrollBy(page);
            case HOME -> scrollBy(-view.getVerticalOffset());
            case END -> scrollBy(view.maxVerticalOffset());
            case ESCAPE -> handled = cancelDrag.getAsBoolean();
            default -> handled = false;
        }
        if (handled) {
            e.consume();
        }
    }

    /** Selects the next (or previous) action row from the selection, or the first action in view. */
    private void selectNext(int direction) {
        TimelineRows rows = view.rows();
        int from = rows.indexOf(view.getSelectedActionId());
        if (from < 0) {
            from = direction > 0 ? Math.max(-1, rows.indexAt(view.getVerticalOffset()) - 1) : rows.size();
        }
        for (int i = from + direction; i >= 0 && i < rows.size(); i += direction) {
            if (rows.row(i).action() != null) {
                view.setSelectedMilestoneId(null);
                view.setSelectedActionId(rows.row(i).action().id());
                view.scrollToAction(rows.row(i).action().id());
                return;
            }
        }
    }

    private void scrolled(ScrollEvent e) {
        if (e.isControlDown() || e.isShortcutDown()) {
            if (e.getDeltaY() != 0) {
                double ppd = view.getPixelsPerDay();
                view.zoomAround(e.getDeltaY() > 0 ? TimelineZoom.closerThan(ppd) : TimelineZoom.widerThan(ppd),
                        e.getX());
            }
        } else {
            double dx = e.getDeltaX();
            double dy = e.getDeltaY();
            if (e.isShiftDown() && dx == 0) {
                dx = dy;
                dy = 0;
            }
            panBy(-dx);
            scrollBy(-dy);
        }
        e.consume();
    }

    private void panBy(double dx) {
        view.setHorizontalOffset(view.getHorizontalOffset() + dx);
        view.clampOffsets();
    }

    private void scrollBy(double dy) {
        view.setVerticalOffset(view.getVerticalOffset() + dy);
        view.clampOffsets();
    }
}

package org.jointplan.ui;

import javafx.animation.PauseTransition;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.jointplan.service.TaskRunner;
import org.jointplan.service.WindowLayout;
import org.jointplan.service.Workspace;

/**
 * The widths of the plan screen's side panes, the timeline's share of the height, and whether the editor's pane is
 * there at all. Side panes keep their width in pixels when the window is resized, so the timeline and the table get
 * whatever a small screen has left; until the user drags a divider, each side takes a share of the window. What the
 * user arranges is kept in the store ({@link WindowLayout}) a moment after they stop dragging.
 */
final class PaneLayout {
    private final SplitPane screen;
    private final Region navigator;
    private final Region side;
    private final SplitPane centre;
    private final BooleanProperty editorHidden;
    private final PauseTransition keepSoon = new PauseTransition(Duration.millis(800));
    private double navigatorWidth = -1;
    private double editorWidth = -1;
    private boolean sideShown;
    private boolean placed;
    private boolean placing;
    private boolean sharePaused;
    private boolean restored;
    private Runnable keep = () -> { };

    PaneLayout(SplitPane screen, Region navigator, Region side, SplitPane centre, BooleanProperty editorHidden) {
        this.screen = screen;
        this.navigator = navigator;
        this.side = side;
        this.centre = centre;
        this.editorHidden = editorHidden;
        screen.widthProperty().addListener((obs, was, width) -> {
            if (!placed && width.doubleValue() > 0) {
                place();
            }
        });
        navigator.widthProperty().addListener(o -> noteWidths());
        side.widthProperty().addListener(o -> noteWidths());
        centre.getDividers().get(0).positionProperty().addListener(o -> changed());
        keepSoon.setOnFinished(e -> keep.run());
    }

    /** Puts back the layout kept in the store, and from then on keeps what the user changes. */
    void remember(Workspace workspace, TaskRunner tasks) {
        tasks.run(() -> WindowLayout.saved(workspace), saved -> {
            saved.ifPresent(this::apply);
            restored = true;
            keep = () -> {
                WindowLayout now = current();
                try {
                    tasks.run(() -> {
                        WindowLayout.save(workspace, now);
                        return null;
                    }, done -> { }, failure -> { }); // an arrangement not kept is no reason to trouble the user
                } catch (java.util.concurrent.RejectedExecutionException closed) {
                    // the window closed its store a moment before: the arrangement goes with it
                }
            };
        }, failure -> { });
    }

    /** Adds or removes the editor's pane, giving its width to the timeline and the table meanwhile. */
    void showSide(boolean shown) {
        if (shown == sideShown) {
            return;
        }
        sideShown = shown;
        if (shown) {
            screen.getItems().add(side);
        } else {
            screen.getItems().remove(side);
        }
        place();
    }

    boolean sideShown() {
        return sideShown;
    }

    /** While the measures borrow the timeline's height, the divider's place is not the user's choice. */
    void pauseTimelineShare(boolean paused) {
        sharePaused = paused;
    }

    void changed() {
        if (restored && placed && !placing && !sharePaused) {
            keepSoon.playFromStart();
        }
    }

    private void apply(WindowLayout layout) {
        navigatorWidth = layout.navigatorWidth();
        editorWidth = layout.editorWidth();
        sharePaused = false;
        centre.setDividerPositions(layout.timelineShare());
        editorHidden.set(layout.editorHidden());
        place();
    }

    WindowLayout current() {
        return new WindowLayout(width(navigatorWidth, 0.15, 180, 280), width(editorWidth, 0.27, 340, 460),
                Math.max(0.05, Math.min(0.95, centre.getDividerPositions()[0])), editorHidden.get());
    }

    private void place() {
        double total = screen.getWidth();
        if (total <= 0) {
            return;
        }
        placed = true;
        placing = true;
        try {
            double nav = width(navigatorWidth, 0.15, 180, 280);
            double editor = width(editorWidth, 0.27, 340, 460);
            double sides = nav + (sideShown ? editor : 0);
            double scale = sides > total * 0.6 ? total * 0.6 / sides : 1; // the plan itself keeps 40% at least
            if (sideShown) {
                screen.setDividerPositions(nav * scale / total, 1 - editor * scale / total);
            } else {
                screen.setDividerPositions(nav * scale / total);
            }
        } finally {
            placing = false;
        }
    }

    /** The width the user gave a side pane, or else its share of the window within sensible bounds. */
    private double width(double chosen, double share, double min, double max) {
        return chosen > 0 ? chosen : Math.max(min, Math.min(max, screen.getWidth() * share));
    }

    private void noteWidths() {
        if (!placed || placing || screen.getWidth() <= 0) {
            return;
        }
        if (navigator.getWidth() > 0) {
            navigatorWidth = navigator.getWidth();
        }
        if (sideShown && side.getScene() != null && side.getWidth() > 0) {
            editorWidth = side.getWidth();
        }
        changed();
    }
}

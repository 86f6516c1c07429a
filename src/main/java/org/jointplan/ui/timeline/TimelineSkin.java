package org.jointplan.ui.timeline;

import javafx.geometry.Orientation;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SkinBase;

/**
 * Draws a {@link TimelineView} on one Canvas the size of the view, with a vertical scroll bar for the rows and a
 * horizontal one for the calendar. Any change to the control bumps its revision; the skin then redraws once, in the
 * next layout pass, so several changes in one event cost one paint.
 */
final class TimelineSkin extends SkinBase<TimelineView> {
    private final Canvas canvas = new Canvas();
    private final ScrollBar vertical = new ScrollBar();
    private final ScrollBar horizontal = new ScrollBar();
    private final TimelineEditController editor;
    private final TimelineNavigation navigation;
    private final TimelineTooltips tooltips;
    private boolean dirty = true;
    private boolean updatingBars;

    TimelineSkin(TimelineView view) {
        super(view);
        vertical.setOrientation(Orientation.VERTICAL);
        vertical.getStyleClass().add("timeline-scroll-bar");
        horizontal.getStyleClass().add("timeline-scroll-bar");
        canvas.getStyleClass().add("timeline-canvas");
        getChildren().addAll(canvas, vertical, horizontal);
        editor = new TimelineEditController(view, canvas);
        navigation = new TimelineNavigation(view, canvas, editor::cancel);
        tooltips = new TimelineTooltips(view, canvas);
        registerChangeListener(view.revisionProperty(), o -> markDirty());
        vertical.valueProperty().addListener((o, was, now) -> {
            if (!updatingBars) {
                view.setVerticalOffset(now.doubleValue());
            }
        });
        horizontal.valueProperty().addListener((o, was, now) -> {
            if (!updatingBars) {
                view.setHorizontalOffset(now.doubleValue());
            }
        });
    }

    private void markDirty() {
        dirty = true;
        getSkinnable().requestLayout();
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        TimelineView view = getSkinnable();
        boolean chrome = !view.isPresentation();
        double barWidth = chrome ? vertical.prefWidth(-1) : 0;
        double barHeight = chrome ? horizontal.prefHeight(-1) : 0;
        double width = Math.max(0, w - barWidth);
        double height = Math.max(0, h - barHeight);
        view.setViewport(x, y, width, height);
        view.clampOffsets();
        view.revealSelectionIfAsked();
        canvas.setWidth(Math.floor(width));
        canvas.setHeight(Math.floor(height));
        canvas.relocate(x, y);
        double axis = Math.min(height, view.getAxisHeight());
        vertical.setVisible(chrome);
        horizontal.setVisible(chrome);
        vertical.resizeRelocate(x + width, y + axis, barWidth, Math.max(0, height - axis));
        double left = Math.min(width, view.chartLeft());
        horizontal.resizeRelocate(x + left, y + height, Math.max(0, width - left), barHeight);
        updateScrollBars(view, width - left, height - axis);
        if (dirty) {
            dirty = false;
            TimelinePainter.paint(canvas.getGraphicsContext2D(), view, canvas.getWidth(), canvas.getHeight());
        }
    }

    private void updateScrollBars(TimelineView view, double chartWidth, double rowsHeight) {
        updatingBars = true;
        try {
            double maxV = view.maxVerticalOffset();
            vertical.setMax(maxV);
            vertical.setVisibleAmount(maxV <= 0 ? 1 : Math.max(1, rowsHeight) * maxV
                    / Math.max(1, view.rows().contentHeight()));
            vertical.setUnitIncrement(view.look().rowHeight);
            vertical.setBlockIncrement(Math.max(1, rowsHeight - view.look().rowHeight));
            vertical.setValue(view.getVerticalOffset());
            vertical.setDisable(maxV <= 0);
            double maxH = view.maxHorizontalOffset();
            horizontal.setMax(maxH);
            horizontal.setVisibleAmount(maxH <= 0 ? 1 : Math.max(1, chartWidth) * maxH / (maxH + chartWidth));
            horizontal.setUnitIncrement(view.getPixelsPerDay() * 7);
            horizontal.setBlockIncrement(Math.max(1, chartWidth * 0.8));
            horizontal.setValue(view.getHorizontalOffset());
            horizontal.setDisable(maxH <= 0);
        } finally {
            updatingBars = false;
        }
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return 960;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return 540;
    }

    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return 200;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return 120;
    }

    @Override
    public void dispose() {
        editor.dispose();
        navigation.dispose();
        tooltips.dispose();
        super.dispose();
    }
}

package org.jointplan.chart;

/**
 * What a drawn primitive stands for: tests find the mean line or a point by it, and the SVG names it as a class, so
 * no one has to recognise a line by its colour.
 */
public enum Role {
    BACKGROUND, TITLE, SUMMARY, GRID, AXIS, TICK_LABEL, UNIT, PERIOD_LABEL, VALUE_LINE, POINT, SUPPRESSED_LABEL,
    TARGET, TRAJECTORY, MEAN, LIMIT, REBASE, WARNING, MESSAGE, ICON, ICON_LABEL, LEGEND;

    /** The SVG class name: "tick-label". */
    public String cssName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}

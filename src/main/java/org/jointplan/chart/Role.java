package org.jointplan.chart;

/**
 * What a drawn primitive stands for: tests find the mean line or a point by it, and the SVG names it as a class, so
 * no one has to recognise a line by its colour.
 */
public enum Role {
    BACKGROUND, TITLE, SUMMARY, GRID, AXIS, TICK_LABEL, UNIT, PERIOD_LABEL, VALUE_LINE, POINT, SUPPRESSED_LABEL,
    TARGET, TRAJECTORY, MEAN, LIMIT, REBASE, WARNING, MESSAGE, ICON, ICON_LABEL, LEGEND,
    /** The timeline's: a lane's header band and words, an action's label, bar, status words, baseline outline,
     * the arrow of a bar that runs on past the range, a milestone, the as-at line, a committee date. */
    LANE, LANE_LABEL, ROW_LABEL, BAR, BAR_LABEL, BASELINE, RUNS_ON, MILESTONE, AS_AT, COMMITTEE;

    /** The SVG class name: "tick-label". */
    public String cssName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}

package org.jointplan.chart;

import org.jointplan.domain.Status;

/**
 * The BRAG colours of the statuses, as the window's CSS has them ({@code -jp-blue} … in ui/jointplan.css and
 * {@code -tl-complete-color} … in ui/timeline/timeline.css, which must mirror these): every surface outside CSS (the
 * timeline's pages, pictures and SVG, the package's picture) takes them from here. Each carries white text at 4.5:1
 * or better, so a status word can sit on its bar.
 */
public final class StatusColours {
    public static final ChartColour COMPLETE = ChartColour.hex("#1d5fb4");
    public static final ChartColour ON_TRACK = ChartColour.hex("#1f7a3a");
    public static final ChartColour AT_RISK = ChartColour.hex("#b35c00");
    public static final ChartColour OFF_TRACK = ChartColour.hex("#b3261e");
    public static final ChartColour NOT_STARTED = ChartColour.hex("#5f6368");
    /** The text written on a bar. */
    public static final ChartColour ON_BAR = ChartColour.WHITE;

    private StatusColours() {
    }

    public static ChartColour of(Status status) {
        return switch (status) {
            case COMPLETE -> COMPLETE;
            case ON_TRACK -> ON_TRACK;
            case AT_RISK -> AT_RISK;
            case OFF_TRACK -> OFF_TRACK;
            case NOT_STARTED -> NOT_STARTED;
        };
    }
}

package org.jointplan.chart;

import org.jointplan.domain.Status;

/**
 * The BRAG colours of the statuses on paper and in pictures: the light {@link Palette}, which the window's
 * stylesheet (ui/palette.css) also holds. Every surface outside CSS (the timeline's pages, pictures and SVG, the
 * package's picture and summary, the committee papers) takes them from here. Words on a fill take {@link #textOn}:
 * white on the dark fills, near-black on light amber.
 */
public final class StatusColours {
    public static final ChartColour COMPLETE = Palette.LIGHT.fill(Status.COMPLETE);
    public static final ChartColour ON_TRACK = Palette.LIGHT.fill(Status.ON_TRACK);
    public static final ChartColour AT_RISK = Palette.LIGHT.fill(Status.AT_RISK);
    public static final ChartColour OFF_TRACK = Palette.LIGHT.fill(Status.OFF_TRACK);
    public static final ChartColour NOT_STARTED = Palette.LIGHT.fill(Status.NOT_STARTED);
    /** White: the words on the dark fills. Amber's words are dark; use {@link #textOn(Status)}. */
    public static final ChartColour ON_BAR = ChartColour.WHITE;

    private StatusColours() {
    }

    public static ChartColour of(Status status) {
        return Palette.LIGHT.fill(status);
    }

    /** The colour of words on the status's fill, at 4.5:1 or better. */
    public static ChartColour textOn(Status status) {
        return Palette.LIGHT.textOn(status);
    }

    /** A bar's outline: its fill, or a darker shade where the fill alone is under 3:1 on white (amber). */
    public static ChartColour edge(Status status) {
        return Palette.LIGHT.edge(status);
    }
}

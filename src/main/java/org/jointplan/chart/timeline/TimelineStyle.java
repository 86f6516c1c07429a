package org.jointplan.chart.timeline;

import org.jointplan.chart.ChartColour;
import org.jointplan.chart.ChartPalette;
import org.jointplan.chart.Stroke;
import org.jointplan.chart.TextMetrics;

/**
 * The timeline's measures at text size t in a box of a given width: margins, the label column, row and bar heights,
 * and its colours beyond the statuses' (those of ui/timeline/timeline.css: purple for the as-at date, never a BRAG
 * colour, and teal for committee dates).
 */
record TimelineStyle(double t, double width) {
    static final ChartColour TEXT = ChartPalette.TEXT;
    static final ChartColour MUTED = ChartPalette.MUTED_TEXT;
    static final ChartColour MONTH_LINE = ChartPalette.GRID;
    static final ChartColour QUARTER_LINE = ChartColour.hex("#9aa3ad");
    static final ChartColour LANE_FILL = ChartColour.hex("#e6ecf3");
    static final ChartColour STRIPE = ChartColour.hex("#f5f7fa");
    static final ChartColour AS_AT = ChartColour.hex("#6a1b9a");
    static final ChartColour COMMITTEE = ChartColour.hex("#00695c");
    static final ChartColour MILESTONE = ChartColour.hex("#1b1f24");

    /** The narrowest box a timeline is laid out in. */
    static final double MIN_WIDTH = 300;

    double pad() {
        return 0.5 * t;
    }

    double titleSize() {
        return 1.25 * t;
    }

    /** Where the plot begins: the label column takes 28% of the width, at most 32 characters' worth. */
    double plotLeft() {
        return pad() + Math.min(0.28 * (width - 2 * pad()), 16 * t);
    }

    double plotRight() {
        return width - pad();
    }

    double rowHeight() {
        return 2.0 * t;
    }

    double barHeight() {
        return 1.3 * t;
    }

    /** The baseline of a row's text, from the row's top. */
    double textBaseline() {
        return 0.15 * t + (barHeight() - TextMetrics.lineHeight(t)) / 2 + TextMetrics.ascent(t);
    }

    Stroke asAtStroke() {
        return new Stroke(AS_AT, 0.16 * t, Stroke.Dash.DASHED);
    }

    Stroke baselineStroke() {
        return Stroke.solid(TEXT, 0.09 * t);
    }

    Stroke milestoneOutline() {
        return Stroke.solid(MILESTONE, 0.1 * t);
    }
}

package org.jointplan.chart;

import org.jointplan.domain.spc.PointType;

/**
 * The chart's colours. The SPC ones are NHSRplotthedots 0.2.2's {@code ptd_spc_colours()} (and its icons' colours),
 * so a chart reads like every other Making Data Count chart. WCAG asks 3:1 against white for graphics: a point whose
 * colour is lighter than that keeps its colour and gets a darker outline ({@link #outlineOf}); a line, which has no
 * outline, is drawn in its colour darkened to 3:1 (the package's grey limits and value line, #a6a6a6, are 2.4:1).
 */
public final class ChartPalette {
    public static final ChartColour COMMON_CAUSE = ChartColour.hex("#a6a6a6");
    public static final ChartColour IMPROVEMENT = ChartColour.hex("#00b0f0");
    public static final ChartColour NEITHER = ChartColour.hex("#490092");
    public static final ChartColour CONCERN = ChartColour.hex("#e46c0a");
    public static final ChartColour SPC_VALUE_LINE = lineOf(ChartColour.hex("#a6a6a6"));
    public static final ChartColour MEAN = ChartColour.hex("#000000");
    public static final ChartColour LIMIT = lineOf(ChartColour.hex("#a6a6a6"));
    public static final ChartColour TARGET = ChartColour.hex("#de1b1b");
    public static final ChartColour TRAJECTORY = ChartColour.hex("#490092");

    /** The icons' colours (inst/icons of the package): blue, orange, purple, and grey for common cause. */
    public static final ChartColour ICON_IMPROVEMENT = ChartColour.hex("#0072c6");
    public static final ChartColour ICON_CONCERN = lineOf(ChartColour.hex("#ff6600"));
    public static final ChartColour ICON_NEITHER = ChartColour.hex("#8000c0");
    public static final ChartColour ICON_COMMON = lineOf(ChartColour.hex("#bfbfbf"));
    public static final ChartColour ICON_GREY = ChartColour.hex("#7f7f7f");

    /** The line chart's values: NHS blue, 6.7:1. */
    public static final ChartColour VALUES = ChartColour.hex("#005eb8");
    public static final ChartColour TEXT = ChartColour.hex("#1a1a1a");
    public static final ChartColour MUTED_TEXT = ChartColour.hex("#4d4d4d");
    public static final ChartColour AXIS = ChartColour.hex("#595959");
    public static final ChartColour GRID = ChartColour.hex("#e3e3e3");
    public static final ChartColour REBASE = ChartColour.hex("#404040");
    /** The provisional-limits warning: dark amber, 7:1. */
    public static final ChartColour WARNING = ChartColour.hex("#8a4500");
    public static final ChartColour BACKGROUND = ChartColour.WHITE;

    private static final double GRAPHICS_CONTRAST = 3.0;

    private ChartPalette() {
    }

    /** The fill of a point of this classification. */
    public static ChartColour pointColour(PointType type) {
        return switch (type) {
            case COMMON_CAUSE -> COMMON_CAUSE;
            case SPECIAL_CAUSE_IMPROVEMENT -> IMPROVEMENT;
            case SPECIAL_CAUSE_CONCERN -> CONCERN;
            case SPECIAL_CAUSE_NEITHER -> NEITHER;
        };
    }

    /** The colour itself when it has 3:1 against white, else a darker shade of it (4.5:1) to outline it with. */
    public static ChartColour outlineOf(ChartColour fill) {
        return fill.contrastOnWhite() >= GRAPHICS_CONTRAST ? fill : fill.darkenedTo(4.5);
    }

    private static ChartColour lineOf(ChartColour colour) {
        return colour.darkenedTo(GRAPHICS_CONTRAST);
    }
}

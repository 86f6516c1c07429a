package org.jointplan.chart;

/**
 * Every named colour of the application, with its value in each {@link Theme}: the one place they are defined. The
 * window's stylesheet {@code ui/palette.css} holds the same values as looked-up colours named {@code -jp-} and the
 * swatch's CSS name (PaletteCssTest fails when the two drift); the writers of pictures, HTML, PDF and Word read the
 * light ones through {@link Palette} and {@link StatusColours}.
 */
public enum Swatch {
    // BRAG fills: amber is light and red and green dark, so they differ in luminance (projector-safe), not hue alone
    STATUS_BLUE("status-blue", "#1d5fb4", "#6ea8f0", "#0033a0"),
    STATUS_GREEN("status-green", "#1a6e33", "#2b9047", "#006400"),
    STATUS_AMBER("status-amber", "#f2a900", "#ffcf5c", "#ffd54f"),
    STATUS_RED("status-red", "#b3261e", "#d0342c", "#9b0000"),
    STATUS_GREY("status-grey", "#5f6368", "#8b929a", "#404040"),
    // neutrals
    SURFACE("surface", "#ffffff", "#1e2227", "#ffffff"),
    /** Header, filter and status bars; entries that stand on the surface. */
    RAISED("raised", "#f4f6f8", "#2a2f35", "#ffffff"),
    /** Every other row, and the timeline's label column. */
    STRIPE("stripe", "#f7f9fb", "#23282d", "#ffffff"),
    /** A priority's lane header on the timeline. */
    LANE("lane", "#e6ecf3", "#323840", "#e8e8e8"),
    BORDER("border", "#d0d5db", "#4a525c", "#000000"),
    GRID("grid", "#d3d8df", "#3d444c", "#767676"),
    /** Grid and rules on a projector, which washes faint lines out. */
    GRID_STRONG("grid-strong", "#9aa3ad", "#6b7480", "#000000"),
    TEXT("text", "#1b1f24", "#e6e9ed", "#000000"),
    MUTED("muted", "#4a5159", "#aab2bb", "#333333"),
    FOCUS("focus", "#0b57d0", "#8ab4f8", "#0030b0"),
    // words in a status's colour, readable on the surface (4.5:1): overdue, errors, measures' status
    TEXT_RED("text-red", "#b3261e", "#ff8a80", "#9b0000"),
    /** Red words on a light selection or a pale red background. */
    TEXT_RED_STRONG("text-red-strong", "#8c1d18", "#ffb4ab", "#7a0000"),
    TEXT_AMBER("text-amber", "#8a4700", "#ffc247", "#6b3a00"),
    TEXT_GREEN("text-green", "#1a6e33", "#6fd08c", "#006400"),
    /** Not a BRAG colour, so never mistaken for a status: today's line, decisions needed. */
    PURPLE("purple", "#6a1b9a", "#ce93d8", "#5b007f"),
    /** Committee dates, apart from today and from the statuses. */
    TEAL("teal", "#00695c", "#4db6ac", "#004d40"),
    WARNING_SURFACE("warning-surface", "#fff4e0", "#3d3220", "#ffffff"),
    WARNING_TEXT("warning-text", "#5c2f00", "#ffd58a", "#000000"),
    DANGER_SURFACE("danger-surface", "#fbe9e7", "#3f2222", "#ffffff");

    private final String cssName;
    private final ChartColour[] values;

    Swatch(String cssName, String light, String dark, String highContrast) {
        this.cssName = cssName;
        this.values = new ChartColour[] {ChartColour.hex(light), ChartColour.hex(dark), ChartColour.hex(highContrast)};
    }

    /** The looked-up colour's name in the stylesheet: "-jp-status-amber". */
    public String cssName() {
        return "-jp-" + cssName;
    }

    ChartColour in(Theme theme) {
        return values[theme.ordinal()];
    }
}

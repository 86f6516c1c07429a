package org.jointplan.chart;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jointplan.domain.Status;

/**
 * The colours of one {@link Theme}: the {@link Swatch}es, and what follows from them by rule: the words on each BRAG
 * fill (white or near-black, whichever reads better), a bar's edge (its fill, or a shade of it when the fill alone
 * is under 3:1 against the surface, as light amber is on white) and pale tints.
 */
public final class Palette {
    /** The share of a fill in the tint of an unfilled bar or a row, in the window and on a projector. */
    public static final double WINDOW_TINT = 0.25;
    public static final double PRESENTATION_TINT = 0.38;
    /** The dark text on light fills (amber, and every fill of the dark theme). */
    public static final ChartColour INK = ChartColour.hex("#0b0d10");
    public static final Palette LIGHT = new Palette(Theme.LIGHT);
    private static final Palette DARK = new Palette(Theme.DARK);
    private static final Palette HIGH_CONTRAST = new Palette(Theme.HIGH_CONTRAST);
    private static final double GRAPHICS = 3.0;

    private final Theme theme;
    private final Map<Swatch, ChartColour> colours = new EnumMap<>(Swatch.class);
    private final Map<Status, ChartColour> words = new EnumMap<>(Status.class);
    private final Map<Status, ChartColour> edges = new EnumMap<>(Status.class);

    private Palette(Theme theme) {
        this.theme = theme;
        for (Swatch s : Swatch.values()) {
            colours.put(s, s.in(theme));
        }
        for (Status s : Status.values()) { // worked out once: a 10,000-action timeline asks for each per bar
            words.put(s, textOn(fill(s)));
            edges.put(s, edge(fill(s), surface(), text()));
        }
    }

    public static Palette of(Theme theme) {
        return switch (theme) {
            case LIGHT -> LIGHT;
            case DARK -> DARK;
            case HIGH_CONTRAST -> HIGH_CONTRAST;
        };
    }

    public Theme theme() {
        return theme;
    }

    public ChartColour colour(Swatch swatch) {
        return colours.get(swatch);
    }

    /** The status's BRAG fill. */
    public ChartColour fill(Status status) {
        return colour(swatchOf(status));
    }

    /** The colour of words written on the status's fill. */
    public ChartColour textOn(Status status) {
        return words.get(status);
    }

    /** White or {@link #INK}, whichever has the greater contrast with the fill. */
    public static ChartColour textOn(ChartColour fill) {
        return ChartColour.WHITE.contrastWith(fill) >= INK.contrastWith(fill) ? ChartColour.WHITE : INK;
    }

    /** The outline of a bar of this status: its fill when that stands out 3:1 from the surface, else a shade of it. */
    public ChartColour edge(Status status) {
        return edges.get(status);
    }

    /** The fill moved towards the text colour a tenth at a time until it has 3:1 against the surface. */
    public static ChartColour edge(ChartColour fill, ChartColour surface, ChartColour text) {
        ChartColour edge = fill;
        for (int step = 1; edge.contrastWith(surface) < GRAPHICS && step <= 10; step++) {
            edge = fill.mixedWith(text, step / 10.0);
        }
        return edge;
    }

    /** A pale tint of the status's fill on the surface: {@code share} of the fill, 0 to 1. */
    public ChartColour tint(Status status, double share) {
        return surface().mixedWith(fill(status), share);
    }

    public ChartColour surface() {
        return colour(Swatch.SURFACE);
    }

    public ChartColour raised() {
        return colour(Swatch.RAISED);
    }

    public ChartColour text() {
        return colour(Swatch.TEXT);
    }

    public ChartColour muted() {
        return colour(Swatch.MUTED);
    }

    public ChartColour border() {
        return colour(Swatch.BORDER);
    }

    public ChartColour focus() {
        return colour(Swatch.FOCUS);
    }

    /** Overdue marks and words: red that reads as text on the surface. */
    public ChartColour overdue() {
        return colour(Swatch.TEXT_RED);
    }

    /**
     * Every looked-up colour the window's stylesheet must define for this theme, by name: each swatch, and the words
     * on each BRAG fill ({@code -jp-text-on-amber}).
     */
    public Map<String, ChartColour> lookedUpColours() {
        Map<String, ChartColour> css = new LinkedHashMap<>();
        colours.forEach((swatch, colour) -> css.put(swatch.cssName(), colour));
        for (Status s : Status.values()) {
            css.put("-jp-text-on-" + s.bragColour().toLowerCase(Locale.ROOT), textOn(s));
        }
        return css;
    }

    public static Swatch swatchOf(Status status) {
        return switch (status) {
            case COMPLETE -> Swatch.STATUS_BLUE;
            case ON_TRACK -> Swatch.STATUS_GREEN;
            case AT_RISK -> Swatch.STATUS_AMBER;
            case OFF_TRACK -> Swatch.STATUS_RED;
            case NOT_STARTED -> Swatch.STATUS_GREY;
        };
    }
}

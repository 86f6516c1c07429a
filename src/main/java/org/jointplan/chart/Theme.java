package org.jointplan.chart;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The window's themes; each has its {@link Palette}. Light is the default and what every export is drawn in. */
public enum Theme {
    LIGHT("Light"),
    DARK("Dark"),
    HIGH_CONTRAST("High contrast");

    private final String label;

    Theme(String label) {
        this.label = label;
    }

    /** The name in the View > Theme menu. */
    public String label() {
        return label;
    }

    /** How a theme is kept in the store's settings and named in the stylesheet: "high-contrast". */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The theme a setting names, if it names one (a setting written by a later version may not). */
    public static Optional<Theme> fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code().equals(code)).findFirst();
    }
}

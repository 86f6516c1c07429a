package org.jointplan.chart;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jointplan.domain.Status;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The BRAG fills of every theme stay apart on a washed-out projector: they differ in luminance, not only in hue, and
 * every word written on them reads at WCAG AA (AAA in the high-contrast theme). The figures are WCAG 2 contrast
 * ratios computed from the palette itself.
 */
class PaletteContrastTest {
    private static final double AMBER_APART = 2.5;
    private static final double TEXT = 4.5;
    private static final double GRAPHICS = 3.0;
    /** Pale tints (rows, unfilled bars) at the window's share of the fill, and at the presentation's stronger one. */
    private static final double TINTS_APART = 1.2;
    private static final double PROJECTED_TINTS_APART = 1.3;

    @ParameterizedTest
    @EnumSource(Theme.class)
    void amberDiffersFromRedAndFromGreenInLuminanceAsWellAsHue(Theme theme) {
        Palette p = Palette.of(theme);
        double red = p.fill(Status.AT_RISK).contrastWith(p.fill(Status.OFF_TRACK));
        double green = p.fill(Status.AT_RISK).contrastWith(p.fill(Status.ON_TRACK));
        assertTrue(red >= AMBER_APART, theme + ": amber against red is " + ratio(red));
        assertTrue(green >= AMBER_APART, theme + ": amber against green is " + ratio(green));
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void theWordsOnEveryFillReadAtLeastFourAndAHalfToOne(Theme theme) {
        Palette p = Palette.of(theme);
        double least = theme == Theme.HIGH_CONTRAST ? 7 : TEXT;
        for (Status s : Status.values()) {
            double ratio = p.textOn(s).contrastWith(p.fill(s));
            assertTrue(ratio >= least, theme + ": text on " + s.bragColour() + " is " + ratio(ratio));
        }
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void everyBarHasAnEdgeThatStandsOutFromTheSurface(Theme theme) {
        Palette p = Palette.of(theme);
        for (Status s : Status.values()) {
            double ratio = p.edge(s).contrastWith(p.surface());
            assertTrue(ratio >= GRAPHICS, theme + ": the edge of " + s.bragColour() + " is " + ratio(ratio));
        }
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void paleTintsOfAmberRedAndGreenStayApartAndCarryText(Theme theme) {
        Palette p = Palette.of(theme);
        ChartColour amber = p.tint(Status.AT_RISK, Palette.WINDOW_TINT);
        double red = amber.contrastWith(p.tint(Status.OFF_TRACK, Palette.WINDOW_TINT));
        double green = amber.contrastWith(p.tint(Status.ON_TRACK, Palette.WINDOW_TINT));
        assertTrue(red >= TINTS_APART, theme + ": amber and red tints are " + ratio(red));
        assertTrue(green >= TINTS_APART, theme + ": amber and green tints are " + ratio(green));
        ChartColour projected = p.tint(Status.AT_RISK, Palette.PRESENTATION_TINT);
        double projectedRed = projected.contrastWith(p.tint(Status.OFF_TRACK, Palette.PRESENTATION_TINT));
        double projectedGreen = projected.contrastWith(p.tint(Status.ON_TRACK, Palette.PRESENTATION_TINT));
        assertTrue(projectedRed >= PROJECTED_TINTS_APART, theme + ": projected amber and red " + ratio(projectedRed));
        assertTrue(projectedGreen >= PROJECTED_TINTS_APART, theme + ": projected amber and green "
                + ratio(projectedGreen));
        for (Status s : Status.values()) {
            double text = p.text().contrastWith(p.tint(s, Palette.PRESENTATION_TINT));
            assertTrue(text >= TEXT, theme + ": text on the " + s.bragColour() + " tint is " + ratio(text));
        }
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void textMutedTextAndFocusReadOnTheSurface(Theme theme) {
        Palette p = Palette.of(theme);
        assertTrue(p.text().contrastWith(p.surface()) >= 7, theme + ": text");
        assertTrue(p.muted().contrastWith(p.surface()) >= TEXT, theme + ": muted text");
        assertTrue(p.muted().contrastWith(p.raised()) >= TEXT, theme + ": muted text on a raised surface");
        assertTrue(p.focus().contrastWith(p.surface()) >= GRAPHICS, theme + ": focus ring");
        assertTrue(p.overdue().contrastWith(p.surface()) >= TEXT, theme + ": overdue words");
        assertTrue(p.border().contrastWith(p.surface()) >= (theme == Theme.HIGH_CONTRAST ? GRAPHICS : 1.4),
                theme + ": borders");
    }

    private static String ratio(double r) {
        return String.format(java.util.Locale.ROOT, "%.2f:1", r);
    }
}

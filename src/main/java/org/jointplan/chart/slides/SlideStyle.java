package org.jointplan.chart.slides;

import org.jointplan.chart.ChartColour;
import org.jointplan.chart.ChartPalette;
import org.jointplan.chart.Stroke;
import org.jointplan.chart.TextMetrics;

/**
 * A slide's measures, all following from its size: the text is a fixed share of the slide's height (narrowed by a
 * square screen's width), so a slide reads alike on a 1024 x 768 projector, a 1920 x 1080 screen and a 4K one at
 * any scaling; only the number of slides changes. Layout units are the slide's own (logical pixels on screen,
 * pixels in a PNG).
 *
 * @param t the ordinary text size
 */
record SlideStyle(double width, double height, double t) {
    /** About 36 lines of text to the height, as 30 px type on a 1080-line projector. */
    static final double LINES_PER_HEIGHT = 36;
    /** On a 4:3 or narrower screen the width decides: about 56 em across. */
    static final double EMS_PER_WIDTH = 56;
    /** Nothing is drawn smaller than this share of the ordinary size (the whole-plan slide's last resort). */
    static final double SMALLEST_SHARE = 0.75;
    /** The smallest slide laid out: below it the text would no longer be read from the back of a room. */
    static final double MIN_WIDTH = 320;
    static final double MIN_HEIGHT = 240;

    static final ChartColour TEXT = ChartPalette.TEXT;
    static final ChartColour MUTED = ChartPalette.MUTED_TEXT;
    static final ChartColour RULE = ChartColour.hex("#0d1117");
    static final ChartColour MONTH_LINE = ChartPalette.GRID;
    static final ChartColour QUARTER_LINE = ChartColour.hex("#9aa3ad");
    static final ChartColour STRIPE = ChartColour.hex("#f3f5f8");
    static final ChartColour BAND = ChartColour.hex("#e6ecf3");
    static final ChartColour AS_AT = ChartColour.hex("#6a1b9a");
    static final ChartColour COMMITTEE = ChartColour.hex("#00695c");
    static final ChartColour MILESTONE = ChartColour.hex("#1b1f24");

    SlideStyle {
        if (!(width >= MIN_WIDTH) || !(height >= MIN_HEIGHT) || width > 20_000 || height > 20_000) {
            throw new IllegalArgumentException("A slide must be 320 x 240 to 20000 x 20000 pixels.");
        }
    }

    /** The style of a slide of this size, at its ordinary text size. */
    static SlideStyle of(double width, double height) {
        return new SlideStyle(width, height, textSize(width, height));
    }

    /** The ordinary text size of a slide of this size. */
    static double textSize(double width, double height) {
        return Math.min(height / LINES_PER_HEIGHT, width / EMS_PER_WIDTH);
    }

    /** The smallest text drawn on a slide of this size. */
    static double smallestText(double width, double height) {
        return SMALLEST_SHARE * textSize(width, height);
    }

    /** The same slide at a smaller text size (never below the smallest). */
    SlideStyle withText(double size) {
        return new SlideStyle(width, height, Math.max(size, smallestText(width, height)));
    }

    double pad() {
        return 0.8 * t;
    }

    double titleSize() {
        return 1.3 * t;
    }

    double line() {
        return TextMetrics.lineSpacing(t);
    }

    double right() {
        return width - pad();
    }

    double bottom() {
        return height - pad();
    }

    Stroke rule() {
        return Stroke.solid(RULE, Math.max(1, 0.1 * t));
    }

    Stroke asAtStroke() {
        return new Stroke(AS_AT, Math.max(1.5, 0.14 * t), Stroke.Dash.DASHED);
    }

    Stroke milestoneOutline() {
        return Stroke.solid(MILESTONE, Math.max(1, 0.09 * t));
    }

    Stroke baselineStroke() {
        return Stroke.solid(TEXT, Math.max(1, 0.08 * t));
    }
}

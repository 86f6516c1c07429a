package org.jointplan.chart.slides;

import java.util.ArrayList;
import java.util.List;
import org.jointplan.chart.Box;
import org.jointplan.chart.ChartColour;
import org.jointplan.chart.Drawing;
import org.jointplan.chart.Role;
import org.jointplan.chart.TextMetrics;

/**
 * The primitives of one slide as they are laid out: shapes are painted first and words last, so that no bar,
 * milestone or line is ever painted over a word; and the places where a shortened text can be read in full.
 */
final class SlideCanvas {
    private final List<Drawing> shapes = new ArrayList<>();
    private final List<Drawing> words = new ArrayList<>();
    private final List<Slide.Tip> tips = new ArrayList<>();

    void shape(Drawing d) {
        if (d instanceof Drawing.Text) {
            throw new IllegalArgumentException("Words go through text().");
        }
        shapes.add(d);
    }

    /** A shape drawn with the words: a swatch under its own symbol, which the words are laid out around. */
    void wordShape(Drawing d) {
        words.add(d);
    }

    void text(Role role, double x, double baseline, String text, double size, boolean bold, Drawing.Anchor anchor,
              ChartColour colour) {
        if (!text.isEmpty()) {
            words.add(new Drawing.Text(role, x, baseline, text, size, bold, anchor, colour));
        }
    }

    /**
     * Lines of text from the first baseline down, left-aligned at x; when they hold less than the whole text, the
     * box they cover offers it in full. Returns the y below the last line.
     */
    double lines(Role role, double x, double firstBaseline, List<String> lines, double size, boolean bold,
                 ChartColour colour, String whole) {
        double baseline = firstBaseline;
        double widest = 0;
        for (String line : lines) {
            text(role, x, baseline, line, size, bold, Drawing.Anchor.START, colour);
            widest = Math.max(widest, TextMetrics.width(line, size, bold));
            baseline += TextMetrics.lineSpacing(size);
        }
        double top = firstBaseline - TextMetrics.ascent(size);
        double bottom = baseline - TextMetrics.lineSpacing(size) + TextMetrics.lineHeight(size) - TextMetrics
                .ascent(size);
        if (SlideText.shortened(lines)) {
            tips.add(new Slide.Tip(new Box(x, top, widest, bottom - top), whole));
        }
        return bottom;
    }

    /** Everything, shapes first. */
    List<Drawing> drawings() {
        List<Drawing> all = new ArrayList<>(shapes.size() + words.size());
        all.addAll(shapes);
        all.addAll(words);
        return all;
    }

    List<Slide.Tip> tips() {
        return tips;
    }
}

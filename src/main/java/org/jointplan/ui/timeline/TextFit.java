package org.jointplan.ui.timeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Measures and shortens text for the canvas. Measuring a string with a Text node for every row of every frame is
 * too slow, so each character's advance is measured once per font and added up (kerning ignored: a few tenths of a
 * pixel per word, which the margins absorb).
 */
final class TextFit {
    private static final String ELLIPSIS = "…";
    private static final Map<Font, TextFit> BY_FONT = new HashMap<>();

    private final Font font;
    private final double[] ascii = new double[0x3000];
    private final Map<Character, Double> others = new HashMap<>();
    private final Text probe = new Text();

    private TextFit(Font font) {
        this.font = font;
        probe.setFont(font);
        java.util.Arrays.fill(ascii, -1);
    }

    static TextFit of(Font font) {
        return BY_FONT.computeIfAbsent(font, TextFit::new);
    }

    double width(String s) {
        double w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += advance(s.charAt(i));
        }
        return w;
    }

    double lineHeight() {
        return Math.ceil(font.getSize() * 1.25);
    }

    private double advance(char c) {
        if (c < ascii.length) {
            if (ascii[c] < 0) {
                ascii[c] = measure(c);
            }
            return ascii[c];
        }
        return others.computeIfAbsent(c, this::measure);
    }

    private double measure(char c) {
        probe.setText(String.valueOf(c));
        return probe.getLayoutBounds().getWidth();
    }

    /** The text, or as much of it as fits in {@code max} pixels followed by an ellipsis ("" if not even that). */
    String ellipsize(String s, double max) {
        if (width(s) <= max) {
            return s;
        }
        double room = max - width(ELLIPSIS);
        double w = 0;
        int end = 0;
        while (end < s.length() && w + advance(s.charAt(end)) <= room) {
            w += advance(s.charAt(end));
            end++;
        }
        return end == 0 ? "" : s.substring(0, end).stripTrailing() + ELLIPSIS;
    }

    /** Wraps at spaces into at most {@code maxLines} lines of {@code max} pixels; the last one ellipsized. */
    List<String> wrap(String s, double max, int maxLines) {
        List<String> lines = new ArrayList<>();
        String rest = s.strip();
        while (!rest.isEmpty() && lines.size() < maxLines - 1 && width(rest) > max) {
            int cut = lastBreakThatFits(rest, max);
            if (cut <= 0) {
                break;
            }
            lines.add(rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).stripLeading();
        }
        if (!rest.isEmpty()) {
            lines.add(ellipsize(rest, max));
        }
        return lines;
    }

    private int lastBreakThatFits(String s, double max) {
        int best = -1;
        double w = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == ' ' && w <= max) {
                best = i;
            }
            w += advance(s.charAt(i));
            if (w > max && best >= 0) {
                break;
            }
        }
        return best;
    }
}

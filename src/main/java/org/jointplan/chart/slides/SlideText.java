package org.jointplan.chart.slides;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jointplan.chart.TextMetrics;

/**
 * Text broken into lines for a slide: at spaces, into at most so many lines no wider than the room. A word wider
 * than the room is broken where it must; text left over for the last line is shortened with "…" after as many of its
 * characters as fit, never to "…" alone.
 */
final class SlideText {
    static final String ELLIPSIS = "\u2026";

    private SlideText() {
    }

    /** The lines of the text, at least one (empty text gives one empty line). */
    static List<String> lines(String text, double size, boolean bold, double room, int maxLines) {
        String clean = text == null ? "" : text.strip();
        if (TextMetrics.width(clean, size, bold) <= room) {
            return List.of(clean); // the usual case, at the cost of one measure
        }
        List<String> lines = new ArrayList<>();
        int max = Math.max(1, maxLines);
        String rest = clean;
        while (!rest.isEmpty()) {
            if (lines.size() == max - 1) {
                lines.add(shortened(rest, size, bold, room));
                return lines;
            }
            int end = lineEnd(rest, size, bold, room);
            lines.add(rest.substring(0, end).stripTrailing());
            rest = rest.substring(end).stripLeading();
        }
        return lines.isEmpty() ? List.of("") : lines;
    }

    /**
     * The lines of texts that repeat across a deck (a status's words, an exception's tag, a date), broken once per
     * distinct text and room: a 10,000-action plan asks for the same few thousands of times.
     */
    static final class Memo {
        private record Key(String text, double size, boolean bold, double room, int maxLines) {
        }

        private final Map<Key, List<String>> lines = new HashMap<>();

        List<String> lines(String text, double size, boolean bold, double room, int maxLines) {
            return lines.computeIfAbsent(new Key(text, size, bold, room, maxLines),
                    k -> List.copyOf(SlideText.lines(text, size, bold, room, maxLines)));
        }
    }

    /** Whether the lines hold less than the whole text. */
    static boolean shortened(List<String> lines) {
        return !lines.isEmpty() && lines.get(lines.size() - 1).endsWith(ELLIPSIS);
    }

    /** Where the first line of the text ends: after the last word that fits, else inside a too-long first word. */
    private static int lineEnd(String text, double size, boolean bold, double room) {
        int fits = 0;
        double width = 0; // of text[0, fits), measured a word at a time so a long text costs its length once
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || Character.isWhitespace(text.charAt(i))) {
                double upTo = width + TextMetrics.width(text.substring(fits, i), size, bold);
                if (upTo > room) {
                    break;
                }
                fits = i;
                width = upTo;
                if (i == text.length()) {
                    return i;
                }
            }
        }
        if (fits > 0) {
            return fits;
        }
        int end = 1; // no whole word fits: as many characters as do, at least one
        while (end < text.length() && TextMetrics.width(text.substring(0, end + 1), size, bold) <= room) {
            end++;
        }
        return end;
    }

    /** The whole text when it fits, else its leading characters (at least one) and "…". */
    private static String shortened(String text, double size, boolean bold, double room) {
        if (TextMetrics.width(text, size, bold) <= room) {
            return text;
        }
        int lo = 1;
        int hi = text.length() - 1;
        while (lo < hi) { // the longest start that fits with its ellipsis
            int mid = (lo + hi + 1) / 2;
            if (TextMetrics.width(text.substring(0, mid).stripTrailing() + ELLIPSIS, size, bold) <= room) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        String start = text.substring(0, lo);
        int space = start.lastIndexOf(' ');
        if (space > start.length() / 2) {
            start = start.substring(0, space); // end at a word where that loses little
        }
        return start.stripTrailing() + ELLIPSIS;
    }
}

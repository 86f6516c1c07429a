package org.jointplan.bundle.merge;

import java.util.List;

/**
 * Two versions of a text, each shortened to the part where they differ: the text they share before the first
 * difference is elided down to a little context, so that a change near the end of a long value still shows.
 */
final class ValueExcerpts {
    /** Longest excerpt shown, not counting the ellipses. */
    static final int MAX = 60;
    /** Characters of shared text kept on each side of the difference. */
    static final int CONTEXT = 12;

    private ValueExcerpts() {
    }

    static List<String> of(String a, String b) {
        if (a.length() <= MAX && b.length() <= MAX) {
            return List.of(a, b);
        }
        int prefix = 0;
        while (prefix < a.length() && prefix < b.length() && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.length() - prefix && suffix < b.length() - prefix
                && a.charAt(a.length() - 1 - suffix) == b.charAt(b.length() - 1 - suffix)) {
            suffix++;
        }
        int from = Math.max(0, prefix - CONTEXT);
        return List.of(excerpt(a, from, a.length() - suffix), excerpt(b, from, b.length() - suffix));
    }

    /** The text from {@code from}, through the end of the difference and a little context, at most MAX long. */
    private static String excerpt(String s, int from, int differenceEnd) {
        if (s.isEmpty()) {
            return s;
        }
        int start = Character.isLowSurrogate(s.charAt(Math.min(from, s.length() - 1))) ? from - 1 : from;
        int end = Math.min(s.length(), Math.min(differenceEnd + CONTEXT, start + MAX));
        if (end < s.length() && end > 0 && Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return (start > 0 ? "…" : "") + s.substring(start, end) + (end < s.length() ? "…" : "");
    }
}

package org.jointplan.domain;

/**
 * Text rules shared by the records, and the one way to show untrusted text on a terminal. Text arrives from the
 * window, the command line and partners' packages; control characters in it could redraw a terminal or reorder what
 * a reader sees (escape sequences, carriage returns, bidi overrides), so the records refuse them: a one-line field
 * (a title, an owner, a name) takes no line breaks or tabs either, a long text (a description, notes, a reason) may
 * hold line breaks and tabs but nothing else.
 */
public final class Text {
    private Text() {
    }

    static String orEmpty(String s) {
        return s == null ? "" : s.strip();
    }

    /** A one-line field, possibly empty. */
    static String line(String s, String what) {
        return checked(orEmpty(s), what, false);
    }

    /** A one-line field that must be given. */
    static String requiredLine(String s, String what) {
        return nonEmpty(line(s, what), what);
    }

    /** A long text, possibly empty: line breaks and tabs are kept. */
    static String paragraph(String s, String what) {
        return checked(orEmpty(s), what, true);
    }

    /** A long text that must be given. */
    static String requiredParagraph(String s, String what) {
        return nonEmpty(paragraph(s, what), what);
    }

    /** Whether the text holds no control character, line break, tab or bidi control: one plain line. */
    public static boolean isOneLine(String s) {
        return s.chars().noneMatch(c -> isControl(c, false));
    }

    /**
     * Text kept before these rules (a store of an earlier version) made to obey them: each character a one-line
     * field may not hold becomes a space; what is left blank becomes "?", so that a required field stays given.
     */
    public static String asOneLine(String s) {
        return made(s, false);
    }

    /** As {@link #asOneLine}, for a long text: line breaks and tabs are kept. */
    public static String asParagraph(String s) {
        return made(s, true);
    }

    private static String made(String s, boolean longText) {
        if (s == null || s.chars().noneMatch(c -> isControl(c, longText))) {
            return s;
        }
        StringBuilder made = new StringBuilder(s.length());
        s.chars().forEach(c -> made.append(isControl(c, longText) ? ' ' : (char) c));
        String stripped = made.toString().strip();
        return stripped.isEmpty() ? "?" : stripped;
    }

    /**
     * The text with every control character, line break and bidi control shown as a visible escape such as
     * {@code \u001b}, so that it stays on one line and draws nothing: for every line a terminal prints.
     */
    public static String printable(String s) {
        if (s == null || isOneLine(s)) {
            return s;
        }
        StringBuilder shown = new StringBuilder(s.length() + 16);
        s.chars().forEach(c -> {
            if (isControl(c, false)) {
                shown.append(String.format("\\u%04x", c));
            } else {
                shown.append((char) c);
            }
        });
        return shown.toString();
    }

    private static String nonEmpty(String value, String what) {
        if (value.isEmpty()) {
            throw new ValidationException(what + " cannot be empty.");
        }
        return value;
    }

    private static String checked(String value, String what, boolean longText) {
        for (int i = 0; i < value.length(); i++) {
            if (isControl(value.charAt(i), longText)) {
                // the value itself is never quoted: it may be what a terminal would obey
                throw new ValidationException(what + (longText
                        ? " cannot contain control characters (line breaks and tabs are fine)."
                        : " must be one line, without line breaks, tabs or control characters."));
            }
        }
        return value;
    }

    /**
     * C0 and C1 controls, DEL, the bidi embeddings, overrides and isolates, and (in one-line text) the Unicode line
     * and paragraph separators.
     */
    private static boolean isControl(int c, boolean longText) {
        if (c == '\n' || c == '\r' || c == '\t') {
            return !longText;
        }
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)
                || (!longText && (c == 0x2028 || c == 0x2029));
    }
}

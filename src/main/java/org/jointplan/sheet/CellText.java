package org.jointplan.sheet;

/**
 * Text that a spreadsheet must show as text. A cell beginning with {@code =}, {@code +}, {@code -} or {@code @} (or
 * a tab or carriage return before one) is run as a formula by Excel and LibreOffice when a CSV file is opened, so a
 * partner's action title could call out to the network or run a command (OWASP, "CSV Injection"). As OWASP advises,
 * such a cell is written with an apostrophe before it; so is a cell that itself begins with an apostrophe, so that
 * reading back strips exactly the one apostrophe added ({@link #unguarded}) and every text comes back as it was.
 */
public final class CellText {
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CellText() {
    }

    /** Whether a spreadsheet would read the text as a formula. */
    public static boolean looksLikeFormula(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
    }

    /** The text as a CSV cell: with an apostrophe before it when it begins with a formula character or one. */
    public static String guarded(String text) {
        return looksLikeFormula(text) || text.startsWith("'") ? "'" + text : text;
    }

    /** The text {@link #guarded} was given: one leading apostrophe removed when the writer would have added it. */
    public static String unguarded(String cell) {
        if (cell.length() > 1 && cell.charAt(0) == '\'') {
            String rest = cell.substring(1);
            if (looksLikeFormula(rest) || rest.startsWith("'")) {
                return rest;
            }
        }
        return cell;
    }
}

package org.jointplan.service;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jointplan.domain.ValidationException;

/**
 * A figure as a spreadsheet shows it: "36.6", "36.6%", "1,121", " 42 ", "-0.5". Refused: text, a suppressed figure
 * ("&lt; 5", which stands for a real one that must be entered), and not-a-number or infinity.
 */
final class FigureText {
    private static final Pattern PLAIN = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern GROUPED = Pattern.compile("[-+]?\\d{1,3}(,\\d{3})+(\\.\\d*)?");
    private static final Pattern NOT_FINITE = Pattern.compile("[-+]?(nan|inf|infinity|∞)", Pattern.CASE_INSENSITIVE);

    private FigureText() {
    }

    /** The figure, or null for an empty cell. */
    static Double read(String cell) {
        String s = cleaned(cell);
        if (s.isEmpty()) {
            return null;
        }
        if (s.startsWith("<")) {
            throw new ValidationException("'" + cell.strip() + "' is a suppressed figure, which cannot be stored;"
                    + " enter the real figure (it is shown as '" + cell.strip() + "' where it is published).");
        }
        String number = s.endsWith("%") ? s.substring(0, s.length() - 1).strip() : s;
        if (GROUPED.matcher(number).matches()) {
            number = number.replace(",", "");
        }
        if (!PLAIN.matcher(number).matches()) {
            throw new ValidationException("'" + cell.strip() + "' is not a number.");
        }
        return Double.valueOf(number);
    }

    /**
     * Whether a cell is a heading rather than a figure: not a number, and not one of the figures refused for what
     * they are (a suppressed figure, not-a-number), which must be refused where they stand, never skipped.
     */
    static boolean isHeading(String cell) {
        String s = cleaned(cell);
        if (s.isEmpty() || s.startsWith("<") || NOT_FINITE.matcher(s).matches()) {
            return false;
        }
        try {
            read(cell);
            return false;
        } catch (ValidationException e) {
            return true;
        }
    }

    /** Excel's non-breaking spaces and the typographic minus are what a copied figure often carries. */
    private static String cleaned(String cell) {
        return cell == null ? "" : cell.replace('\u00a0', ' ').replace('\u2212', '-').strip()
                .toLowerCase(Locale.ROOT);
    }
}

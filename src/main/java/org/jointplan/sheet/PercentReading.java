package org.jointplan.sheet;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads percent complete as trackers write it: 40, "40%", 0.4 (a cell formatted as a percentage, or a column whose
 * numbers are all fractions of one), "c. 25%" (an approximate figure, taken as written and noted).
 */
final class PercentReading {
    private static final Pattern FIGURE = Pattern.compile(
            "(c\\.?|ca\\.?|circa|approx\\.?|approximately|about|around|~|>|<|over|under)?\\s*(\\d{1,3}(?:\\.\\d+)?)\\s*(%|percent|per cent)?");

    /** A percent as read: the whole number (0-100), or null for none; a note when it was not plain. */
    record Value(Integer percent, String note) {
    }

    private PercentReading() {
    }

    /** Whether the column's numbers are fractions of one (0.4 is 40%): all of them between 0 and 1, one not 0. */
    static boolean fractions(List<GridCell> column) {
        boolean any = false;
        for (GridCell c : column) {
            if (c.number() != null && !c.percent()) {
                if (c.number() < 0 || c.number() > 1) {
                    return false;
                }
                any |= c.number() > 0 && c.number() < 1;
            }
        }
        return any;
    }

    static Value read(GridCell cell, boolean fractions) {
        if (cell == null || cell.error() || cell.text().isBlank()) {
            return new Value(null, null);
        }
        if (cell.number() != null) {
            double n = cell.percent() || fractions ? cell.number() * 100 : cell.number();
            return ranged(n, null, cell.text());
        }
        String t = cell.text().strip().toLowerCase(Locale.UK);
        if (t.matches("n/?a|-|–|none|tbc|\\?")) {
            return new Value(null, null);
        }
        Matcher m = FIGURE.matcher(t);
        if (!m.matches()) {
            return new Value(null, "'" + cell.text().strip() + "' is not a percentage, so percent complete was left"
                    + " out.");
        }
        double n = Double.parseDouble(m.group(2));
        if (m.group(3) == null && fractions && n <= 1) {
            n = n * 100;
        }
        String note = m.group(1) == null ? null
                : "'" + cell.text().strip() + "' is approximate; it was read as " + Math.round(n) + "%.";
        return ranged(n, note, cell.text());
    }

    private static Value ranged(double n, String note, String written) {
        if (n < 0 || n > 100) {
            return new Value(null, "'" + written.strip() + "' is not between 0% and 100%, so percent complete was"
                    + " left out.");
        }
        return new Value((int) Math.round(n), note);
    }
}

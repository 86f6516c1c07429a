package org.jointplan.sheet.write;

import java.util.List;
import org.jointplan.domain.BragKey;

/**
 * Column widths that fit, in characters: each column as wide as its header (with room for the filter's button) or
 * its longest line, up to its cap, beyond which its text wraps. Counted from the text rather than measured by the
 * spreadsheet library, which would need fonts and take seconds for a large plan.
 */
final class ColumnWidths {
    private static final int FILTER_BUTTON = 3;
    private static final int PADDING = 2;

    private ColumnWidths() {
    }

    static int[] of(List<TrackerRow> rows, BragKey key) {
        TrackerColumn[] columns = TrackerColumn.values();
        int[] widths = new int[columns.length];
        for (int i = 0; i < columns.length; i++) {
            widths[i] = columns[i].header().length() + FILTER_BUTTON;
        }
        for (TrackerRow row : rows) {
            String word = key.label(row.status());
            for (int i = 0; i < columns.length; i++) {
                if (widths[i] < columns[i].widest()) {
                    widths[i] = Math.max(widths[i], longestLine(row.text(columns[i], word)) + PADDING);
                }
            }
        }
        for (int i = 0; i < columns.length; i++) {
            widths[i] = Math.min(widths[i], Math.max(columns[i].widest(), columns[i].header().length()
                    + FILTER_BUTTON));
        }
        return widths;
    }

    private static int longestLine(String text) {
        int longest = 0;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                longest = Math.max(longest, i - start);
                start = i + 1;
            }
        }
        return longest;
    }
}

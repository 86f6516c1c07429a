package org.jointplan.service;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits pasted lines into cells. Excel puts tabs between cells; text from elsewhere may use semicolons or commas.
 * A comma is a separator only when a line starts with a period before it, since "1,121" is one figure.
 */
final class PastedCells {
    static final char NONE = 0;

    private PastedCells() {
    }

    static char separator(List<String> lines) {
        if (lines.stream().anyMatch(l -> l.indexOf('\t') >= 0)) {
            return '\t';
        }
        if (lines.stream().anyMatch(l -> l.indexOf(';') >= 0)) {
            return ';';
        }
        boolean periodThenComma = lines.stream().anyMatch(l -> l.indexOf(',') > 0
                && PeriodText.isPeriod(split(l, ',').get(0)));
        return periodThenComma ? ',' : NONE;
    }

    /** The cells of a line; a cell in double quotes may hold the separator, and "" stands for one quote. */
    static List<String> split(String line, char separator) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"' && quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"' && (quoted || cell.toString().isBlank())) {
                quoted = !quoted;
            } else if (c == separator && separator != NONE && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}

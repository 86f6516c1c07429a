package org.jointplan.sheet;

import java.util.List;

/**
 * One row of a sheet: its number as Excel shows it, whether it is hidden, and its non-blank cells in column order.
 *
 * @param mergedWidth the widest merged region starting in this row, in columns (1 when none)
 */
record GridRow(int number, boolean hidden, int mergedWidth, List<GridCell> cells) {
    GridRow {
        cells = List.copyOf(cells);
    }

    GridCell cell(int column) {
        for (GridCell c : cells) {
            if (c.column() == column) {
                return c;
            }
        }
        return null;
    }

    String text(int column) {
        GridCell c = cell(column);
        return c == null ? "" : c.text().strip();
    }

    /** The cells holding text (not only a fill). */
    List<GridCell> filled() {
        return cells.stream().filter(c -> !c.text().isBlank()).toList();
    }
}

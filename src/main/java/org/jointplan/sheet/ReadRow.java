package org.jointplan.sheet;

import java.util.List;
import java.util.Objects;

/**
 * One action row of the file as read.
 *
 * @param sheet     the sheet's name ("" for a CSV file)
 * @param row       the row number as Excel shows it, from 1
 * @param priority  the priority the action goes into
 * @param reference the reference as written, or empty
 * @param title     the action's title as it will be stored
 * @param cells     each mapped cell of the row, in column order
 */
public record ReadRow(String sheet, int row, String priority, String reference, String title,
                      List<ReadCell> cells) {
    public ReadRow {
        Objects.requireNonNull(sheet, "sheet");
        priority = priority == null ? "" : priority;
        reference = reference == null ? "" : reference;
        title = title == null ? "" : title;
        cells = List.copyOf(cells);
    }

    /** "Sheet 'SLCN', row 7", or "Row 7" in a CSV file. */
    public String where() {
        return SheetPlaces.row(sheet, row);
    }
}

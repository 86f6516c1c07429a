package org.jointplan.sheet;

import java.time.LocalDate;

/**
 * One cell as the file held it, whatever the file's format: its text as shown, and what more a workbook knows.
 *
 * @param column  index from 0
 * @param text    the value as shown (a date as dd/mm/yyyy), stripped of nothing
 * @param date    a real date cell's day, else null
 * @param number  a number cell's value (a formula's cached result too), else null
 * @param percent whether the cell is formatted as a percentage (0.4 shows 40%)
 * @param fill    the fill's BRAG colour word ("Red", "Amber", "Green", "Blue", "Grey"), or null for none or another
 * @param error   an error value such as #VALUE!
 */
record GridCell(int column, String text, LocalDate date, Double number, boolean percent, String fill,
                boolean error) {
    GridCell {
        text = text == null ? "" : text;
    }

    static GridCell text(int column, String text) {
        return new GridCell(column, text, null, null, false, null, false);
    }

    boolean isBlank() {
        return text.isBlank() && fill == null;
    }
}

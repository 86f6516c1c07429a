package org.jointplan.sheet;

import java.util.Objects;

/**
 * How one cell was read: where it is, the field it fills, what it held and the value the plan will hold.
 *
 * @param cell    the cell's name, "F7"
 * @param written what the cell showed (a date as dd/mm/yyyy, a fill as "amber fill"), stripped
 * @param value   the value as the plan will hold it ("31/03/2025", "At risk", "40%", "Nottingham City Council"),
 *                or "?" while a question on it is open
 */
public record ReadCell(String cell, SheetField field, String written, String value) {
    public ReadCell {
        Objects.requireNonNull(cell, "cell");
        Objects.requireNonNull(field, "field");
        written = written == null ? "" : written;
        value = value == null ? "" : value;
    }
}

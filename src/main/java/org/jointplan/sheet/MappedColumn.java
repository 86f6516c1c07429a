package org.jointplan.sheet;

import java.util.Objects;

/**
 * One column of a sheet as the import reads it: its letter, its header as written, and the field it fills.
 *
 * @param letter the column's letter, "A", "F", "AB"
 * @param header the header cell's text as written (stripped), possibly empty
 */
public record MappedColumn(String letter, String header, SheetField field) {
    public MappedColumn {
        Objects.requireNonNull(letter, "letter");
        header = header == null ? "" : header.strip();
        Objects.requireNonNull(field, "field");
    }
}

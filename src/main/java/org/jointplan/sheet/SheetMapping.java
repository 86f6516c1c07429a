package org.jointplan.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which field each column fills, as suggested from the header words or as the person set it. A column is found by
 * its header text (ignoring case and spacing) on every sheet that has it, else by its letter; an entry may give
 * either or both (see docs/spreadsheet-import.md for the JSON form).
 */
public record SheetMapping(List<Entry> columns) {

    /**
     * One column's field.
     *
     * @param column the column's letter ("F"), or empty to match by header only
     * @param header the header as written, or empty to match by letter only
     */
    public record Entry(String column, String header, SheetField field) {
        public Entry {
            column = column == null ? "" : column.strip().toUpperCase(java.util.Locale.ROOT);
            header = header == null ? "" : header.strip();
            Objects.requireNonNull(field, "field");
            if (column.isEmpty() && header.isEmpty()) {
                throw new IllegalArgumentException("A mapping entry needs a column letter or a header.");
            }
            if (!column.isEmpty() && SheetPlaces.column(column) < 0) {
                throw new IllegalArgumentException("'" + column + "' is not a column letter.");
            }
        }
    }

    public SheetMapping {
        columns = columns == null ? List.of() : List.copyOf(columns);
    }

    /** The field this mapping gives a column: by its header first, then by its letter. */
    public Optional<SheetField> fieldOf(String letter, String header) {
        String h = SheetAnswers.comparable(header);
        if (!h.isEmpty()) {
            for (Entry e : columns) {
                if (SheetAnswers.comparable(e.header()).equals(h)
                        && (e.column().isEmpty() || e.column().equals(letter))) {
                    return Optional.of(e.field());
                }
            }
            for (Entry e : columns) {
                if (SheetAnswers.comparable(e.header()).equals(h)) {
                    return Optional.of(e.field());
                }
            }
        }
        return columns.stream().filter(e -> e.header().isEmpty() && e.column().equals(letter)).map(Entry::field)
                .findFirst();
    }

    /** This mapping with a column's field changed (as the person edits the preview). */
    public SheetMapping with(String letter, String header, SheetField field) {
        List<Entry> changed = new ArrayList<>(columns);
        changed.removeIf(e -> e.column().equals(letter) || (!header.isBlank()
                && SheetAnswers.comparable(e.header()).equals(SheetAnswers.comparable(header))));
        changed.add(new Entry(letter, header, field));
        return new SheetMapping(changed);
    }
}

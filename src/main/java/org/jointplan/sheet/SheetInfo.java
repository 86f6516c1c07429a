package org.jointplan.sheet;

import java.util.List;
import java.util.Objects;

/**
 * One sheet of the file as found: whether it was read, where its header is, its shape and its columns.
 *
 * @param headerRow the header's row number as Excel shows it (from 1), or 0 when none was found
 * @param read      false for a sheet left out: hidden, not chosen, empty or without a header row
 * @param actions   how many actions were read from it
 */
public record SheetInfo(String name, boolean read, int headerRow, SheetShape shape, List<MappedColumn> columns,
                        int actions) {
    public SheetInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(shape, "shape");
        columns = List.copyOf(columns);
    }
}

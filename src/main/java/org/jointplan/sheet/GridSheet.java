package org.jointplan.sheet;

import java.util.List;

/** One sheet (a CSV file is one sheet named "") with its non-blank rows in order. */
record GridSheet(String name, boolean hidden, List<GridRow> rows) {
    GridSheet {
        rows = List.copyOf(rows);
    }
}

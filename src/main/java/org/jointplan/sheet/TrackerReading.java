package org.jointplan.sheet;

import java.util.List;

/** Reads a tracker's sheets of cells into a preview: header rows, shape, mapping, values, questions, the plan. */
final class TrackerReading {
    private final String source;
    private final List<GridSheet> sheets;
    private final SheetRequest request;

    TrackerReading(String source, List<GridSheet> sheets, SheetRequest request) {
        this.source = source;
        this.sheets = sheets;
        this.request = request;
    }

    SheetPreview preview() {
        throw new SheetException("Reading spreadsheets is not finished yet.");
    }
}

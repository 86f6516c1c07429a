package org.jointplan.sheet;

import java.nio.file.Path;
import java.util.List;

/**
 * Reads a tracker (.xlsx, .xlsm, .xls or .csv) into a preview of the plan it holds. Reading never stores anything,
 * never runs a macro, and refuses a file it cannot read in one sentence ({@link SheetException}).
 */
public final class SheetReader {
    private SheetReader() {
    }

    public static SheetPreview preview(Path file, SheetRequest request) {
        SheetLogging.quiet();
        List<GridSheet> sheets = SheetFiles.read(file);
        return new TrackerReading(file.getFileName().toString(), sheets, request).preview();
    }
}

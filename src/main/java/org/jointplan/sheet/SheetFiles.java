package org.jointplan.sheet;

import java.nio.file.Path;
import java.util.List;

/** Opens a spreadsheet file of any supported format as its sheets of cells. */
final class SheetFiles {
    private SheetFiles() {
    }

    static List<GridSheet> read(Path file) {
        throw new SheetException("Reading spreadsheets is not finished yet.");
    }
}

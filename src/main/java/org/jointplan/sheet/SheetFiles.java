package org.jointplan.sheet;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.poi.poifs.filesystem.FileMagic;

/**
 * Opens a spreadsheet file of any supported format as its sheets of cells, by what the file holds rather than its
 * name: an Office Open XML workbook (.xlsx, .xlsm: read as data, its macros never run), an older Excel workbook
 * (.xls), or text (.csv). Anything else, and a file too large or too many rows, is refused in one sentence.
 */
final class SheetFiles {
    /** More rows than any delivery plan holds; memory stays bounded because reading stops here. */
    static final int MAX_ROWS = 50_000;
    static final long MAX_FILE_BYTES = 200L * 1024 * 1024;

    private SheetFiles() {
    }

    static List<GridSheet> read(Path file) {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new SheetException(name + " cannot be found; check the file's name and folder.");
        }
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new SheetException(name + " is empty; it holds no spreadsheet.");
            }
            if (size > MAX_FILE_BYTES) {
                throw new SheetException(name + " is larger than any delivery plan's tracker (over 200 MB); check"
                        + " that it is the right file.");
            }
            FileMagic magic;
            try (InputStream in = FileMagic.prepareToCheckMagic(new BufferedInputStream(Files.newInputStream(file)))) {
                magic = FileMagic.valueOf(in);
            }
            return switch (magic) {
                case OOXML -> XlsxSheets.read(file);
                case OLE2 -> XlsSheets.read(file);
                default -> {
                    if (looksLikeText(name)) {
                        yield CsvSheets.read(file);
                    }
                    throw notASpreadsheet(name);
                }
            };
        } catch (IOException e) {
            throw new SheetException(name + " cannot be read; check that it exists and that you may open it.", e);
        }
    }

    private static boolean looksLikeText(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".csv") || lower.endsWith(".txt") || lower.endsWith(".tsv");
    }

    static SheetException notASpreadsheet(String name) {
        return new SheetException(name + " is not a spreadsheet JointPlan can read; save it from Excel as .xlsx,"
                + " .xls or .csv and import that.");
    }

    static SheetException passwordProtected(String name) {
        return new SheetException(name + " is protected by a password; open it in Excel, remove the password"
                + " (File > Info > Protect Workbook) and import the saved copy.");
    }

    static SheetException tooManyRows(String name) {
        return new SheetException(name + " holds more than " + String.format("%,d", MAX_ROWS) + " rows, more than"
                + " any delivery plan; delete the rows that are not actions, or copy the plan's sheet into a new"
                + " workbook, and import that.");
    }
}

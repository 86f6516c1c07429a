package org.jointplan.service;

import java.nio.file.Path;
import java.util.Locale;
import org.jointplan.bundle.PackageException;
import org.jointplan.domain.ReportPosition;
import org.jointplan.domain.ValidationException;
import org.jointplan.report.LibraryLogging;
import org.jointplan.sheet.write.CsvTracker;
import org.jointplan.sheet.write.Tracker;
import org.jointplan.sheet.write.XlsxTracker;

/**
 * The plan as at a date written as a spreadsheet tracker, .xlsx or CSV by the file's name, whole or not at all
 * (through {@link AtomicFile}); a refused name writes nothing. The spreadsheet libraries load only here, when a
 * tracker is written. Call from the background thread.
 */
public final class SheetExports {
    /** The formats, by file extension. */
    public enum Format {
        XLSX, CSV;

        public String extension() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private SheetExports() {
    }

    /** The format a file name asks for; any other name is refused before anything is made. */
    public static Format formatOf(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (Format f : Format.values()) {
            String ext = "." + f.extension();
            if (name.endsWith(ext) && name.length() > ext.length()) {
                return f;
            }
        }
        throw new ValidationException("Choose a file name ending in .xlsx or .csv for the spreadsheet.");
    }

    /** The tracker's bytes; a CSV is one table whatever the layout. */
    public static byte[] bytes(ReportPosition position, Format format, boolean sheetPerPriority) {
        Tracker tracker = Tracker.of(position);
        if (format == Format.CSV) {
            return CsvTracker.write(tracker);
        }
        LibraryLogging.quiet(); // POI logs through the Log4j API, which would print to the terminal
        try {
            return XlsxTracker.write(tracker, sheetPerPriority);
        } catch (IllegalStateException e) {
            throw new PackageException(e.getMessage(), e); // the writer's one plain sentence; the log keeps why
        }
    }

    /**
     * Writes the tracker of the position to the file, replacing it whole.
     *
     * @param sheetPerPriority in a workbook, a sheet for each priority instead of one
     * @return how many actions it holds
     */
    public static int write(ReportPosition position, boolean sheetPerPriority, Path out) {
        Format format = formatOf(out);
        AtomicFile.write(out, bytes(position, format, sheetPerPriority), "spreadsheet");
        return position.actions().size();
    }
}

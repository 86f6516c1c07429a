package org.jointplan.sheet.write;

import org.jointplan.sheet.CellText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The tracker as CSV: one header record and a record per action in the tracker's columns, UTF-8 with a byte order
 * mark (without it Excel reads the file as the machine's code page and garbles £ and dashes), quoted as RFC 4180
 * says (Commons CSV: CRLF between records, a field with a comma, quote or line break in quotes). Every cell that
 * Excel would run as a formula is guarded ({@link CellText}). A plain table: the title, as-at date and key are the
 * workbook's, since a line above the header would break the many tools that read a CSV's first line as its header.
 */
public final class CsvTracker {
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private CsvTracker() {
    }

    public static byte[] write(Tracker tracker) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            out.write(BYTE_ORDER_MARK);
            List<String> cells = new ArrayList<>();
            for (TrackerColumn column : TrackerColumn.values()) {
                cells.add(column.header());
            }
            csv.printRecord(cells);
            for (TrackerRow row : tracker.rows()) {
                cells.clear();
                String word = tracker.key().label(row.status());
                for (TrackerColumn column : TrackerColumn.values()) {
                    cells.add(CellText.guarded(row.text(column, word)));
                }
                csv.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return bytes.toByteArray();
    }
}

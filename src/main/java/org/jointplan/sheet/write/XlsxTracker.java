package org.jointplan.sheet.write;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jointplan.domain.BragKey;
import org.jointplan.domain.Direction;

/**
 * The tracker as an .xlsx workbook, laid out as councils keep theirs: on each sheet the plan's title and its "As at"
 * line, then the header row (bold, with filters, frozen with the reference column and printed on every page), a row
 * per action, columns as wide as their longest line up to a cap, long text wrapping; real dates shown dd/mm/yyyy;
 * the status as the plan's word on its BRAG fill; and a Key sheet with the plan's words and meanings. Text cells are
 * always strings, never formulas. Rows stream to disk as they are written (POI's SXSSF), so a large plan's workbook
 * takes little memory.
 */
public final class XlsxTracker {
    static final String ONE_SHEET = "Tracker";
    static final String KEY_SHEET = "Key";
    /** The title, the as-at line, then the header. */
    private static final int HEADER_ROW = 2;
    private static final int ROWS_IN_MEMORY = 200;
    private static final int SHEET_NAME_LIMIT = 31;

    private XlsxTracker() {
    }

    /**
     * @param sheetPerPriority a sheet for each priority, named by its order and short name; else one sheet
     * @throws IllegalStateException with one plain sentence, when the workbook cannot be made
     */
    public static byte[] write(Tracker tracker, boolean sheetPerPriority) {
        SXSSFWorkbook book = new SXSSFWorkbook(null, ROWS_IN_MEMORY, false, false);
        try {
            XlsxStyles styles = new XlsxStyles(book);
            if (sheetPerPriority && !tracker.sections().isEmpty()) {
                Set<String> taken = new HashSet<>(Set.of(KEY_SHEET.toLowerCase(Locale.ROOT)));
                for (Tracker.Section section : tracker.sections()) {
                    actionsSheet(book.createSheet(sheetName(section, taken)), tracker, section.rows(), styles);
                }
            } else {
                actionsSheet(book.createSheet(ONE_SHEET), tracker, tracker.rows(), styles);
            }
            keySheet(book.createSheet(KEY_SHEET), tracker.key(), styles);
            book.getXSSFWorkbook().getProperties().getCoreProperties().setTitle(tracker.title() + " as at "
                    + org.jointplan.domain.UkDates.numeric(tracker.asAt()));
            ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("The spreadsheet could not be made (" + e.getMessage() + ").", e);
        } finally {
            book.dispose(); // the rows' temporary files
        }
    }

    private static void actionsSheet(Sheet sheet, Tracker tracker, List<TrackerRow> rows, XlsxStyles styles) {
        TrackerColumn[] columns = TrackerColumn.values();
        int[] widths = ColumnWidths.of(rows, tracker.key());
        for (int i = 0; i < columns.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        text(sheet.createRow(0), 0, tracker.title(), styles.title);
        text(sheet.createRow(1), 0, tracker.asAtLine(), styles.text);
        Row header = sheet.createRow(HEADER_ROW);
        for (int i = 0; i < columns.length; i++) {
            text(header, i, columns[i].header(), styles.header);
        }
        int r = HEADER_ROW + 1;
        for (TrackerRow row : rows) {
            actionRow(sheet.createRow(r++), row, tracker.key(), styles);
        }
        sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, HEADER_ROW + rows.size(), 0, columns.length - 1));
        sheet.createFreezePane(1, HEADER_ROW + 1);
        sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
        landscapeOnePageWide(sheet);
    }

    private static void actionRow(Row out, TrackerRow row, BragKey key, XlsxStyles styles) {
        TrackerColumn[] columns = TrackerColumn.values();
        for (int i = 0; i < columns.length; i++) {
            TrackerColumn column = columns[i];
            switch (column.kind()) {
                case DATE -> {
                    Cell cell = out.createCell(i);
                    cell.setCellStyle(styles.date);
                    if (row.date(column) != null) {
                        cell.setCellValue(row.date(column));
                    }
                }
                case PERCENT -> {
                    Cell cell = out.createCell(i);
                    cell.setCellStyle(styles.percent);
                    cell.setCellValue(row.percentComplete() / 100.0);
                }
                case STATUS -> text(out, i, key.label(row.status()), styles.status(row.status()));
                case TEXT, LONG_TEXT -> {
                    String value = row.text(column, "");
                    text(out, i, value, styles.text(column.kind() == TrackerColumn.Kind.LONG_TEXT, value));
                }
            }
        }
    }

    /** A string cell (never a formula), left blank when the text is empty. */
    private static void text(Row row, int column, String value, org.apache.poi.ss.usermodel.CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        if (!value.isEmpty()) {
            cell.setCellValue(value);
        }
    }

    private static void keySheet(Sheet sheet, BragKey key, XlsxStyles styles) {
        sheet.setColumnWidth(0, 18 * 256);
        sheet.setColumnWidth(1, 10 * 256);
        sheet.setColumnWidth(2, 70 * 256);
        Row header = sheet.createRow(0);
        text(header, 0, "Status", styles.header);
        text(header, 1, "Colour", styles.header);
        text(header, 2, "Meaning", styles.header);
        int r = 1;
        for (BragKey.Entry entry : key.inReadingOrder()) {
            Row row = sheet.createRow(r++);
            text(row, 0, entry.label(), styles.status(entry.status()));
            text(row, 1, entry.colour(), styles.text);
            text(row, 2, entry.meaning(), styles.text(true, entry.meaning()));
        }
        text(sheet.createRow(r + 1), 0, "Direction of travel: each action's status against the previous report: "
                + String.join(", ", List.of(Direction.IMPROVED.describe(), Direction.NO_CHANGE.describe(),
                        Direction.WORSE.describe(), Direction.NEW.describe())) + " (not in the previous report).",
                styles.text);
    }

    /** "1 SLCN": the priority's order and short name, as a sheet may be named (31 characters, no []:*?/\). */
    private static String sheetName(Tracker.Section section, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(section.order() + " " + section.shortName(), '-');
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = base.substring(0, Math.min(base.length(), SHEET_NAME_LIMIT - suffix.length())) + suffix;
        }
        return name;
    }

    private static void landscapeOnePageWide(Sheet sheet) {
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
    }
}

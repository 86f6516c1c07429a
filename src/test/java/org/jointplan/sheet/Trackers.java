package org.jointplan.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Trackers as councils lay them out, built cell by cell in a test: a value starting with "=" is a formula, a
 * {@link LocalDate} a real date cell, a {@link Fill} a cell with only a fill colour, a Double formatted as a percent
 * when wrapped in {@link Percent}.
 */
final class Trackers {
    record Fill(IndexedColors colour) {
    }

    record Percent(double fraction) {
    }

    record Merged(String text, int width) {
    }

    /** A workbook being built: sheets of rows. */
    static final class Book implements AutoCloseable {
        final Workbook wb;
        private Sheet sheet;
        private final CellStyle date;
        private final CellStyle percent;

        Book(boolean xlsx) {
            wb = xlsx ? new XSSFWorkbook() : new HSSFWorkbook();
            date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            percent = wb.createCellStyle();
            percent.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("0%"));
        }

        Book sheet(String name) {
            sheet = wb.createSheet(name);
            return this;
        }

        Book hiddenSheet(String name) {
            sheet(name);
            wb.setSheetHidden(wb.getSheetIndex(sheet), true);
            return this;
        }

        /** Row {@code number} (from 1) with cells from column A. */
        Book row(int number, Object... values) {
            Row row = sheet.createRow(number - 1);
            for (int c = 0; c < values.length; c++) {
                Object v = values[c];
                if (v == null) {
                    continue;
                }
                Cell cell = row.createCell(c);
                if (v instanceof LocalDate d) {
                    cell.setCellValue(d);
                    cell.setCellStyle(date);
                } else if (v instanceof Percent p) {
                    cell.setCellValue(p.fraction());
                    cell.setCellStyle(percent);
                } else if (v instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else if (v instanceof Fill f) {
                    CellStyle s = wb.createCellStyle();
                    s.setFillForegroundColor(f.colour().getIndex());
                    s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                    cell.setCellStyle(s);
                } else if (v instanceof Merged m) {
                    cell.setCellValue(m.text());
                    sheet.addMergedRegion(new CellRangeAddress(number - 1, number - 1, c, c + m.width() - 1));
                } else if (v.toString().startsWith("=")) {
                    cell.setCellFormula(v.toString().substring(1));
                } else {
                    cell.setCellValue(v.toString());
                }
            }
            return this;
        }

        Book hiddenRow(int number, Object... values) {
            row(number, values);
            sheet.getRow(number - 1).setZeroHeight(true);
            return this;
        }

        Path save(Path file) throws IOException {
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll(); // cached values, as Excel saves them
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            return file;
        }

        @Override
        public void close() throws IOException {
            wb.close();
        }
    }

    private Trackers() {
    }

    static Book xlsx() {
        return new Book(true);
    }

    static Book xls() {
        return new Book(false);
    }

    static Path csv(Path file, String text, Charset charset, boolean bom) throws IOException {
        byte[] body = text.getBytes(charset);
        try (OutputStream out = Files.newOutputStream(file)) {
            if (bom) {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            out.write(body);
        }
        return file;
    }
}

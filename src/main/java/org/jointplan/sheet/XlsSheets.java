package org.jointplan.sheet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFCell;
import org.apache.poi.hssf.usermodel.HSSFCellStyle;
import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.hssf.util.HSSFColor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * An older Excel workbook (.xls, at most 65,536 rows a sheet, so it is read whole), or an encrypted .xlsx (which is
 * stored in the same container and refused as password-protected). Formulas give their cached values; macros are
 * never run.
 */
final class XlsSheets {
    private XlsSheets() {
    }

    static List<GridSheet> read(Path file) {
        String name = file.getFileName().toString();
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            if (fs.getRoot().hasEntry("EncryptionInfo")) {
                throw SheetFiles.passwordProtected(name);
            }
            try (HSSFWorkbook workbook = new HSSFWorkbook(fs.getRoot(), true)) {
                List<GridSheet> sheets = new ArrayList<>();
                int rowsSoFar = 0;
                for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                    HSSFSheet sheet = workbook.getSheetAt(i);
                    List<GridRow> rows = rows(sheet, workbook.getInternalWorkbook().isUsing1904DateWindowing());
                    rowsSoFar += rows.size();
                    if (rowsSoFar > SheetFiles.MAX_ROWS) {
                        throw SheetFiles.tooManyRows(name);
                    }
                    sheets.add(new GridSheet(sheet.getSheetName(),
                            workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i), rows));
                }
                return sheets;
            }
        } catch (EncryptedDocumentException e) {
            throw SheetFiles.passwordProtected(name);
        } catch (SheetException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw SheetFiles.notASpreadsheet(name);
        }
    }

    private static List<GridRow> rows(HSSFSheet sheet, boolean date1904) {
        Map<Integer, Integer> merged = new HashMap<>();
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            merged.merge(region.getFirstRow() + 1, region.getLastColumn() - region.getFirstColumn() + 1,
                    Math::max);
        }
        List<GridRow> rows = new ArrayList<>();
        for (int r = sheet.getFirstRowNum(); r <= sheet.getLastRowNum(); r++) {
            HSSFRow row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            List<GridCell> cells = new ArrayList<>();
            for (int c = Math.max(0, row.getFirstCellNum()); c < row.getLastCellNum(); c++) {
                HSSFCell cell = row.getCell(c);
                GridCell read = cell == null ? null : cell(cell, date1904);
                if (read != null && !read.isBlank()) {
                    cells.add(read);
                }
            }
            if (!cells.isEmpty()) {
                rows.add(new GridRow(r + 1, row.getZeroHeight(), merged.getOrDefault(r + 1, 1), cells));
            }
        }
        return rows;
    }

    private static GridCell cell(HSSFCell cell, boolean date1904) {
        HSSFCellStyle style = cell.getCellStyle();
        String fill = null;
        if (style.getFillPattern() == FillPatternType.SOLID_FOREGROUND) {
            HSSFColor colour = style.getFillForegroundColorColor();
            if (colour != null) {
                short[] t = colour.getTriplet();
                fill = FillColours.word(t[0], t[1], t[2]);
            }
        }
        int column = cell.getColumnIndex();
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                : cell.getCellType();
        return switch (type) {
            case NUMERIC -> NumberCells.cell(column, cell.getNumericCellValue(), style.getDataFormat(),
                    style.getDataFormatString(), date1904, fill);
            case STRING -> new GridCell(column, cell.getRichStringCellValue().getString(), null, null, false, fill,
                    false);
            case BOOLEAN -> new GridCell(column, cell.getBooleanCellValue() ? "TRUE" : "FALSE", null, null, false,
                    fill, false);
            case ERROR -> new GridCell(column, errorText(cell), null, null, false, fill, true);
            default -> fill == null ? null : new GridCell(column, "", null, null, false, fill, false);
        };
    }

    private static String errorText(HSSFCell cell) {
        try {
            return FormulaError.forInt(cell.getErrorCellValue()).getString();
        } catch (IllegalArgumentException e) {
            return "#ERROR!";
        }
    }
}

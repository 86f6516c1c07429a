package org.jointplan.sheet;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/** A workbook's number cell as the import sees it: a real date, a percentage, or a number as Excel shows it. */
final class NumberCells {
    static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);
    private static final ThreadLocal<DataFormatter> FORMATTER =
            ThreadLocal.withInitial(() -> new DataFormatter(Locale.UK));

    private NumberCells() {
    }

    static GridCell cell(int column, double value, int formatIndex, String format, boolean date1904, String fill) {
        String f = format == null ? "General" : format;
        if (DateUtil.isADateFormat(formatIndex, f) && DateUtil.isValidExcelDate(value)) {
            LocalDate day = DateUtil.getLocalDateTime(value, date1904).toLocalDate();
            return new GridCell(column, UK.format(day), day, value, false, fill, false);
        }
        boolean percent = f.contains("%");
        String shown = FORMATTER.get().formatRawCellContents(value, formatIndex, f, date1904);
        return new GridCell(column, shown, null, value, percent, fill, false);
    }
}

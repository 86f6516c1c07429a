package org.jointplan.sheet.write;

import org.jointplan.sheet.CellText;
import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.jointplan.chart.ChartColour;
import org.jointplan.chart.StatusColours;
import org.jointplan.domain.Status;

/**
 * The few cell styles of the tracker, made once per workbook (Excel allows some 64,000; a style per cell would
 * bloat the file): the title, the header, text that keeps to one line or wraps (each also quote-prefixed, so a text
 * beginning with "=" stays text when someone edits the cell in Excel), real dates shown dd/mm/yyyy, percentages,
 * and each status on its BRAG fill in bold white, the colours of {@link StatusColours}.
 */
final class XlsxStyles {
    private static final ChartColour HEADER_FILL = ChartColour.hex("#d9d9d9");

    final XSSFCellStyle title;
    final XSSFCellStyle header;
    final XSSFCellStyle text;
    final XSSFCellStyle textQuoted;
    final XSSFCellStyle longText;
    final XSSFCellStyle longTextQuoted;
    final XSSFCellStyle date;
    final XSSFCellStyle percent;
    private final Map<Status, XSSFCellStyle> statuses = new EnumMap<>(Status.class);

    XlsxStyles(Workbook book) {
        XSSFFont bold = (XSSFFont) book.createFont();
        bold.setBold(true);
        XSSFFont large = (XSSFFont) book.createFont();
        large.setBold(true);
        large.setFontHeightInPoints((short) 14);
        title = style(book, false);
        title.setFont(large);
        header = style(book, true);
        header.setFont(bold);
        header.setFillForegroundColor(colour(HEADER_FILL));
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        text = style(book, false);
        textQuoted = quoted(book, text);
        longText = style(book, true);
        longTextQuoted = quoted(book, longText);
        date = style(book, false);
        date.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy"));
        percent = style(book, false);
        percent.setDataFormat(book.createDataFormat().getFormat("0%"));
        XSSFFont white = (XSSFFont) book.createFont();
        white.setBold(true);
        white.setColor(colour(StatusColours.ON_BAR));
        for (Status status : Status.values()) {
            XSSFCellStyle fill = style(book, false);
            fill.setFont(white);
            fill.setFillForegroundColor(colour(StatusColours.of(status)));
            fill.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            statuses.put(status, fill);
        }
    }

    XSSFCellStyle status(Status status) {
        return statuses.get(status);
    }

    /** Text in a column of its kind, quote-prefixed when a spreadsheet would take it for a formula. */
    XSSFCellStyle text(boolean wraps, String value) {
        boolean quote = CellText.looksLikeFormula(value);
        return wraps ? (quote ? longTextQuoted : longText) : (quote ? textQuoted : text);
    }

    private static XSSFCellStyle style(Workbook book, boolean wraps) {
        XSSFCellStyle style = (XSSFCellStyle) book.createCellStyle();
        style.setVerticalAlignment(VerticalAlignment.TOP);
        style.setWrapText(wraps);
        return style;
    }

    private static XSSFCellStyle quoted(Workbook book, XSSFCellStyle like) {
        XSSFCellStyle style = (XSSFCellStyle) book.createCellStyle();
        style.cloneStyleFrom(like);
        style.setQuotePrefixed(true);
        return style;
    }

    private static XSSFColor colour(ChartColour c) {
        return new XSSFColor(new byte[] {(byte) c.red(), (byte) c.green(), (byte) c.blue()}, null);
    }
}

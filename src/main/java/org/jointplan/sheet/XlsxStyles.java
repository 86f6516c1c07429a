package org.jointplan.sheet;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

/** What a cell's style says to the import: its number format and the BRAG word of its solid fill; looked up once. */
final class XlsxStyles {
    private record Style(int formatIndex, String format, String fill) {
    }

    private final StylesTable table;
    private final Map<Integer, Style> byIndex = new HashMap<>();

    XlsxStyles(StylesTable table) {
        this.table = table;
    }

    int formatIndex(int index) {
        return style(index).formatIndex();
    }

    String format(int index) {
        return style(index).format();
    }

    String fill(int index) {
        return style(index).fill();
    }

    private Style style(int index) {
        return byIndex.computeIfAbsent(index, this::load);
    }

    private Style load(int index) {
        try {
            XSSFCellStyle s = table.getStyleAt(index);
            if (s == null) {
                return new Style(0, "General", null);
            }
            String fill = null;
            if (s.getFillPattern() == FillPatternType.SOLID_FOREGROUND) {
                XSSFColor colour = s.getFillForegroundXSSFColor();
                byte[] rgb = colour == null ? null : colour.getRGBWithTint();
                fill = FillColours.word(rgb != null ? rgb : colour == null ? null : colour.getRGB()); // indexed

            }
            return new Style(s.getDataFormat(), s.getDataFormatString(), fill);
        } catch (RuntimeException e) {
            return new Style(0, "General", null); // a damaged style reads as plain
        }
    }
}

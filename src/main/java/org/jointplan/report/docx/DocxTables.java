package org.jointplan.report.docx;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jointplan.report.Block;
import org.jointplan.report.Cell;
import org.jointplan.report.Column;
import org.jointplan.report.PageSetup;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * A report table as a real Word table in the Table Grid style: its caption above, a header row that repeats on each
 * page, rows that do not break across pages, columns sharing the printable width by their weights, and status
 * cells shaded in their BRAG colour with white text.
 */
final class DocxTables {
    private static final String HEADER_FILL = "E7EAEE";

    private DocxTables() {
    }

    static void write(XWPFDocument doc, Block.Table table, PageSetup page) {
        if (!table.caption().isBlank()) {
            XWPFParagraph caption = doc.createParagraph();
            caption.setStyle(DocxStyles.CAPTION);
            DocxXml.pPr(caption).addNewKeepNext();
            DocxText.append(caption, table.caption(), DocxText.Look.PLAIN);
        }
        if (table.columns().isEmpty()) {
            return; // Word refuses a row without cells
        }
        long[] widths = widths(table.columns(), DocxXml.twips(page.printableWidth()).longValue());
        XWPFTable t = doc.createTable();
        t.removeRow(0);
        frame(t.getCTTbl(), widths);
        XWPFTableRow header = row(t, widths, true, true);
        for (int c = 0; c < widths.length; c++) {
            Column column = table.columns().get(c);
            XWPFTableCell cell = header.getCell(c);
            shade(cell, HEADER_FILL);
            text(cell, column.header(), column.numeric(), DocxText.Look.BOLD);
        }
        for (List<Cell> cells : table.rows()) {
            XWPFTableRow row = row(t, widths, false, fitsOnAPage(cells, widths, page));
            for (int c = 0; c < widths.length; c++) {
                Cell cell = cells.get(c);
                XWPFTableCell wordCell = row.getCell(c);
                DocxText.Look look = DocxText.Look.PLAIN;
                if (cell.status() != null) {
                    shade(wordCell, StatusFills.fill(cell.status()));
                    look = new DocxText.Look(true, StatusFills.text(cell.status()));
                }
                text(wordCell, cell.text(), table.columns().get(c).numeric(), look);
            }
        }
    }

    /**
     * Whether a row is short enough to keep whole on one page: Word cuts off a row it must not split that is taller
     * than the page, as one with a 5,000-character reason would be. Estimated from its longest cell, in lines of
     * 9.5 pt text (about 0.5 em a character) at 13 pt apart, against a third of the page.
     */
    static boolean fitsOnAPage(List<Cell> cells, long[] widths, PageSetup page) {
        double tallest = 0;
        for (int c = 0; c < widths.length; c++) {
            String text = cells.get(c).text();
            double perLine = Math.max(1, (widths[c] / 20.0 - 6) / 4.75);
            double lines = Math.ceil(text.length() / perLine) + text.chars().filter(ch -> ch == '\n').count();
            tallest = Math.max(tallest, lines * 13 + 4);
        }
        return tallest < page.printableHeight() / 3;
    }

    /** Twips for each column by weight, adding up to exactly the printable width. */
    static long[] widths(List<Column> columns, long total) {
        double sum = columns.stream().mapToDouble(Column::weight).sum();
        long[] widths = new long[columns.size()];
        long used = 0;
        for (int i = 0; i < widths.length; i++) {
            widths[i] = i == widths.length - 1 ? total - used : Math.round(total * columns.get(i).weight() / sum);
            used += widths[i];
        }
        return widths;
    }

    private static void frame(CTTbl tbl, long[] widths) {
        CTTblPr pr = tbl.getTblPr() == null ? tbl.addNewTblPr() : tbl.getTblPr();
        if (pr.isSetTblBorders()) {
            pr.unsetTblBorders();
        }
        (pr.isSetTblStyle() ? pr.getTblStyle() : pr.addNewTblStyle()).setVal(DocxStyles.TABLE);
        CTTblWidth width = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(java.util.Arrays.stream(widths).sum()));
        pr.addNewTblLayout().setType(STTblLayoutType.FIXED);
        CTTblGrid grid = tbl.getTblGrid() == null ? tbl.addNewTblGrid() : tbl.getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (long w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
    }

    private static XWPFTableRow row(XWPFTable t, long[] widths, boolean header, boolean whole) {
        // not XWPFTable.createRow, which counts the rows each time: 10,000 rows would take minutes
        XWPFTableRow row = new XWPFTableRow(t.getCTTbl().addNewTr(), t);
        CTTrPr trPr = row.getCtRow().addNewTrPr();
        if (whole) {
            trPr.addNewCantSplit();
        }
        if (header) {
            trPr.addNewTblHeader();
        }
        for (long width : widths) {
            XWPFTableCell cell = row.addNewTableCell();
            CTTblWidth tcW = cell.getCTTc().addNewTcPr().addNewTcW();
            tcW.setType(STTblWidth.DXA);
            tcW.setW(BigInteger.valueOf(width));
        }
        return row;
    }

    private static void shade(XWPFTableCell cell, String fill) {
        CTTcPr pr = cell.getCTTc().getTcPr();
        CTShd shd = pr.addNewShd();
        shd.setVal(STShd.CLEAR);
        shd.setColor("auto");
        shd.setFill(fill);
    }

    private static void text(XWPFTableCell cell, String text, boolean numeric, DocxText.Look look) {
        XWPFParagraph p = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
        if (numeric) {
            p.setAlignment(ParagraphAlignment.RIGHT);
        } else {
            DocxText.direction(p, text);
        }
        DocxText.append(p, text, look);
    }
}

package org.jointplan.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An .xlsx or .xlsm workbook read as a stream of rows (SAX over each sheet's XML, never the whole workbook in
 * memory), so a sheet of a million rows is refused after {@link SheetFiles#MAX_ROWS} with memory bounded. Macros
 * are never run: only the cells' stored values (a formula's cached result) are read. The zip is opened within
 * limits (inflation ratio, entry size), so a zip bomb is refused.
 */
final class XlsxSheets {
    private static final long MAX_ENTRY_BYTES = 400L * 1024 * 1024;

    private XlsxSheets() {
    }

    static List<GridSheet> read(Path file) {
        String name = file.getFileName().toString();
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable(); // with the theme, so theme-coloured fills read too
            XlsxWorkbookInfo workbook = XlsxWorkbookInfo.read(reader);
            XlsxStyles cellStyles = new XlsxStyles(styles);
            List<GridSheet> sheets = new ArrayList<>();
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            int[] rowsSoFar = {0};
            while (it.hasNext()) {
                try (InputStream in = it.next()) {
                    String sheetName = it.getSheetName();
                    SheetHandler handler = new SheetHandler(name, strings, cellStyles, workbook.date1904(),
                            rowsSoFar);
                    XMLReader xml = XMLHelper.newXMLReader();
                    xml.setContentHandler(handler);
                    xml.parse(new InputSource(in));
                    sheets.add(new GridSheet(sheetName, workbook.hidden().contains(sheetName), handler.rows()));
                }
            }
            return sheets;
        } catch (SheetException e) {
            throw e;
        } catch (NotOfficeXmlFileException | InvalidFormatException | OpenXML4JRuntimeException e) {
            throw SheetFiles.notASpreadsheet(name);
        } catch (IOException | OpenXML4JException | SAXException | POIXMLException | IllegalStateException e) {
            if (String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("zip bomb")
                    || String.valueOf(e.getMessage()).contains("exceed")) {
                throw new SheetException(name + " would grow far larger than any tracker when opened (it may be a"
                        + " zip bomb), so it was not read.", e);
            }
            throw new SheetException(name + " is damaged or not a complete Excel workbook; open it in Excel, save"
                    + " it again and import the saved copy.", e);
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One sheet's rows, kept as they stream past; blank rows are dropped at once. */
    private static final class SheetHandler extends DefaultHandler {
        private final String file;
        private final ReadOnlySharedStringsTable strings;
        private final XlsxStyles styles;
        private final boolean date1904;
        private final int[] rowsSoFar;
        private final List<GridRow> rows = new ArrayList<>();
        private final Map<Integer, Integer> mergedWidths = new HashMap<>();
        private final StringBuilder value = new StringBuilder();
        private List<GridCell> cells;
        private int rowNumber;
        private boolean rowHidden;
        private int column;
        private String type;
        private int style;
        private boolean capturing;
        private boolean inInline;

        SheetHandler(String file, ReadOnlySharedStringsTable strings, XlsxStyles styles, boolean date1904,
                     int[] rowsSoFar) {
            this.file = file;
            this.strings = strings;
            this.styles = styles;
            this.date1904 = date1904;
            this.rowsSoFar = rowsSoFar;
        }

        List<GridRow> rows() {
            if (mergedWidths.isEmpty()) {
                return rows;
            }
            return rows.stream().map(r -> mergedWidths.containsKey(r.number())
                    ? new GridRow(r.number(), r.hidden(), mergedWidths.get(r.number()), r.cells()) : r).toList();
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            switch (localName) {
                case "row" -> {
                    String r = atts.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                    String hidden = atts.getValue("hidden");
                    rowHidden = "1".equals(hidden) || "true".equals(hidden);
                    cells = new ArrayList<>();
                    column = -1;
                }
                case "c" -> {
                    String r = atts.getValue("r");
                    column = r == null ? column + 1 : SheetPlaces.columnOfCell(r);
                    type = atts.getValue("t");
                    String s = atts.getValue("s");
                    style = s == null ? 0 : Integer.parseInt(s);
                    value.setLength(0);
                }
                case "v" -> capturing = true;
                case "is" -> inInline = true;
                case "t" -> capturing = inInline;
                case "mergeCell" -> merged(atts.getValue("ref"));
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (capturing) {
                value.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "v", "t" -> capturing = false;
                case "is" -> inInline = false;
                case "c" -> {
                    GridCell cell = cell();
                    if (cell != null && !cell.isBlank()) {
                        cells.add(cell);
                    }
                }
                case "row" -> {
                    if (!cells.isEmpty()) {
                        if (++rowsSoFar[0] > SheetFiles.MAX_ROWS) {
                            throw SheetFiles.tooManyRows(file);
                        }
                        rows.add(new GridRow(rowNumber, rowHidden, 1, cells));
                    }
                }
                default -> {
                }
            }
        }

        private GridCell cell() {
            String fill = styles.fill(style);
            String v = value.toString();
            if (type == null || "n".equals(type)) {
                if (v.isBlank()) {
                    return fill == null ? null : new GridCell(column, "", null, null, false, fill, false);
                }
                try {
                    double d = Double.parseDouble(v);
                    return NumberCells.cell(column, d, styles.formatIndex(style), styles.format(style), date1904,
                            fill);
                } catch (NumberFormatException e) {
                    return new GridCell(column, v, null, null, false, fill, false);
                }
            }
            return switch (type) {
                case "s" -> new GridCell(column, sharedString(v), null, null, false, fill, false);
                case "e" -> new GridCell(column, v, null, null, false, fill, true);
                case "b" -> new GridCell(column, "1".equals(v) ? "TRUE" : "FALSE", null, null, false, fill, false);
                case "d" -> isoDate(v, fill);
                default -> new GridCell(column, v, null, null, false, fill, false); // str, inlineStr
            };
        }

        private String sharedString(String index) {
            try {
                return strings.getItemAt(Integer.parseInt(index.strip())).getString();
            } catch (RuntimeException e) {
                return "";
            }
        }

        private GridCell isoDate(String v, String fill) {
            try {
                java.time.LocalDate day = java.time.LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v);
                return new GridCell(column, NumberCells.UK.format(day), day, null, false, fill, false);
            } catch (java.time.DateTimeException e) {
                return new GridCell(column, v, null, null, false, fill, false);
            }
        }

        private void merged(String ref) {
            if (ref == null || !ref.contains(":")) {
                return;
            }
            String[] ends = ref.split(":");
            int firstColumn = SheetPlaces.column(ends[0].replaceAll("[0-9]", ""));
            int lastColumn = SheetPlaces.column(ends[1].replaceAll("[0-9]", ""));
            String digits = ends[0].replaceAll("[^0-9]", "");
            if (firstColumn < 0 || lastColumn < 0 || digits.isEmpty()) {
                return;
            }
            mergedWidths.merge(Integer.parseInt(digits), lastColumn - firstColumn + 1, Math::max);
        }
    }
}

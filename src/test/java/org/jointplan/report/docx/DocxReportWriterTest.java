package org.jointplan.report.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.jointplan.report.Block;
import org.jointplan.report.Cell;
import org.jointplan.report.Column;
import org.jointplan.report.CommitteeReport;
import org.jointplan.report.PageSetup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DocxReportWriterTest {
    private static final CommitteeReport REPORT = ReportFixture.report();
    private static byte[] bytes;
    private static DocxParts parts;

    @BeforeAll
    static void write() throws IOException {
        bytes = DocxReportWriter.write(REPORT, f -> { });
        parts = DocxParts.of(bytes);
    }

    @Test
    void stylesDefineWordsBuiltInStylesWithOutlineLevelsForHeadings() {
        String styles = parts.text("word/styles.xml");
        assertEquals("0", outlineLevel(styles, "Heading1"));
        assertEquals("1", outlineLevel(styles, "Heading2"));
        assertEquals("2", outlineLevel(styles, "Heading3"));
        for (String[] idAndName : new String[][] {{"Heading1", "heading 1"}, {"Heading2", "heading 2"},
            {"Title", "Title"}, {"Caption", "caption"}, {"TableGrid", "Table Grid"}, {"ListBullet", "List Bullet"}}) {
            assertTrue(style(styles, idAndName[0]).contains("<w:name w:val=\"" + idAndName[1] + "\"/>"),
                    idAndName[0] + " is defined under Word's own name");
        }
    }

    @Test
    void theModelsHeadingsAreWordHeadingsInOrder() throws IOException {
        List<String> expected = REPORT.blocks().stream().filter(Block.Heading.class::isInstance)
                .map(Block.Heading.class::cast).map(h -> "Heading" + h.level() + " " + h.text()).toList();
        List<String> actual = new ArrayList<>();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            for (XWPFParagraph p : doc.getParagraphs()) {
                if (p.getStyle() != null && p.getStyle().startsWith("Heading")) {
                    actual.add(p.getStyle() + " " + p.getText());
                }
            }
            assertEquals("Title", doc.getParagraphs().get(0).getStyle(), "the document opens with its title");
            assertEquals(ReportFixture.TITLE, doc.getParagraphs().get(0).getText());
        }
        assertEquals(expected, actual);
    }

    @Test
    void tablesRepeatTheirHeaderRowAndShadeStatusCells() throws IOException {
        String document = parts.text("word/document.xml");
        List<String> tables = all(document, "<w:tbl>(.*?)</w:tbl>");
        assertEquals(3, tables.size());
        for (String table : tables) {
            String firstRow = all(table, "<w:tr[ >](.*?)</w:tr>").get(0);
            assertTrue(firstRow.contains("<w:tblHeader/>"), "the header row repeats on each page");
            assertTrue(table.contains("<w:cantSplit/>"), "rows are not split across pages");
        }
        assertTrue(tables.get(0).contains("w:fill=\"" + StatusFills.fill(org.jointplan.domain.Status.ON_TRACK) + "\""),
                "an On track cell is shaded green");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            XWPFTable actions = doc.getTables().get(2);
            assertEquals("Baseline due → due", actions.getRow(0).getCell(3).getText());
            assertEquals(13, actions.getNumberOfRows());
        }
    }

    @Test
    void onlyARowTooTallForAPageMayBreakAcrossPages() {
        List<Column> columns = List.of(Column.of("Action", 1),
                Column.of("Reason", 2));
        long[] widths = DocxTables.widths(columns, 9638);
        assertTrue(DocxTables.fitsOnAPage(List.of(Cell.of("Review"),
                Cell.of("Recruitment has taken longer than planned")), widths,
                PageSetup.A4_PORTRAIT));
        assertFalse(DocxTables.fitsOnAPage(List.of(Cell.of("Review"),
                Cell.of(ReportFixture.LONG_REASON)), widths,
                PageSetup.A4_PORTRAIT));
    }

    @Test
    void columnsShareThePrintableWidthByTheirWeights() {
        String document = parts.text("word/document.xml");
        String key = all(document, "<w:tblGrid>(.*?)</w:tblGrid>").get(0);
        List<Integer> widths = all(key, "<w:gridCol w:w=\"(\\d+)\"/>").stream().map(Integer::parseInt).toList();
        // A4 portrait: 11906 twips less two 2 cm margins of 1134 leaves 9638, shared 1 : 3
        assertEquals(9638, widths.stream().mapToInt(Integer::intValue).sum(), 2);
        assertEquals(widths.get(0) * 3, widths.get(1), 3);
    }

    @Test
    void theFigureIsAPictureWithItsAltTextAndACaptionBelow() {
        String document = parts.text("word/document.xml");
        assertTrue(document.contains("descr=\"" + ReportFixture.CHART_ALT + "\""), "the picture's alt text");
        assertTrue(parts.names().stream().anyMatch(n -> n.startsWith("word/media/") && n.endsWith(".png")));
        int picture = document.indexOf("descr=\"" + ReportFixture.CHART_ALT);
        int caption = document.indexOf("Figure 1: % of new EHC plans");
        assertTrue(caption > picture, "the caption follows the picture");
        assertTrue(document.lastIndexOf("<w:pStyle w:val=\"Caption\"/>", caption) > picture);
    }

    @Test
    void eachSectionHasItsOwnA4PageTurnedWhereTheModelSays() {
        String document = parts.text("word/document.xml");
        List<String> sections = all(document, "<w:sectPr[^>]*>(.*?)</w:sectPr>");
        assertEquals(3, sections.size());
        assertTrue(sections.get(0).contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"), sections.get(0));
        assertTrue(sections.get(1).contains("<w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>"));
        assertTrue(sections.get(2).contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"));
        for (String s : sections) {
            assertTrue(s.contains("w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1134\""), s);
            assertTrue(s.contains("<w:headerReference w:type=\"default\""), "every section has the header");
            assertTrue(s.contains("<w:footerReference w:type=\"default\""), "every section has the page numbers");
        }
    }

    @Test
    void theHeaderCarriesTheMarkingAndTheFooterThePageNumbers() {
        List<String> headers = parts.names().stream().filter(n -> n.matches("word/header\\d+\\.xml")).toList();
        assertTrue(!headers.isEmpty());
        for (String h : headers) {
            assertTrue(parts.text(h).contains(">OFFICIAL<"), "the marking at the top of every page");
            assertTrue(parts.text(h).contains("as at 30 September 2024"));
        }
        String footers = parts.names().stream().filter(n -> n.matches("word/footer\\d+\\.xml")).map(parts::text)
                .collect(Collectors.joining());
        assertTrue(footers.contains("PAGE") && footers.contains("NUMPAGES"), "Page N of M");
    }

    @Test
    void theDocumentIsInBritishEnglishWithItsProperties() {
        assertTrue(parts.text("word/styles.xml").matches("(?s).*<w:docDefaults>.*<w:lang w:val=\"en-GB\".*"));
        String core = parts.text("docProps/core.xml");
        assertTrue(core.contains(">en-GB</dc:language>"), core);
        assertTrue(core.contains(">" + ReportFixture.TITLE + "</dc:title>"));
        assertTrue(core.contains(">Joint Commissioning Team</dc:creator>"));
        assertTrue(core.contains(">Six-monthly progress report to the SEND Partnership Board</dc:subject>"));
    }

    @Test
    void bulletsAreARealList() {
        String document = parts.text("word/document.xml");
        assertTrue(parts.names().contains("word/numbering.xml"));
        assertEquals(3, all(document, "<w:pStyle w:val=\"ListBullet\"/>()").size());
        assertTrue(document.contains("<w:numPr>"));
    }

    @Test
    void textInAnyScriptIsKeptExactly() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            String paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText)
                    .collect(Collectors.joining("\n"));
            assertTrue(paragraphs.contains("Lead officer: " + ReportFixture.POLISH));
            assertTrue(paragraphs.contains("Lead officer: " + ReportFixture.VIETNAMESE));
            assertTrue(paragraphs.contains("Lead officer: " + ReportFixture.ARABIC));
            assertTrue(paragraphs.contains("Reason: " + ReportFixture.LONG_REASON));
            String cells = doc.getTables().get(2).getText();
            assertTrue(cells.contains(ReportFixture.ARABIC) && cells.contains(ReportFixture.POLISH));
        }
        assertTrue(parts.text("word/document.xml").contains("<w:rtl/>"), "Arabic runs are right to left");
    }

    @Test
    void theBodyHeadersFootersAndListsAreValidWordprocessingMl() {
        assertEquals(List.of(), parts.schemaErrors());
    }

    @Test
    void progressRisesToTheEndAndACancellationStopsTheWriting() {
        List<Double> seen = new ArrayList<>();
        DocxReportWriter.write(REPORT, seen::add);
        assertEquals(1.0, seen.get(seen.size() - 1));
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i) >= seen.get(i - 1), "progress never goes back");
        }
        int[] calls = {0};
        assertThrows(CancellationException.class, () -> DocxReportWriter.write(REPORT, f -> {
            if (++calls[0] == 3) {
                throw new CancellationException();
            }
        }));
        assertEquals(3, calls[0], "nothing more is written once cancelled");
    }

    @Test
    void aCancelledReportLeavesNoPaintingBehind() throws InterruptedException {
        assertThrows(CancellationException.class, () -> DocxReportWriter.write(ReportFixture.sampleSized(), f -> {
            throw new CancellationException();
        }));
        long until = System.nanoTime() + 10_000_000_000L;
        while (pictureThreads() > 0 && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        assertEquals(0, pictureThreads());
    }

    private static long pictureThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("Word report pictures") && t.isAlive()).count();
    }

    private static String style(String styles, String id) {
        Matcher m = Pattern.compile("<w:style [^>]*w:styleId=\"" + id + "\"[^>]*>(.*?)</w:style>", Pattern.DOTALL)
                .matcher(styles);
        assertTrue(m.find(), id + " is defined");
        return m.group(1);
    }

    private static String outlineLevel(String styles, String id) {
        Matcher m = Pattern.compile("<w:outlineLvl w:val=\"(\\d)\"/>").matcher(style(styles, id));
        return m.find() ? m.group(1) : "none";
    }

    private static List<String> all(String xml, String regex) {
        Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(xml);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}

package org.jointplan.report.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.jointplan.domain.Status;
import org.jointplan.report.Block;
import org.jointplan.report.Cell;
import org.jointplan.report.Column;
import org.jointplan.report.CommitteeReport;
import org.jointplan.report.PageSetup;
import org.jointplan.report.Section;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PdfReportWriterTest {
    private static byte[] pdf;

    @BeforeAll
    static void write() {
        pdf = PdfReportWriter.write(SampleReports.full(), f -> { });
    }

    @Test
    void catalogDeclaresLanguageTitleTaggingAndPdfUa() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDDocumentCatalog catalog = doc.getDocumentCatalog();
            assertEquals("en-GB", catalog.getLanguage());
            assertTrue(catalog.getViewerPreferences().displayDocTitle());
            assertTrue(catalog.getMarkInfo().isMarked());
            assertEquals(SampleReports.TITLE, doc.getDocumentInformation().getTitle());
            assertEquals("Nottingham City Council", doc.getDocumentInformation().getAuthor());
            assertEquals("Quarter 3 delivery report", doc.getDocumentInformation().getSubject());
            String xmp = new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertTrue(xmp.contains("<pdfuaid:part>1</pdfuaid:part>"), xmp);
            assertTrue(xmp.contains(">" + SampleReports.TITLE + "</rdf:li>"), xmp);
            assertTrue(xmp.contains("<pdf:Producer>"), xmp);
            assertNotNull(catalog.getStructureTreeRoot().getParentTree());
            assertEquals(doc.getNumberOfPages(), catalog.getStructureTreeRoot().getParentTreeNextKey());
            for (PDPage page : doc.getPages()) {
                assertEquals(COSName.S, page.getCOSObject().getCOSName(COSName.getPDFName("Tabs")));
            }
        }
    }

    @Test
    void structureFollowsTheBlocksInReadingOrder() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDStructureElement document = only(doc.getDocumentCatalog().getStructureTreeRoot());
            assertEquals("Document", document.getStructureType());
            List<String> types = elements(document).stream().map(PDStructureElement::getStructureType).toList();
            assertEquals(List.of("H1", "P", "P", "H2", "Table", "H2", "Table", "H2", "L", "P", "H2", "Figure",
                    "Caption", "H2", "Table"), types);

            PDStructureElement key = elements(document).get(4);
            List<PDStructureElement> parts = elements(key);
            assertEquals(List.of("Caption", "THead", "TBody"), parts.stream().map(e -> e.getStructureType()).toList());
            PDStructureElement headerRow = only(parts.get(1));
            assertEquals(List.of("TH", "TH"), elements(headerRow).stream().map(e -> e.getStructureType()).toList());
            COSDictionary scope = (COSDictionary) elements(headerRow).get(0).getCOSObject()
                    .getDictionaryObject(COSName.A);
            assertEquals("Table", scope.getNameAsString(COSName.O));
            assertEquals("Column", scope.getNameAsString(COSName.getPDFName("Scope")));
            assertEquals(5, elements(parts.get(2)).size());
            assertEquals(List.of("TD", "TD"), elements(elements(parts.get(2)).get(0)).stream()
                    .map(e -> e.getStructureType()).toList());

            PDStructureElement list = elements(document).get(8);
            PDStructureElement item = elements(list).get(0);
            assertEquals("LI", item.getStructureType());
            assertEquals(List.of("Lbl", "LBody"), elements(item).stream().map(e -> e.getStructureType()).toList());

            PDStructureElement figure = elements(document).get(11);
            assertEquals(SampleReports.CHART_ALT, figure.getAlternateDescription());
            COSDictionary layout = (COSDictionary) figure.getCOSObject().getDictionaryObject(COSName.A);
            assertEquals("Layout", layout.getNameAsString(COSName.O));
            assertEquals(4, ((COSArray) layout.getDictionaryObject(COSName.BBOX)).size());

            PDStructureElement actions = elements(document).get(14);
            PDStructureElement body = elements(actions).get(2);
            assertEquals(24, elements(body).size(), "one tagged row per action, the repeated header untagged");
        }
    }

    @Test
    void everyPieceOfContentIsTaggedOrAnArtifactAndEveryMcidIsInTheParentTree() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            COSArray nums = (COSArray) doc.getDocumentCatalog().getStructureTreeRoot().getParentTree()
                    .getCOSObject().getDictionaryObject(COSName.NUMS);
            for (PDPage page : doc.getPages()) {
                COSArray owners = parentTreeEntry(nums, page.getStructParents());
                List<Integer> mcids = ContentScan.of(page).mcids();
                assertFalse(mcids.isEmpty());
                for (int mcid : mcids) {
                    COSBase owner = owners.getObject(mcid);
                    assertTrue(owner instanceof COSDictionary, "MCID " + mcid + " has its element");
                    assertTrue(ownsMcid((COSDictionary) owner, mcid, page), "the element lists MCID " + mcid);
                }
                assertEquals(List.of(), ContentScan.of(page).unmarkedOperators());
            }
        }
    }

    @Test
    void headerFooterAndRepeatedTableHeadersAreArtifacts() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int n = doc.getNumberOfPages();
            for (int i = 0; i < n; i++) {
                String artifacts = markedText(doc.getPage(i), true);
                assertTrue(artifacts.contains("Page " + (i + 1) + " of " + n), artifacts);
                assertTrue(artifacts.contains("OFFICIAL"), artifacts);
                assertTrue(artifacts.contains("as at 31 December 2024"), artifacts);
                assertFalse(markedText(doc.getPage(i), false).contains("Page " + (i + 1) + " of"));
            }
            PDPage last = doc.getPage(n - 1);
            assertTrue(last.getMediaBox().getWidth() > last.getMediaBox().getHeight(), "actions are landscape");
            assertTrue(markedText(last, true).contains("Commentary"), "the header row repeats, as an artifact");
            assertTrue(doc.getPage(0).getMediaBox().getWidth() < doc.getPage(0).getMediaBox().getHeight());
        }
    }

    @Test
    void fontsAreEmbeddedDejaVu() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int fonts = 0;
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName());
                    assertTrue(font.getName().contains("DejaVuSans"), font.getName());
                    fonts++;
                }
            }
            assertTrue(fonts > 0);
        }
    }

    @Test
    void textIsSelectableIncludingNamesAndTheWholeLongReason() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = TaggedText.of(doc);
            assertTrue(text.contains(SampleReports.POLISH), text);
            assertTrue(text.contains(SampleReports.VIETNAMESE), text);
            assertTrue(text.contains("Reason: " + SampleReports.longReason()), "the paragraph wholly present");
            assertTrue(text.indexOf(SampleReports.longReason()) != text.lastIndexOf(SampleReports.longReason()),
                    "and the 5,000-character cell too");
            assertTrue(text.contains("✓ On track"));
            assertTrue(text.contains("office workflow"), "no ligature loses letters");
        }
    }

    @Test
    void rightToLeftNamesAreDrawnShapedAndReadThroughActualTextSpans() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<PDStructureElement> spans = new ArrayList<>();
            collect(doc.getDocumentCatalog().getStructureTreeRoot(), "Span", spans);
            List<String> actual = spans.stream().map(PDStructureElement::getActualText).toList();
            assertTrue(actual.contains(SampleReports.ARABIC), actual.toString());
            assertTrue(actual.contains(SampleReports.HEBREW), actual.toString());
            PDStructureElement lbody = (PDStructureElement) spans.get(0).getParent();
            assertEquals("LBody", lbody.getStructureType());
            assertEquals(3, lbody.getKids().size(), "'Lead: ', the name, ' (Health)' in reading order");
        }
    }

    @Test
    void headingsBecomeBookmarks() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDOutlineItem first = doc.getDocumentCatalog().getDocumentOutline().getFirstChild();
            assertEquals("SEND Joint Plan 2024/25", first.getTitle());
            List<String> children = new ArrayList<>();
            first.children().forEach(c -> children.add(c.getTitle()));
            assertEquals(List.of("Key to ratings", "Summary of ratings", "Exceptions", "Measures",
                    "Priority 1: Early identification"), children);
            assertNotNull(first.getDestination());
        }
    }

    @Test
    void charactersNoFontHasAreWrittenWithoutFailing() throws IOException {
        CommitteeReport report = new CommitteeReport(SampleReports.info(), List.of(new Section(
                PageSetup.A4_PORTRAIT, List.of(new Block.Heading(1, "Odd 😀 text \u0007 王"),
                Block.Paragraph.of("tab\there\nnew line 😀 ✓ \uFFFF"),
                new Block.Table("t", List.of(Column.of("😀", 1)), List.of(List.of(Cell.of("王 😀"))))))));
        byte[] bytes = PdfReportWriter.write(report, f -> { });
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            assertTrue(new PDFTextStripper().getText(doc).contains("new line"));
        }
    }

    @Test
    void progressRisesToOneAndCancellingStops() {
        List<Double> seen = new ArrayList<>();
        PdfReportWriter.write(SampleReports.full(), seen::add);
        assertEquals(1.0, seen.get(seen.size() - 1));
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i) >= seen.get(i - 1));
        }
        AtomicInteger calls = new AtomicInteger();
        assertThrows(CancellationException.class, () -> PdfReportWriter.write(SampleReports.full(), f -> {
            if (calls.incrementAndGet() == 3) {
                throw new CancellationException();
            }
        }));
        assertEquals(3, calls.get(), "nothing more is done after the cancel");
    }

    @Test
    void statusCellsAreShadedInTheStatusColour() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String content = new String(doc.getPage(0).getContents().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertTrue(content.contains(PdfColours.fillOperator(Status.ON_TRACK)), "green shading");
        }
    }

    static PDStructureElement only(PDStructureNode node) {
        List<PDStructureElement> kids = elements(node);
        assertEquals(1, kids.size());
        return kids.get(0);
    }

    static List<PDStructureElement> elements(PDStructureNode node) {
        return node.getKids().stream().filter(PDStructureElement.class::isInstance)
                .map(PDStructureElement.class::cast).toList();
    }

    private static COSArray parentTreeEntry(COSArray nums, int key) {
        for (int i = 0; i < nums.size(); i += 2) {
            if (((org.apache.pdfbox.cos.COSInteger) nums.getObject(i)).intValue() == key) {
                return (COSArray) nums.getObject(i + 1);
            }
        }
        throw new AssertionError("no parent tree entry " + key);
    }

    private static boolean ownsMcid(COSDictionary element, int mcid, PDPage page) {
        COSBase k = element.getDictionaryObject(COSName.K);
        List<COSBase> kids = new ArrayList<>();
        if (k instanceof COSArray a) {
            a.forEach(b -> kids.add(b instanceof org.apache.pdfbox.cos.COSObject o ? o.getObject() : b));
        } else {
            kids.add(k);
        }
        for (COSBase kid : kids) {
            if (kid instanceof org.apache.pdfbox.cos.COSInteger i && i.intValue() == mcid
                    && element.getDictionaryObject(COSName.PG) == page.getCOSObject()) {
                return true;
            }
            if (kid instanceof COSDictionary d && d.getInt(COSName.MCID) == mcid
                    && d.getDictionaryObject(COSName.PG) == page.getCOSObject()) {
                return true;
            }
        }
        return false;
    }

    static List<PDMarkedContent> markedContents(PDPage page) throws IOException {
        PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
        extractor.processPage(page);
        return extractor.getMarkedContents();
    }

    /** The text inside artifacts, or inside tagged content. */
    private static String markedText(PDPage page, boolean artifacts) throws IOException {
        StringBuilder b = new StringBuilder();
        for (PDMarkedContent mc : markedContents(page)) {
            if (artifacts == "Artifact".equals(mc.getTag())) {
                appendText(mc, b);
            }
        }
        return b.toString();
    }

    private static void appendText(PDMarkedContent mc, StringBuilder b) {
        for (Object o : mc.getContents()) {
            if (o instanceof TextPosition t) {
                b.append(t.getUnicode());
            } else if (o instanceof PDMarkedContent inner) {
                appendText(inner, b);
            }
        }
        b.append(' ');
    }

    private static void collect(PDStructureNode node, String type, List<PDStructureElement> out) {
        for (PDStructureElement e : elements(node)) {
            if (type.equals(e.getStructureType())) {
                out.add(e);
            }
            collect(e, type, out);
        }
    }
}

package org.jointplan.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/** export-timeline writes the timeline as at a date to a PDF, SVG or PNG file, or refuses in one sentence. */
class ExportTimelineCliTest {
    private static final String TITLE = "Joint SEND Commissioning Delivery Plan 2024/25";

    @TempDir
    Path dir;
    private Path store;

    @BeforeEach
    void sampleStore() {
        store = dir.resolve("plan.sqlite");
        assertEquals(0, run("check").code());
    }

    private Cli.Result run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--store";
        all[1] = store.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return Cli.run(all);
    }

    @Test
    void thePlansYearIsWrittenAsAPngAsWideAsAnA4PagesPrintableAreaAtTwoPixelsAPoint() throws Exception {
        Path png = dir.resolve("timeline.png");
        Cli.Result result = run("export-timeline", "--as-at", "2024-09-30", "--out", png.toString());
        assertEquals(0, result.code(), result.err());
        assertEquals("Wrote the timeline of '" + TITLE + "' as at 30/09/2024, 01/04/2024 to 31/03/2025, to " + png
                + "." + System.lineSeparator(), result.out());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1458, image.getWidth(), "A4 landscape inside 2 cm margins, at two pixels a point");
        assertTrue(image.getHeight() > 800, "every row of the sample: " + image.getHeight());
        Path a3 = dir.resolve("a3.png");
        assertEquals(0, run("export-timeline", "--page", "A3", "--out", a3.toString()).code());
        assertEquals(2155, ImageIO.read(a3.toFile()).getWidth());
    }

    @Test
    void aPdfHasALandscapePageForEachPageOfTheTimelineTitledAndTaggedWithEachPageInWords() throws Exception {
        Path pdf = dir.resolve("timeline.pdf");
        Cli.Result result = run("export-timeline", "--as-at", "2024-09-30", "--page", "a3", "--out", pdf.toString());
        assertEquals(0, result.code(), result.err());
        assertTrue(result.out().matches("Wrote the timeline of '.*' as at 30/09/2024, 01/04/2024 to 31/03/2025 on"
                + " \\d+ A3 pages?, to .*timeline.pdf\\.\\R"), result.out());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals("Timeline of " + TITLE + " as at 30/09/2024", doc.getDocumentInformation().getTitle());
            assertTrue(doc.getNumberOfPages() >= 1);
            PDRectangle box = doc.getPage(0).getMediaBox();
            assertEquals(1190.55, box.getWidth(), 0.1, "A3 landscape");
            assertEquals(841.89, box.getHeight(), 0.1);
            assertTrue(doc.getDocumentCatalog().getMarkInfo().isMarked(), "tagged");
            List<String> alts = new ArrayList<>();
            figures(doc.getDocumentCatalog().getStructureTreeRoot().getKids(), alts);
            assertEquals(doc.getNumberOfPages(), alts.size(), "one figure a page");
            assertTrue(alts.get(0).startsWith("Timeline of " + TITLE + ", page 1 of " + alts.size()
                    + ", as at 30/09/2024, from 01/04/2024 to 31/03/2025: priority 'SLCN' ("), alts.get(0));
        }
        Path a4 = dir.resolve("a4.pdf");
        assertEquals(0, run("export-timeline", "--as-at", "2024-09-30", "--out", a4.toString()).code());
        try (PDDocument doc = Loader.loadPDF(a4.toFile())) {
            assertEquals(841.89, doc.getPage(0).getMediaBox().getWidth(), 0.1, "A4 landscape by default");
        }
    }

    @Test
    void anSvgOfAChosenRangeTellsItselfInWords() throws Exception {
        Path svg = dir.resolve("q2.svg");
        Cli.Result result = run("export-timeline", "--as-at", "2024-09-30", "--from", "2024-07-01", "--to",
                "30/09/2024", "--out", svg.toString());
        assertEquals(0, result.code(), result.err());
        assertTrue(result.out().contains("01/07/2024 to 30/09/2024"), result.out());
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Element root = f.newDocumentBuilder().parse(new ByteArrayInputStream(Files.readAllBytes(svg)))
                .getDocumentElement();
        assertEquals("Timeline of " + TITLE + ", as at 30/09/2024",
                root.getElementsByTagNameNS("*", "title").item(0).getTextContent());
        String desc = root.getElementsByTagNameNS("*", "desc").item(0).getTextContent();
        assertTrue(desc.contains("from 01/07/2024 to 30/09/2024: priority 'SLCN' ("), desc);
    }

    @Test
    void aBackwardRangeAnUnknownExtensionOrPageAndARangeWithoutActionsAreRefusedAndWriteNothing()
            throws Exception {
        Path old = dir.resolve("old.png");
        Files.write(old, new byte[] {1, 2, 3});
        assertRefused(1, "The timeline cannot end (01/12/2024) before it starts (01/01/2025)", "export-timeline",
                "--from", "2025-01-01", "--to", "2024-12-01", "--out", old.toString());
        assertRefused(2, "Choose a file name ending in .pdf, .svg or .png for the timeline.", "export-timeline",
                "--out", dir.resolve("timeline.docx").toString());
        assertRefused(2, "'a5' is not a page size; use a4 or a3.", "export-timeline", "--page", "a5", "--out",
                old.toString());
        assertRefused(1, "falls between 01/01/2030 and 01/03/2030", "export-timeline", "--from", "2030-01-01",
                "--to", "2030-03-01", "--out", old.toString());
        assertRefused(1, "does not exist", "export-timeline", "--out",
                dir.resolve("no/such/folder/t.svg").toString());
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(old), "the old file stays as it was");
        assertFalse(Files.exists(dir.resolve("timeline.docx")));
        try (var files = Files.list(dir)) {
            assertEquals(0, files.filter(p -> p.toString().endsWith(".part")).count());
        }
    }

    private static void figures(List<Object> kids, List<String> alts) {
        for (Object kid : kids) {
            if (kid instanceof PDStructureElement e) {
                if ("Figure".equals(e.getStructureType())) {
                    alts.add(e.getAlternateDescription());
                }
                figures(e.getKids(), alts);
            }
        }
    }

    private void assertRefused(int code, String message, String... args) {
        Cli.Result result = run(args);
        assertEquals(code, result.code(), result.out() + result.err());
        assertEquals("", result.out());
        assertEquals(1, result.err().strip().lines().count(), result.err());
        assertTrue(result.err().contains(message), result.err());
        assertFalse(result.err().contains("Exception"), result.err());
    }
}

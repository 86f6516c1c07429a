package org.jointplan.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jointplan.testsupport.OctoberSample;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** report --format pdf|docx|html: the committee paper from the command line, and its refusals. */
class CommitteePaperCliTest {
    private static final String ICDS_REVIEW = "4fad733f-b621-48a2-be54-cc45f41955bd";
    @TempDir
    Path dir;
    private Path store;

    @BeforeEach
    void octoberStore() {
        store = OctoberSample.store(dir.resolve("plan.sqlite"));
    }

    private Cli.Result run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--store";
        all[1] = store.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return Cli.run(all);
    }

    private void assertRefused(String message, String... args) {
        Cli.Result result = run(args);
        assertEquals(1, result.code(), result.out());
        assertTrue(result.err().contains(message), result.err());
        assertEquals(1, result.err().strip().lines().count(), "one sentence: " + result.err());
    }

    @Test
    void anHtmlPaperCarriesTheMarkingAndCommittee() throws Exception {
        Path file = dir.resolve("q2.html");
        Cli.Result result = run("report", "--as-at", "2024-09-30", "--format", "html", "--out", file.toString(),
                "--marking", "OFFICIAL-SENSITIVE", "--committee", "Health Scrutiny Committee");
        assertEquals(0, result.code(), result.err());
        assertTrue(result.out().startsWith("Wrote the HTML report of"), result.out());
        String html = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(html.contains("<html lang=\"en-GB\">"));
        assertTrue(html.contains("<p class=\"marking\">OFFICIAL-SENSITIVE</p>"));
        assertTrue(html.contains("Health Scrutiny Committee"));
        assertTrue(html.contains("progress report as at 30 September 2024"));
    }

    @Test
    void eachFormatIsWrittenWholeAndReplacesTheOldFile() throws Exception {
        for (String format : new String[] {"pdf", "docx", "html"}) {
            Path file = dir.resolve("paper." + format);
            Files.writeString(file, "old");
            Cli.Result result = run("report", "--as-at", "2024-09-30", "--format", format, "--out",
                    file.toString());
            assertEquals(0, result.code(), format + ": " + result.err());
            assertTrue(result.out().contains("replacing the file that was there"), result.out());
            byte[] head = new byte[4];
            System.arraycopy(Files.readAllBytes(file), 0, head, 0, 4);
            byte[] expected = switch (format) {
                case "pdf" -> "%PDF".getBytes(StandardCharsets.US_ASCII);
                case "docx" -> new byte[] {'P', 'K', 3, 4};
                default -> "<!DO".getBytes(StandardCharsets.US_ASCII);
            };
            assertArrayEquals(expected, head, format);
        }
        try (var listing = Files.list(dir)) {
            assertTrue(listing.noneMatch(p -> p.getFileName().toString().endsWith(".part")));
        }
    }

    @Test
    void refusalsAreOneSentenceAndWriteNothing() throws Exception {
        Path kept = dir.resolve("kept.pdf");
        Files.writeString(kept, "the committee's copy");
        assertRefused("A PDF report is a file: give --out FILE.", "report", "--format", "pdf");
        assertRefused("says pdf but --format is docx", "report", "--format", "docx", "--out", kept.toString());
        assertRefused("would have nothing to report", "report", "--as-at", "2023-01-01", "--format", "pdf", "--out",
                kept.toString());
        assertRefused("A protective marking is a word or two", "report", "--format", "pdf", "--out",
                kept.toString(), "--marking", "X".repeat(61));
        assertRefused("--marking and --committee are for the committee paper", "report", "--marking", "OFFICIAL");
        assertRefused("does not exist; choose another place for the report.", "report", "--format", "html",
                "--out", dir.resolve("missing/paper.html").toString());
        assertEquals("the committee's copy", Files.readString(kept));
        assertFalse(Files.exists(dir.resolve("missing")));
    }

    @Test
    void aLongReasonInAnyScriptIsWhollyInEachPaper() throws Exception {
        String names = "Nguyễn Thị Minh Khai, Zażółć Gęślą and عبد الله";
        StringBuilder reason = new StringBuilder("Waiting for " + names + " to agree the model.");
        for (int i = 0; reason.length() < 5000; i++) {
            reason.append(" Sentence ").append(i).append(" of the officers' account of the delay.");
        }
        Cli.Result updated = run("update", ICDS_REVIEW, "--status", "at_risk", "--status-reason", reason.toString());
        assertEquals(0, updated.code(), updated.err());
        Path pdf = dir.resolve("long.pdf");
        Path docx = dir.resolve("long.docx");
        Path html = dir.resolve("long.html");
        for (Path file : new Path[] {pdf, docx, html}) {
            String name = file.getFileName().toString();
            Cli.Result result = run("report", "--as-at", "2024-10-07", "--format",
                    name.substring(name.indexOf('.') + 1), "--out", file.toString());
            assertEquals(0, result.code(), result.err());
        }
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            String text = org.jointplan.report.pdf.TaggedText.of(document); // the page furniture left out
            assertTrue(text.contains("Nguyễn Thị Minh Khai, Zażółć Gęślą"), "Latin scripts as text");
            assertTrue(text.contains(reason.substring(reason.length() - 300).strip()), "the end of the reason");
        }
        try (var in = Files.newInputStream(docx);
             var word = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(
                     new org.apache.poi.xwpf.usermodel.XWPFDocument(in))) {
            String text = word.getText();
            assertTrue(text.contains(names), "every script kept exactly");
            assertTrue(text.contains(reason.toString()), "the whole reason");
        }
        assertTrue(Files.readString(html, StandardCharsets.UTF_8).contains(reason.toString().replace("'", "&apos;")));
    }
}

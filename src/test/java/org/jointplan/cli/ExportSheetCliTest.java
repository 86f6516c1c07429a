package org.jointplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** export-sheet writes the plan's tracker as at a date to an .xlsx or CSV file, or refuses in one sentence. */
class ExportSheetCliTest {
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
    void aWorkbookAsAtARecordedPositionIsWrittenAndSaidInOneLine() throws Exception {
        Path xlsx = dir.resolve("tracker.xlsx");
        Cli.Result result = run("export-sheet", "--as-at", "2024-12-31", "--out", xlsx.toString());
        assertEquals(0, result.code(), result.err());
        assertEquals("Wrote the tracker of '" + TITLE + "' as at 31/12/2024, 29 actions, to " + xlsx + "."
                + System.lineSeparator(), result.out());
        assertEquals("", result.err(), "the spreadsheet library prints nothing");
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertEquals("As at 31/12/2024", book.getSheet("Tracker").getRow(1).getCell(0).getStringCellValue());
        }
        Cli.Result again = run("export-sheet", "--as-at", "2024-12-31", "--out", xlsx.toString());
        assertTrue(again.out().endsWith(", replacing the file that was there." + System.lineSeparator()),
                again.out());
    }

    @Test
    void aCsvIsWrittenWithItsByteOrderMark() throws Exception {
        Path csv = dir.resolve("tracker.csv");
        Cli.Result result = run("export-sheet", "--out", csv.toString(), "--as-at", "31/03/2025");
        assertEquals(0, result.code(), result.err());
        assertTrue(Files.readString(csv, StandardCharsets.UTF_8).startsWith("\uFEFFRef,Priority,Action,"));
    }

    @Test
    void aFileNameOfAnotherKindIsRefusedAndWritesNothing() {
        Path xls = dir.resolve("tracker.xls");
        Cli.Result result = run("export-sheet", "--out", xls.toString());
        assertEquals(2, result.code());
        assertTrue(result.err().contains("Choose a file name ending in .xlsx or .csv for the spreadsheet."),
                result.err());
        assertFalse(Files.exists(xls));
    }

    @Test
    void aDateBeforeTheFirstRecordedPositionIsRefusedInOneSentence() {
        Path xlsx = dir.resolve("early.xlsx");
        Cli.Result result = run("export-sheet", "--as-at", "2024-06-30", "--out", xlsx.toString());
        assertEquals(1, result.code());
        assertEquals("There is no earlier report: the first snapshot of this plan is as at 30/09/2024."
                + System.lineSeparator(), result.err());
        assertFalse(Files.exists(xlsx));
    }
}

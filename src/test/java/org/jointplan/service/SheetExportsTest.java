package org.jointplan.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jointplan.bundle.PackageException;
import org.jointplan.domain.ReportPosition;
import org.jointplan.domain.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tracker written to a file whose name says the format, whole or not at all. */
class SheetExportsTest {
    private static final ReportPosition SAMPLE = ReportPosition.of(SamplePlan.load(), LocalDate.of(2024, 9, 30));

    @TempDir
    Path dir;

    @Test
    void theFileNameSaysTheFormatAndAnyOtherIsRefusedInOneSentence() {
        assertEquals(SheetExports.Format.XLSX, SheetExports.formatOf(Path.of("Q2 tracker.XLSX")));
        assertEquals(SheetExports.Format.CSV, SheetExports.formatOf(Path.of("tracker.csv")));
        for (String name : new String[] {"tracker.xls", "tracker.xlsm", "tracker", ".csv", "tracker.csv.txt"}) {
            ValidationException refused = assertThrows(ValidationException.class,
                    () -> SheetExports.formatOf(Path.of(name)), name);
            assertEquals("Choose a file name ending in .xlsx or .csv for the spreadsheet.", refused.getMessage());
        }
    }

    @Test
    void theSamplePlanIsWrittenAsAWorkbookOfEveryActionAndItsKey() throws IOException {
        Path xlsx = dir.resolve("tracker.xlsx");
        assertEquals(29, SheetExports.write(SAMPLE, false, xlsx));
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertEquals(2, book.getNumberOfSheets());
            assertEquals(2 + 1 + 29, book.getSheet("Tracker").getPhysicalNumberOfRows(), "title, as at, header");
            assertEquals("As at 30/09/2024", book.getSheet("Tracker").getRow(1).getCell(0).getStringCellValue(),
                    "the position recorded as at that date");
        }
        Path perPriority = dir.resolve("by priority.xlsx");
        SheetExports.write(SAMPLE, true, perPriority);
        try (InputStream in = Files.newInputStream(perPriority); XSSFWorkbook book = new XSSFWorkbook(in)) {
            List<String> names = new ArrayList<>();
            book.forEach(s -> names.add(s.getSheetName()));
            assertEquals(List.of("1 SLCN", "2 Sensory OT", "3 Sleep", "4 OT pathway", "5 Data dashboard", "Key"),
                    names);
        }
    }

    @Test
    void aCsvIsOneTableWhateverTheLayoutAsked() throws IOException {
        Path csv = dir.resolve("tracker.csv");
        assertEquals(29, SheetExports.write(SAMPLE, true, csv));
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFRef,Priority,Action,"), text.substring(0, 40));
        assertEquals(30, org.apache.commons.csv.CSVFormat.RFC4180.parse(new java.io.StringReader(text.substring(1)))
                .getRecords().size());
    }

    @Test
    void aFolderThatDoesNotExistIsSaidAndAFileAlreadyThereIsLeftAsItWas() throws IOException {
        PackageException refused = assertThrows(PackageException.class,
                () -> SheetExports.write(SAMPLE, false, dir.resolve("missing").resolve("tracker.xlsx")));
        assertEquals("The folder " + dir.resolve("missing") + " does not exist; choose another place for the"
                + " spreadsheet.", refused.getMessage());
        Path kept = dir.resolve("kept.csv");
        Files.writeString(kept, "the tracker partners have");
        assertThrows(ValidationException.class, () -> SheetExports.write(SAMPLE, false, dir.resolve("kept.pdf")));
        assertArrayEquals("the tracker partners have".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(kept));
    }
}

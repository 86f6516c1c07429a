package org.jointplan.sheet.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jointplan.chart.ChartColour;
import org.jointplan.chart.StatusColours;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.ReportPosition;
import org.jointplan.domain.Status;
import org.junit.jupiter.api.Test;

/** The .xlsx tracker as councils keep one: read back with POI, cell by cell. */
class XlsxTrackerTest {
    private static final LocalDate AS_AT = LocalDate.of(2024, 9, 30);
    private static final List<String> HEADERS = List.of("Ref", "Priority", "Action", "Description",
            "Lead organisation", "Lead officer", "Start", "Due", "Baseline due", "Status", "% complete",
            "Direction of travel", "Reason for status", "Corrective action", "Decision needed", "Milestones");

    private static XSSFWorkbook written(PlanData plan, boolean sheetPerPriority) throws IOException {
        byte[] bytes = XlsxTracker.write(Tracker.of(ReportPosition.of(plan, AS_AT)), sheetPerPriority);
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private static List<String> sheetNames(XSSFWorkbook book) {
        List<String> names = new ArrayList<>();
        book.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(c -> texts.add(c.getCellType() == CellType.STRING ? c.getStringCellValue() : "#" + c));
        return texts;
    }

    @Test
    void oneSheetOpensWithTheTitleAndAsAtLineAboveAFilteredHeaderFrozenWithTheReferences() throws IOException {
        try (XSSFWorkbook book = written(TrackerFixture.plan(), false)) {
            assertEquals(List.of("Tracker", "Key"), sheetNames(book));
            XSSFSheet sheet = book.getSheet("Tracker");
            assertEquals("Joint SEND plan 2024/25", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("As at 30/09/2024", sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals(HEADERS, texts(sheet.getRow(2)));
            assertEquals("A3:P6", sheet.getCTWorksheet().getAutoFilter().getRef(), "the header and every action");
            assertTrue(sheet.getPaneInformation().isFreezePane());
            assertEquals(3, sheet.getPaneInformation().getHorizontalSplitTopRow(), "title, as at and header stay");
            assertEquals(1, sheet.getPaneInformation().getVerticalSplitLeftColumn(), "the references stay");
            assertEquals("Joint SEND plan 2024/25 as at 30/09/2024",
                    book.getProperties().getCoreProperties().getTitle());
        }
    }

    @Test
    void eachActionIsARowWithItsReferenceAsTheCommitteePaperWritesItAndEveryField() throws IOException {
        try (XSSFWorkbook book = written(TrackerFixture.plan(), false)) {
            Sheet sheet = book.getSheet("Tracker");
            Row advice = sheet.getRow(3);
            assertEquals(List.of("1.1", "Speech, Language and Communication Needs (SLCN) services",
                    "Set up an SLCN advice line", "A dedicated advice line\nand weekly drop-ins costing £12,000 – from"
                            + " July", "Nottingham City Council", "Commissioning Manager (SLCN)"),
                    texts(advice).subList(0, 6));
            assertDate(LocalDate.of(2024, 4, 1), advice.getCell(6));
            assertDate(LocalDate.of(2024, 7, 1), advice.getCell(7));
            assertDate(LocalDate.of(2024, 7, 1), advice.getCell(8));
            assertEquals("Complete", advice.getCell(9).getStringCellValue());
            assertEquals(1.0, advice.getCell(10).getNumericCellValue());
            assertEquals("0%", advice.getCell(10).getCellStyle().getDataFormatString());
            assertEquals("★ New", advice.getCell(11).getStringCellValue(), "no report before to compare with");
            assertEquals("01/07/2024 Advice line live (achieved)\n08/07/2024 Drop-ins start (achieved)",
                    advice.getCell(15).getStringCellValue(), "in date order");

            Row formula = sheet.getRow(4);
            assertEquals("1.2", formula.getCell(0).getStringCellValue());
            assertEquals(List.of("At risk", "#0.4", "★ New", "+ Procurement delayed, \"re-tender\"",
                    "Extra market engagement", "Approve the new date", "15/01/2025 Contract awarded"),
                    texts(formula).subList(9, 16));

            Row helpline = sheet.getRow(5);
            assertEquals("2.1", helpline.getCell(0).getStringCellValue());
            assertEquals("", helpline.getCell(4).getStringCellValue(), "no lead organisation");
            assertEquals(CellType.BLANK, helpline.getCell(8).getCellType(), "not baselined");
            assertEquals("Not started", helpline.getCell(9).getStringCellValue());
            assertNull(sheet.getRow(6));
        }
    }

    @Test
    void theStatusIsThePlansOwnWordOnItsBragFillInBoldWhite() throws IOException {
        PlanData plan = TrackerFixture.plan();
        plan = new PlanData(plan.plan().withBragKey(plan.plan().bragKey().with(Status.AT_RISK, "Amber",
                "Some slippage")), plan.partners(), plan.priorities(), plan.actions(), plan.milestones(),
                plan.dependencies(), plan.updates(), plan.measures(), plan.measureValues(), plan.committeeDates(),
                plan.snapshots(), plan.dateMoves(), plan.tombstones());
        try (XSSFWorkbook book = written(plan, false)) {
            Cell status = book.getSheet("Tracker").getRow(4).getCell(9);
            assertEquals("Amber", status.getStringCellValue());
            XSSFCellStyle style = (XSSFCellStyle) status.getCellStyle();
            assertEquals(FillPatternType.SOLID_FOREGROUND, style.getFillPattern());
            assertEquals(StatusColours.AT_RISK, colour(style.getFillForegroundColorColor().getRGB()));
            assertEquals(ChartColour.WHITE, colour(style.getFont().getXSSFColor().getRGB()));
            assertTrue(style.getFont().getBold());
            Cell complete = book.getSheet("Tracker").getRow(3).getCell(9);
            assertEquals(StatusColours.COMPLETE,
                    colour(((XSSFCellStyle) complete.getCellStyle()).getFillForegroundColorColor().getRGB()));
        }
    }

    @Test
    void aTitleThatLooksLikeAFormulaIsWrittenAsTextNeverAsAFormula() throws IOException {
        try (XSSFWorkbook book = written(TrackerFixture.plan(), false)) {
            Cell title = book.getSheet("Tracker").getRow(4).getCell(2);
            assertEquals(CellType.STRING, title.getCellType());
            assertEquals("=HYPERLINK(\"http://x\",\"click\")", title.getStringCellValue());
            assertTrue(title.getCellStyle().getQuotePrefixed(), "stays text when the cell is edited in Excel");
            assertTrue(book.getSheet("Tracker").getRow(4).getCell(5).getCellStyle().getQuotePrefixed(), "@officer");
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertNotEquals(CellType.FORMULA, cell.getCellType(), cell.getAddress().toString());
                    }
                }
            }
        }
    }

    @Test
    void theKeySheetGivesThePlansWordsAndMeaningsInTheOrderCommitteesReadThem() throws IOException {
        try (XSSFWorkbook book = written(TrackerFixture.plan(), false)) {
            Sheet key = book.getSheet("Key");
            assertEquals(List.of("Status", "Colour", "Meaning"), texts(key.getRow(0)));
            assertEquals(List.of("Complete", "Blue", "Delivered, and the outcome in place"), texts(key.getRow(1)));
            assertEquals(List.of("On track", "Green", "Will be delivered by the due date"), texts(key.getRow(2)));
            assertEquals("At risk", key.getRow(3).getCell(0).getStringCellValue());
            assertEquals("Off track", key.getRow(4).getCell(0).getStringCellValue());
            assertEquals("Not started", key.getRow(5).getCell(0).getStringCellValue());
            assertEquals(StatusColours.OFF_TRACK, colour(((XSSFCellStyle) key.getRow(4).getCell(0).getCellStyle())
                    .getFillForegroundColorColor().getRGB()));
        }
    }

    @Test
    void onePerPriorityGivesEachPriorityASheetNamedByItsOrderAndShortName() throws IOException {
        try (XSSFWorkbook book = written(TrackerFixture.plan(), true)) {
            assertEquals(List.of("1 SLCN", "2 Sleep", "Key"), sheetNames(book));
            Sheet slcn = book.getSheet("1 SLCN");
            assertEquals(HEADERS, texts(slcn.getRow(2)));
            assertEquals("1.1", slcn.getRow(3).getCell(0).getStringCellValue());
            assertEquals("1.2", slcn.getRow(4).getCell(0).getStringCellValue());
            assertNull(slcn.getRow(5));
            assertEquals("2.1", book.getSheet("2 Sleep").getRow(3).getCell(0).getStringCellValue());
            assertEquals("A3:P4", ((XSSFSheet) book.getSheet("2 Sleep")).getCTWorksheet().getAutoFilter().getRef());
        }
    }

    @Test
    void columnsAreAsWideAsTheirLongestLineUpToACapAndLongTextWraps() throws IOException {
        try (XSSFWorkbook book = written(TrackerFixture.plan(), false)) {
            Sheet sheet = book.getSheet("Tracker");
            int ref = sheet.getColumnWidth(0) / 256;
            int priority = sheet.getColumnWidth(1) / 256;
            int description = sheet.getColumnWidth(3) / 256;
            assertTrue(ref >= 3 && ref <= 8, "Ref: " + ref);
            assertTrue(priority >= 30 && priority <= 42, "Priority, capped: " + priority);
            assertTrue(description >= "and weekly drop-ins costing £12,000 – from July".length(),
                    "the longest line: " + description);
            assertTrue(sheet.getRow(3).getCell(3).getCellStyle().getWrapText());
            assertTrue(sheet.getRow(3).getCell(1).getCellStyle().getWrapText(), "a long priority name wraps");
        }
    }

    private static void assertDate(LocalDate expected, Cell cell) {
        assertEquals(CellType.NUMERIC, cell.getCellType(), "a real date");
        assertTrue(DateUtil.isCellDateFormatted(cell));
        assertEquals("dd/mm/yyyy", cell.getCellStyle().getDataFormatString());
        assertEquals(expected, cell.getLocalDateTimeCellValue().toLocalDate());
    }

    private static ChartColour colour(byte[] rgb) {
        int[] v = new int[3];
        Arrays.setAll(v, i -> rgb[i] & 0xff);
        return new ChartColour(v[0], v[1], v[2]);
    }
}

package org.jointplan.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jointplan.domain.Frequency;
import org.jointplan.domain.MeasurePeriod;
import org.jointplan.domain.ValidationException;
import org.jointplan.service.Measures.Entry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Figures as Excel pastes them and as CSV files carry them: read whole, or refused in one sentence naming the line. */
class MeasureFiguresTest {
    private static final MeasurePeriod JAN_2024 = MeasurePeriod.parse(Frequency.MONTHLY, "2024-01");

    @TempDir
    Path dir;

    private static MeasurePeriod month(String code) {
        return MeasurePeriod.parse(Frequency.MONTHLY, code);
    }

    private static MeasurePeriod quarter(String code) {
        return MeasurePeriod.parse(Frequency.QUARTERLY, code);
    }

    private static String refusal(Runnable read) {
        return assertThrows(ValidationException.class, read::run).getMessage();
    }

    @Test
    void aColumnOfFiguresFillsConsecutivePeriodsFromTheFirst() {
        MeasureFigures.Figures read = MeasureFigures.pasted("28.8\n36.1%\n 1,121 \n-0.5\n", Frequency.MONTHLY,
                JAN_2024);
        assertEquals(List.of(Entry.actual(month("2024-01"), 28.8, null), Entry.actual(month("2024-02"), 36.1, null),
                Entry.actual(month("2024-03"), 1121, null), Entry.actual(month("2024-04"), -0.5, null)),
                read.entries());
        assertEquals(0, read.skipped());
    }

    @Test
    void aHeaderAndBlankLinesAreSkippedAndCounted() {
        MeasureFigures.Figures read = MeasureFigures.pasted("Month\tValue\tTrajectory\tNote\r\n\r\n"
                + "Jul 2024\t36.6\t40\tprovisional\r\n\r\nAug-24\t37\t\t\r\n", Frequency.MONTHLY, null);
        assertEquals(List.of(new Entry(month("2024-07"), 36.6, 40.0, "provisional"),
                new Entry(month("2024-08"), 37.0, null, null)), read.entries());
        assertEquals(1, read.header());
        assertEquals(2, read.blank());
        assertEquals(3, read.skipped());
    }

    @Test
    void aBlankCellInAColumnLeavesItsPeriodEmpty() {
        MeasureFigures.Figures read = MeasureFigures.pasted("Value\n1\n\n3\n\n", Frequency.MONTHLY, JAN_2024);
        assertEquals(List.of(month("2024-01"), month("2024-03")),
                read.entries().stream().map(Entry::period).toList(), "the gap is February's");
        assertEquals(1, read.header());
        assertEquals(2, read.blank());
    }

    @Test
    void everyPeriodFormAnOfficerPastesIsRead() {
        String text = String.join("\n", "2024-01\t1", "Feb 2024\t2", "Mar-24\t3", "April 2024\t4", "01/05/2024\t5",
                "2024-06-17\t6", "Jul-2024\t7");
        List<MeasurePeriod> periods = MeasureFigures.pasted(text, Frequency.MONTHLY, null).entries().stream()
                .map(Entry::period).toList();
        assertEquals(List.of(month("2024-01"), month("2024-02"), month("2024-03"), month("2024-04"),
                month("2024-05"), month("2024-06"), month("2024-07")), periods);
        String quarters = String.join("\n", "2024-Q2\t1", "Q3 2024/25\t2", "15/01/2025\t3", "2025-04-01\t4");
        assertEquals(List.of(quarter("2024-Q2"), quarter("2024-Q3"), quarter("2024-Q4"), quarter("2025-Q1")),
                MeasureFigures.pasted(quarters, Frequency.QUARTERLY, null).entries().stream().map(Entry::period)
                        .toList());
    }

    @Test
    void commasOrSemicolonsSeparateColumnsWhenThereAreNoTabs() {
        assertEquals(List.of(Entry.actual(month("2024-07"), 1121, null), Entry.actual(month("2024-08"), 2.5, null)),
                MeasureFigures.pasted("2024-07,\"1,121\"\n2024-08,2.5", Frequency.MONTHLY, null).entries());
        assertEquals(List.of(Entry.actual(month("2024-07"), 36.6, "x")),
                MeasureFigures.pasted("2024-07;36.6;;x", Frequency.MONTHLY, null).entries());
        assertEquals(List.of(Entry.actual(month("2024-07"), 1121, null)),
                MeasureFigures.pasted("1,121", Frequency.MONTHLY, month("2024-07")).entries(),
                "a single figure with a thousands separator is one column");
    }

    @Test
    void whatCannotBeStoredIsRefusedNamingTheLineAndNothingIsReturned() {
        assertEquals("Line 4: 'abc' is not a number.", refusal(() -> MeasureFigures.pasted(
                "Period\tValue\n2024-01\t1\n2024-02\t2\n2024-03\tabc", Frequency.MONTHLY, null)));
        assertTrue(refusal(() -> MeasureFigures.pasted("2024-01\t< 5", Frequency.MONTHLY, null))
                .startsWith("Line 1: '< 5' is a suppressed figure"));
        assertEquals("Line 2: 'NaN' is not a number.",
                refusal(() -> MeasureFigures.pasted("1\nNaN", Frequency.MONTHLY, JAN_2024)));
        assertEquals("Line 1: 'Infinity' is not a number.",
                refusal(() -> MeasureFigures.pasted("2024-01\tInfinity", Frequency.MONTHLY, null)));
        assertTrue(refusal(() -> MeasureFigures.pasted("2024-13\t1", Frequency.MONTHLY, null))
                .startsWith("Line 1: '2024-13' is not a monthly period"));
        assertTrue(refusal(() -> MeasureFigures.pasted("2024-01\t1\n2024-Q2\t2", Frequency.MONTHLY, null))
                .startsWith("Line 2: "), "a quarter for a monthly measure");
        assertTrue(refusal(() -> MeasureFigures.pasted("Jul 2024\t1", Frequency.QUARTERLY, null))
                .startsWith("Line 1: "), "a month for a quarterly measure");
        assertEquals("Line 3: Jul 2024 is given twice; give each period once.", refusal(() -> MeasureFigures
                .pasted("2024-07\t1\n2024-08\t2\n01/07/2024\t3", Frequency.MONTHLY, null)));
        assertTrue(refusal(() -> MeasureFigures.pasted("1\n2", Frequency.MONTHLY, null)).contains("first"),
                "a column of figures needs its first period");
        assertEquals("There are no figures to record.",
                refusal(() -> MeasureFigures.pasted("Value\n\n", Frequency.MONTHLY, JAN_2024)));
    }

    @Test
    void aCsvReadsByItsHeaderWordsInAnyOrder() throws Exception {
        Path file = write("figures.csv", "Note,Planned,Actual value,Month\n"
                + "\"first,\nsecond\",40,36.6,2024-07\n,,37,Aug 2024\n\n", StandardCharsets.UTF_8);
        MeasureFigures.Figures read = MeasureFigures.csv(file, Frequency.MONTHLY);
        assertEquals(List.of(new Entry(month("2024-07"), 36.6, 40.0, "first, second"),
                new Entry(month("2024-08"), 37.0, null, null)), read.entries(), "a quoted line break stays in the note");
        assertEquals(1, read.header());
        assertEquals(1, read.blank());
    }

    @Test
    void aCsvWithoutAHeaderIsReadByPosition() throws Exception {
        Path file = write("figures.csv", "2024-Q1,121,130,end of year\n2024-Q2,118\n", StandardCharsets.UTF_8);
        assertEquals(List.of(new Entry(quarter("2024-Q1"), 121.0, 130.0, "end of year"),
                Entry.actual(quarter("2024-Q2"), 118, null)), MeasureFigures.csv(file, Frequency.QUARTERLY).entries());
    }

    @Test
    void aCsvInWindows1252OrUtf8KeepsPoundsAndDashes() throws Exception {
        String text = "Period,Value,Note\n2024-07,36.6,£2k funding – provisional\n";
        String expected = "£2k funding – provisional";
        assertEquals(expected, note(write("utf8.csv", text, StandardCharsets.UTF_8)));
        assertEquals(expected, note(write("cp1252.csv", text, Charset.forName("windows-1252"))));
        Path bom = dir.resolve("bom.csv");
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Files.write(bom, withBom);
        assertEquals(expected, note(bom));
        assertEquals(1, MeasureFigures.csv(bom, Frequency.MONTHLY).header(), "the BOM is not part of the header");
    }

    private String note(Path file) {
        return MeasureFigures.csv(file, Frequency.MONTHLY).entries().get(0).note();
    }

    @Test
    void aCsvIsRefusedNamingTheRow() throws Exception {
        assertEquals("Row 3: 'n/a' is not a number.", refusal(() -> MeasureFigures.csv(uncheckedWrite(
                "a.csv", "Period,Value\n2024-07,1\n2024-08,n/a\n"), Frequency.MONTHLY)));
        assertEquals("Row 3: Jul 2024 is given twice; give each period once.", refusal(() -> MeasureFigures.csv(
                uncheckedWrite("b.csv", "2024-07,1\n2024-08,2\n2024-07,3\n"), Frequency.MONTHLY)));
        assertTrue(refusal(() -> MeasureFigures.csv(uncheckedWrite("c.csv", "Period,Comment\n2024-07,x\n"),
                Frequency.MONTHLY)).contains("figures"), "a header without a column of figures");
        assertTrue(refusal(() -> MeasureFigures.csv(dir.resolve("missing.csv"), Frequency.MONTHLY))
                .contains("missing.csv"));
    }

    @Test
    void aTrajectoryAloneIsKeptWithoutAnActual() {
        Entry e = MeasureFigures.pasted("2025-01\t\t50", Frequency.MONTHLY, null).entries().get(0);
        assertNull(e.actual());
        assertEquals(50.0, e.trajectory());
    }

    private Path uncheckedWrite(String name, String text) {
        try {
            return write(name, text, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Path write(String name, String text, Charset charset) throws java.io.IOException {
        Path file = dir.resolve(name);
        Files.write(file, text.getBytes(charset));
        return file;
    }
}

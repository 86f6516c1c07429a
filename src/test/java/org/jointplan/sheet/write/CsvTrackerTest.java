package org.jointplan.sheet.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jointplan.domain.ReportPosition;
import org.junit.jupiter.api.Test;

/** The CSV tracker: UTF-8 with a BOM for Excel, RFC 4180 quoting, and no cell Excel would run as a formula. */
class CsvTrackerTest {
    private final byte[] bytes = CsvTracker.write(Tracker.of(ReportPosition.of(TrackerFixture.plan(),
            LocalDate.of(2024, 9, 30))));
    private final String text = new String(bytes, StandardCharsets.UTF_8);

    private List<CSVRecord> records() throws IOException {
        return CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
    }

    @Test
    void startsWithTheUtf8ByteOrderMarkSoExcelReadsPoundSignsAndDashes() throws IOException {
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        assertEquals("A dedicated advice line\nand weekly drop-ins costing £12,000 – from July",
                records().get(1).get(3));
    }

    @Test
    void theHeaderAndEachActionAreOneRecordEachInTheTrackersColumns() throws IOException {
        List<CSVRecord> records = records();
        assertEquals(4, records.size());
        assertEquals(List.of("Ref", "Priority", "Action", "Description", "Lead organisation", "Lead officer",
                "Start", "Due", "Baseline due", "Status", "% complete", "Direction of travel", "Reason for status",
                "Corrective action", "Decision needed", "Milestones"), records.get(0).toList());
        assertEquals(List.of("1.1", "Speech, Language and Communication Needs (SLCN) services",
                "Set up an SLCN advice line", "A dedicated advice line\nand weekly drop-ins costing £12,000 – from July",
                "Nottingham City Council", "Commissioning Manager (SLCN)", "01/04/2024", "01/07/2024", "01/07/2024",
                "Complete", "100%", "★ New", "", "", "", "01/07/2024 Advice line live (achieved)\n"
                        + "08/07/2024 Drop-ins start (achieved)"), records.get(1).toList());
        assertEquals(List.of("2.1", "Integrated sleep support pathway", "Launch the sleep support helpline", "", "",
                "", "01/10/2024", "31/03/2025", "", "Not started", "0%", "★ New", "", "", "", ""),
                records.get(3).toList());
    }

    @Test
    void recordsEndInCrLfAndQuotesAreDoubledAsRfc4180Says() {
        assertTrue(text.startsWith("\uFEFFRef,Priority,Action,Description,"), text);
        assertTrue(text.contains(",Milestones\r\n"), "CRLF after the header");
        assertTrue(text.contains("\"'+ Procurement delayed, \"\"re-tender\"\"\""), text);
    }

    @Test
    void aCellThatBeginsWithAFormulaCharacterGetsAnApostropheSoExcelShowsItAsText() throws IOException {
        CSVRecord formula = records().get(2);
        assertEquals("'=HYPERLINK(\"http://x\",\"click\")", formula.get(2));
        assertEquals("'-1 day slippage", formula.get(3));
        assertEquals("'@officer", formula.get(5));
        assertEquals("'+ Procurement delayed, \"re-tender\"", formula.get(12));
        assertEquals("At risk", formula.get(9));
        assertEquals("40%", formula.get(10));
    }
}

package org.jointplan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The date and label the dialog offers first: the last quarter end on or before today, and its quarter. */
class RecordPositionDialogTest {

    @Test
    void theLastQuarterEndOnOrBeforeTodayIsOffered() {
        assertEquals(LocalDate.of(2025, 3, 31), RecordPositionDialog.lastQuarterEnd(LocalDate.of(2025, 4, 1)));
        assertEquals(LocalDate.of(2025, 3, 31), RecordPositionDialog.lastQuarterEnd(LocalDate.of(2025, 6, 29)));
        assertEquals(LocalDate.of(2025, 6, 30), RecordPositionDialog.lastQuarterEnd(LocalDate.of(2025, 6, 30)));
        assertEquals(LocalDate.of(2024, 12, 31), RecordPositionDialog.lastQuarterEnd(LocalDate.of(2025, 1, 15)));
        assertEquals(LocalDate.of(2024, 9, 30), RecordPositionDialog.lastQuarterEnd(LocalDate.of(2024, 12, 30)));
    }

    @Test
    void theLabelNamesTheGroupAndTheFinancialQuarter() {
        assertEquals("SCG, Q4 2024/25", RecordPositionDialog.defaultLabel(LocalDate.of(2025, 3, 31)));
        assertEquals("SCG, Q1 2025/26", RecordPositionDialog.defaultLabel(LocalDate.of(2025, 6, 30)));
    }
}

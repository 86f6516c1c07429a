package org.jointplan.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatesTest {

    @Test
    void financialYearRunsAprilToMarch() {
        FinancialYear fy = FinancialYear.parse("2024/25");
        assertEquals(LocalDate.of(2024, 4, 1), fy.start());
        assertEquals(LocalDate.of(2025, 3, 31), fy.end());
        assertEquals(fy, FinancialYear.of(LocalDate.of(2025, 3, 31)));
        assertEquals(fy.next(), FinancialYear.of(LocalDate.of(2025, 4, 1)));
        assertEquals("2099/00", new FinancialYear(2099).label());
    }

    @Test
    void quartersAreFinancialQuarters() {
        assertEquals("Q1 2024/25", FinancialYear.quarterLabel(LocalDate.of(2024, 4, 1)));
        assertEquals("Q2 2024/25", FinancialYear.quarterLabel(LocalDate.of(2024, 9, 30)));
        assertEquals("Q3 2024/25", FinancialYear.quarterLabel(LocalDate.of(2024, 10, 1)));
        assertEquals("Q4 2024/25", FinancialYear.quarterLabel(LocalDate.of(2025, 1, 15)));
        assertEquals("Q4 2023/24", FinancialYear.quarterLabel(LocalDate.of(2024, 3, 31)));
    }

    @Test
    void financialYearLabelMustBeConsecutiveYears() {
        assertThrows(ValidationException.class, () -> FinancialYear.parse("2024/26"));
        assertThrows(ValidationException.class, () -> FinancialYear.parse("24/25"));
    }

    @Test
    void ukDatesReadCommonFormsAndRefuseImpossibleDays() {
        LocalDate july = LocalDate.of(2024, 7, 1);
        assertEquals(july, UkDates.parse("01/07/2024"));
        assertEquals(july, UkDates.parse("1/7/2024"));
        assertEquals(july, UkDates.parse("1 July 2024"));
        assertEquals(july, UkDates.parse("2024-07-01"));
        assertEquals("01/07/2024", UkDates.numeric(july));
        assertEquals("1 July 2024", UkDates.prose(july));
        var e = assertThrows(ValidationException.class, () -> UkDates.parse("30/02/2025"));
        assertEquals("'30/02/2025' is not a date; write it like 01/07/2024.", e.getMessage());
    }

    @Test
    void dateRangeRefusesReversedEnds() {
        assertThrows(ValidationException.class,
                () -> new DateRange(LocalDate.of(2025, 1, 2), LocalDate.of(2025, 1, 1)));
        assertEquals(1, new DateRange(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 1)).days());
    }
}

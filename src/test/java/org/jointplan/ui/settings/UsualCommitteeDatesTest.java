package org.jointplan.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.jointplan.domain.DateRange;
import org.junit.jupiter.api.Test;

class UsualCommitteeDatesTest {
    private static final String SCG = UsualCommitteeDates.SCG;
    private static final String SCRUTINY = UsualCommitteeDates.SCRUTINY;

    @Test
    void theGroupMeetsAMonthAfterEachQuarterEndAndScrutinyTwoMonthsAfterEachHalfYear() {
        var dates = UsualCommitteeDates.within(new DateRange(LocalDate.of(2024, 8, 1), LocalDate.of(2025, 3, 31)));
        assertEquals(List.of(
                new UsualCommitteeDates.Meeting(SCG, LocalDate.of(2024, 10, 30)),
                new UsualCommitteeDates.Meeting(SCRUTINY, LocalDate.of(2024, 12, 2)), // 30 Nov is a Saturday
                new UsualCommitteeDates.Meeting(SCG, LocalDate.of(2025, 1, 31)),
                new UsualCommitteeDates.Meeting(SCG, LocalDate.of(2025, 4, 30)),
                new UsualCommitteeDates.Meeting(SCRUTINY, LocalDate.of(2025, 6, 2))), dates); // 31 May: Saturday
    }

    @Test
    void aWholeFinancialYearHasFourGroupMeetingsAndTwoScrutinies() {
        var dates = UsualCommitteeDates.within(new DateRange(LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31)));
        assertEquals(4, dates.stream().filter(m -> m.name().equals(SCG)).count());
        assertEquals(2, dates.stream().filter(m -> m.name().equals(SCRUTINY)).count());
        dates.forEach(m -> assertEquals(true, m.date().getDayOfWeek().getValue() <= 5, m + " is on a weekday"));
    }

    @Test
    void aPeriodWithNoQuarterEndHasNoUsualMeetings() {
        assertEquals(List.of(), UsualCommitteeDates.within(
                new DateRange(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 9, 29))));
    }
}

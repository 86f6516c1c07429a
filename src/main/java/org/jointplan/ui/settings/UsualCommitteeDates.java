package org.jointplan.ui.settings;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.jointplan.domain.DateRange;

/**
 * The reporting calendar most joint plans keep, offered as a start: the Strategic Commissioning Group a month after
 * each quarter end, scrutiny two months after each half-year end (30 September, 31 March), for the quarter ends
 * within the plan's period. A meeting that would fall on a weekend is put on the Monday after.
 */
final class UsualCommitteeDates {
    static final String SCG = "Strategic Commissioning Group";
    static final String SCRUTINY = "Scrutiny";

    /** A meeting proposed: the committee's name and the date. */
    record Meeting(String name, LocalDate date) {
    }

    private UsualCommitteeDates() {
    }

    static List<Meeting> within(DateRange period) {
        List<Meeting> meetings = new ArrayList<>();
        LocalDate quarterEnd = firstQuarterEndFrom(period.start());
        while (!quarterEnd.isAfter(period.end())) {
            meetings.add(new Meeting(SCG, weekday(quarterEnd.plusMonths(1))));
            if (quarterEnd.getMonthValue() == 9 || quarterEnd.getMonthValue() == 3) {
                meetings.add(new Meeting(SCRUTINY, weekday(quarterEnd.plusMonths(2))));
            }
            quarterEnd = quarterEnd.plusMonths(3).with(TemporalAdjusters.lastDayOfMonth());
        }
        return meetings;
    }

    private static LocalDate firstQuarterEndFrom(LocalDate day) {
        int month = day.getMonthValue();
        int endMonth = ((month - 1) / 3 + 1) * 3; // March, June, September, December
        return day.withMonth(endMonth).with(TemporalAdjusters.lastDayOfMonth());
    }

    private static LocalDate weekday(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY
                ? day.with(TemporalAdjusters.next(DayOfWeek.MONDAY)) : day;
    }
}

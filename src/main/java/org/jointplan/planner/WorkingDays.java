package org.jointplan.planner;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * GanttProject's calendar: its weekend days, its holidays (a dated one, or one every year when the file gives no
 * year, which MPXJ's reader ignores) and days it marks as working despite the weekend. A task's duration counts
 * working days from its start, so its last day is found here, as GanttProject's chart shows it.
 */
final class WorkingDays {
    /** Beyond this many calendar days a duration is not a plan's (and a calendar with no working day ends here). */
    private static final int LONGEST_SPAN_DAYS = 366 * 100;

    private final Set<DayOfWeek> weekend = EnumSet.noneOf(DayOfWeek.class);
    private final Set<LocalDate> holidays = new HashSet<>();
    private final Set<MonthDay> yearlyHolidays = new HashSet<>();
    private final Set<LocalDate> workingDays = new HashSet<>();

    static WorkingDays mondayToFriday() {
        WorkingDays days = new WorkingDays();
        days.weekend.add(DayOfWeek.SATURDAY);
        days.weekend.add(DayOfWeek.SUNDAY);
        return days;
    }

    void setWeekend(DayOfWeek day, boolean isWeekend) {
        if (isWeekend) {
            weekend.add(day);
        } else {
            weekend.remove(day);
        }
    }

    void addHoliday(LocalDate day) {
        holidays.add(day);
    }

    void addYearlyHoliday(MonthDay day) {
        yearlyHolidays.add(day);
    }

    void addWorkingDay(LocalDate day) {
        workingDays.add(day);
    }

    boolean isWorking(LocalDate day) {
        if (workingDays.contains(day)) {
            return true;
        }
        return !weekend.contains(day.getDayOfWeek()) && !holidays.contains(day)
                && !yearlyHolidays.contains(MonthDay.from(day));
    }

    /**
     * The last day of a task that starts on {@code start} and lasts {@code duration} working days: the day on which
     * the count reaches the duration. A duration of 0 or 1 ends on the start day.
     */
    LocalDate lastDay(LocalDate start, int duration) {
        if (duration <= 1) {
            return start;
        }
        int counted = 0;
        LocalDate day = start;
        for (int i = 0; i < LONGEST_SPAN_DAYS; i++, day = day.plusDays(1)) {
            if (isWorking(day) && ++counted >= duration) {
                return day;
            }
        }
        return start.plusDays(duration - 1L);
    }
}

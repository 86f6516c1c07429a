package org.jointplan.domain;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period a measure's value belongs to: a month, written {@code 2024-07}, or a financial quarter, written
 * {@code 2024-Q2}: quarter 2 of the financial year that starts in April 2024, so July to September 2024. Financial
 * quarters because the plan, its committees and NHS returns all count them from April (see docs/report-format.md).
 * A period is stored as its first day.
 */
public record MeasurePeriod(Frequency frequency, LocalDate start) implements Comparable<MeasurePeriod> {
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[Qq]([1-4])");

    public MeasurePeriod {
        if (frequency == null || start == null) {
            throw new ValidationException("A period needs its frequency and its first day.");
        }
        PlausibleDates.require(start);
        if (!isPeriodStart(frequency, start)) {
            throw new ValidationException(UkDates.numeric(start) + " is not the first day of a "
                    + (frequency == Frequency.MONTHLY ? "month." : "financial quarter."));
        }
    }

    /** Whether a date is the first day of a period of this frequency (1 April, July, October, January for quarters). */
    public static boolean isPeriodStart(Frequency frequency, LocalDate date) {
        return date.getDayOfMonth() == 1
                && (frequency == Frequency.MONTHLY || (date.getMonthValue() - 1) % 3 == 0);
    }

    /** The period of this frequency that holds the date. */
    public static MeasurePeriod containing(Frequency frequency, LocalDate date) {
        LocalDate first = date.withDayOfMonth(1);
        if (frequency == Frequency.QUARTERLY) {
            first = first.minusMonths((first.getMonthValue() - 1) % 3);
        }
        return new MeasurePeriod(frequency, first);
    }

    /** Reads "2024-07" or "2024-Q2"; the form must match the measure's frequency. */
    public static MeasurePeriod parse(Frequency frequency, String text) {
        String s = text == null ? "" : text.strip();
        Matcher month = MONTH.matcher(s);
        Matcher quarter = QUARTER.matcher(s);
        if (month.matches() && frequency == Frequency.MONTHLY) {
            int m = Integer.parseInt(month.group(2));
            if (m >= 1 && m <= 12) {
                return new MeasurePeriod(frequency, LocalDate.of(Integer.parseInt(month.group(1)), m, 1));
            }
        } else if (quarter.matches() && frequency == Frequency.QUARTERLY) {
            FinancialYear year = new FinancialYear(Integer.parseInt(quarter.group(1)));
            return new MeasurePeriod(frequency, year.start().plusMonths(3L * (Integer.parseInt(quarter.group(2)) - 1)));
        }
        throw new ValidationException(frequency == Frequency.MONTHLY
                ? "Write a monthly period as year and month, like 2024-07."
                : "Write a quarterly period as the financial year's first year and the quarter, like 2024-Q2"
                        + " for July to September 2024.");
    }

    /** "2024-07" or "2024-Q2", the form {@link #parse} reads. */
    public String code() {
        if (frequency == Frequency.MONTHLY) {
            return String.format("%d-%02d", start.getYear(), start.getMonthValue());
        }
        return FinancialYear.of(start).startYear() + "-Q" + FinancialYear.quarterOf(start);
    }

    /** "Jul 2024" or "Q2 2024/25", as tables and chart axes show it. */
    public String label() {
        if (frequency == Frequency.MONTHLY) {
            return start.getMonth().getDisplayName(TextStyle.SHORT, Locale.UK) + " " + start.getYear();
        }
        return FinancialYear.quarterLabel(start);
    }

    /** The last day of the period. */
    public LocalDate end() {
        return start.plusMonths(frequency.months()).minusDays(1);
    }

    public MeasurePeriod next() {
        return new MeasurePeriod(frequency, start.plusMonths(frequency.months()));
    }

    @Override
    public int compareTo(MeasurePeriod other) {
        return start.compareTo(other.start);
    }
}

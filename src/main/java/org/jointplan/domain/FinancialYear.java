package org.jointplan.domain;

import java.time.LocalDate;
import java.time.Month;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A UK financial year, April to March, written "2024/25". Q1 is April-June, Q4 is January-March. */
public record FinancialYear(int startYear) implements Comparable<FinancialYear> {
    private static final Pattern LABEL = Pattern.compile("(\\d{4})/(\\d{2})");

    public FinancialYear {
        if (startYear < 1900 || startYear > 2999) {
            throw new ValidationException("The financial year must start between 1900 and 2999.");
        }
    }

    public static FinancialYear of(LocalDate date) {
        return new FinancialYear(date.getMonthValue() >= Month.APRIL.getValue() ? date.getYear() : date.getYear() - 1);
    }

    public static FinancialYear parse(String label) {
        Matcher m = LABEL.matcher(label == null ? "" : label.strip());
        if (!m.matches() || (Integer.parseInt(m.group(1)) + 1) % 100 != Integer.parseInt(m.group(2))) {
            throw new ValidationException("'" + label + "' is not a financial year; write it like 2024/25.");
        }
        return new FinancialYear(Integer.parseInt(m.group(1)));
    }

    public LocalDate start() {
        return LocalDate.of(startYear, Month.APRIL, 1);
    }

    public LocalDate end() {
        return LocalDate.of(startYear + 1, Month.MARCH, 31);
    }

    public String label() {
        return String.format("%d/%02d", startYear, (startYear + 1) % 100);
    }

    public FinancialYear next() {
        return new FinancialYear(startYear + 1);
    }

    /** The quarter (1-4) of this financial year that holds the date. */
    public static int quarterOf(LocalDate date) {
        return ((date.getMonthValue() + 8) % 12) / 3 + 1;
    }

    /** "Q3 2024/25" for a date in October to December 2024. */
    public static String quarterLabel(LocalDate date) {
        return "Q" + quarterOf(date) + " " + of(date).label();
    }

    @Override
    public int compareTo(FinancialYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return label();
    }
}

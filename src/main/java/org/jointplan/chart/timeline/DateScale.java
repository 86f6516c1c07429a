package org.jointplan.chart.timeline;

import java.time.LocalDate;

/**
 * Days to x across the plot: {@code from} begins at {@code left}, the day after {@code to} ends at {@code right}, so a
 * day is a band and an action due on a day covers it.
 */
record DateScale(LocalDate from, LocalDate to, double left, double right) {
    DateScale {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The timeline's range must end on or after its start.");
        }
    }

    double perDay() {
        return (right - left) / (to.toEpochDay() - from.toEpochDay() + 1);
    }

    /** Where a day begins, clamped to the plot. */
    double x(LocalDate day) {
        double x = left + (day.toEpochDay() - from.toEpochDay()) * perDay();
        return Math.max(left, Math.min(right, x));
    }

    /** Where a day ends, clamped to the plot. */
    double xEnd(LocalDate day) {
        return x(day.plusDays(1));
    }

    boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}

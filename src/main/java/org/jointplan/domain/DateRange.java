package org.jointplan.domain;

import java.time.LocalDate;
import java.util.Objects;

/** A span of whole days, both ends included. The end is never before the start. */
public record DateRange(LocalDate start, LocalDate end) {

    public DateRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        PlausibleDates.require(start);
        PlausibleDates.require(end);
        if (end.isBefore(start)) {
            throw new ValidationException("The end date (" + UkDates.numeric(end) + ") is before the start date ("
                    + UkDates.numeric(start) + ").");
        }
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    public long days() {
        return end.toEpochDay() - start.toEpochDay() + 1;
    }
}

package org.jointplan.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The one date rule for every way in (records, typed dates, packages). Java dates run to the year 999,999,999, but
 * the store keeps dates as SQLite dates and a change stamp decides merges, so a plan's dates fall in the years the
 * financial years allow (1900 to 2999) and its change stamps between 1970 and 2999.
 */
public final class PlausibleDates {
    public static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(2999, 12, 31);
    public static final Instant FIRST_STAMP = Instant.EPOCH;
    public static final Instant LAST_STAMP = Instant.parse("3000-01-01T00:00:00Z");

    private PlausibleDates() {
    }

    public static boolean plausible(LocalDate date) {
        return !date.isBefore(FIRST_DAY) && !date.isAfter(LAST_DAY);
    }

    public static boolean plausible(Instant at) {
        return !at.isBefore(FIRST_STAMP) && at.isBefore(LAST_STAMP);
    }

    /** The date itself (null stays null), or a plain refusal when no plan can hold it. */
    public static LocalDate require(LocalDate date) {
        if (date != null && !plausible(date)) {
            throw new ValidationException("The date " + UkDates.numeric(date) + " is not one a plan can hold;"
                    + " plan dates fall between 1900 and 2999.");
        }
        return date;
    }

    /** The time of a change, or a plain refusal when it cannot be right. */
    public static Instant requireStamp(Instant at) {
        if (at != null && !plausible(at)) {
            throw new ValidationException("A change dated " + at + " cannot be right; changes fall between 1970 and"
                    + " 2999.");
        }
        return at;
    }
}

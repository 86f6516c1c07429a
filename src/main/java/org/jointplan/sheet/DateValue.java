package org.jointplan.sheet;

import java.time.LocalDate;

/** A date cell as read: one day, no date at all, a period too vague to pick a day from, or text that is no date. */
sealed interface DateValue {
    /** One day; {@code note} says how it was read when that is not plain ("w/c 02/09/2024": the Friday). */
    record Day(LocalDate date, String note) implements DateValue {
    }

    /** No date given: blank, "ongoing", "TBC". */
    record None(String written) implements DateValue {
    }

    /** A period ("Summer 2025", "2025"): which of its days is meant is asked. */
    record Vague(String written, LocalDate first, LocalDate last) implements DateValue {
    }

    /** Text that names no date the import can read. */
    record Unreadable(String written) implements DateValue {
    }
}

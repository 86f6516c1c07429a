package org.jointplan.report;

import java.time.LocalDate;
import org.jointplan.domain.BragKey;
import org.jointplan.domain.Direction;
import org.jointplan.domain.Status;
import org.jointplan.domain.UkDates;

/** The report's small phrases: dates as tables and prose write them, statuses and directions in words. */
final class ReportWords {
    static final String NONE = "–";

    private ReportWords() {
    }

    /** 01/07/2024 in tables, or a dash. */
    static String date(LocalDate date) {
        return date == null ? NONE : UkDates.numeric(date);
    }

    static Cell status(BragKey key, Status status) {
        return Cell.status(status, key.label(status));
    }

    static String statusWords(BragKey key, Status status) {
        return status.symbol() + " " + key.label(status);
    }

    /** "↑ Improved", or a dash when there was nothing to compare with. */
    static String direction(Direction direction) {
        return direction == null ? NONE : direction.describe();
    }

    static String orDash(String text) {
        return text == null || text.isBlank() ? NONE : text;
    }

    static String plural(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}

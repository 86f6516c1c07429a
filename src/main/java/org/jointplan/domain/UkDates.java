package org.jointplan.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;

/** UK date conventions: "1 July 2024" in prose, "01/07/2024" in tables. Parsing is strict: 30/02/2025 is refused. */
public final class UkDates {
    private static final DateTimeFormatter NUMERIC = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.UK)
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter PROSE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK)
            .withResolverStyle(ResolverStyle.STRICT);
    private static final List<DateTimeFormatter> ACCEPTED = List.of(NUMERIC,
            DateTimeFormatter.ofPattern("d/M/uuuu", Locale.UK).withResolverStyle(ResolverStyle.STRICT),
            PROSE,
            DateTimeFormatter.ofPattern("d MMM uuuu", Locale.UK).withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ISO_LOCAL_DATE.withResolverStyle(ResolverStyle.STRICT));

    private UkDates() {
    }

    public static String numeric(LocalDate date) {
        return date == null ? "" : NUMERIC.format(date);
    }

    public static String prose(LocalDate date) {
        return date == null ? "" : PROSE.format(date);
    }

    /** Reads 01/07/2024, 1/7/2024, 1 July 2024, 1 Jul 2024 or 2024-07-01. */
    public static LocalDate parse(String text) {
        String value = text == null ? "" : text.strip();
        for (DateTimeFormatter format : ACCEPTED) {
            try {
                return PlausibleDates.require(LocalDate.parse(value, format));
            } catch (DateTimeParseException notThisFormat) {
                // try the next accepted format
            }
        }
        throw new ValidationException("'" + value + "' is not a date; write it like 01/07/2024.");
    }
}

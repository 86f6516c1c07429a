package org.jointplan.service;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jointplan.domain.FinancialYear;
import org.jointplan.domain.Frequency;
import org.jointplan.domain.MeasurePeriod;
import org.jointplan.domain.ValidationException;

/**
 * A period as officers write it in a spreadsheet: the codes {@code 2024-07} and {@code 2024-Q2}, a month ("Jul 2024",
 * "Jul-24", "July 2024"), a financial quarter ("Q2 2024/25"), or a date ("01/07/2024", "2024-07-01"), which stands
 * for the period holding it. A month is refused for a quarterly measure and a quarter for a monthly one.
 */
final class PeriodText {
    private static final Pattern CODE = Pattern.compile("\\d{4}-([01]?\\d|[Qq]\\d)");
    private static final Pattern MONTH = Pattern.compile("([A-Za-z]{3,9})\\.?[ \\-/]*(\\d{2}|\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("[Qq]([1-4])[ \\-]*(\\d{4})[/\\-](\\d{2}|\\d{4})");
    private static final Pattern UK_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

    private PeriodText() {
    }

    static MeasurePeriod read(Frequency frequency, String cell) {
        String s = cell == null ? "" : cell.replace('\u00a0', ' ').strip();
        if (CODE.matcher(s).matches()) {
            try {
                return MeasurePeriod.parse(frequency, s);
            } catch (ValidationException e) {
                throw refused(s, frequency);
            }
        }
        LocalDate date = date(s);
        if (date != null) {
            return MeasurePeriod.containing(frequency, date);
        }
        Matcher quarter = QUARTER.matcher(s);
        if (quarter.matches()) {
            if (frequency != Frequency.QUARTERLY) {
                throw new ValidationException("'" + s + "' is a quarter, but the measure is reported monthly.");
            }
            FinancialYear year = new FinancialYear(Integer.parseInt(quarter.group(2)));
            return new MeasurePeriod(frequency, year.start().plusMonths(3L * (Integer.parseInt(quarter.group(1)) - 1)));
        }
        Matcher month = MONTH.matcher(s);
        Month named = month.matches() ? month(month.group(1)) : null;
        if (named != null) {
            if (frequency != Frequency.MONTHLY) {
                throw new ValidationException("'" + s + "' is a month, but the measure is reported quarterly: write"
                        + " its quarter, like 2024-Q2.");
            }
            int year = Integer.parseInt(month.group(2));
            return new MeasurePeriod(frequency, LocalDate.of(year < 100 ? 2000 + year : year, named, 1));
        }
        throw refused(s, frequency);
    }

    /** Whether a cell reads as a period of either frequency: how a pasted header row or column is told apart. */
    static boolean isPeriod(String cell) {
        for (Frequency f : Frequency.values()) {
            try {
                read(f, cell);
                return true;
            } catch (ValidationException | DateTimeException e) {
                // not of this frequency
            }
        }
        return false;
    }

    private static ValidationException refused(String s, Frequency frequency) {
        return new ValidationException("'" + s + "' is not a " + frequency.code() + " period; write it like "
                + (frequency == Frequency.MONTHLY ? "2024-07 or Jul 2024." : "2024-Q2 (July to September 2024)."));
    }

    private static LocalDate date(String s) {
        Matcher uk = UK_DATE.matcher(s);
        Matcher iso = ISO_DATE.matcher(s);
        try {
            if (uk.matches()) {
                return LocalDate.of(Integer.parseInt(uk.group(3)), Integer.parseInt(uk.group(2)),
                        Integer.parseInt(uk.group(1)));
            }
            if (iso.matches()) {
                return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3)));
            }
        } catch (DateTimeException e) {
            throw new ValidationException("'" + s + "' is not a date.");
        }
        return null;
    }

    private static Month month(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (Month m : Month.values()) {
            String full = m.getDisplayName(TextStyle.FULL, Locale.UK).toLowerCase(Locale.ROOT);
            if (w.equals(full) || w.equals(full.substring(0, 3)) || (w.equals("sept") && m == Month.SEPTEMBER)) {
                return m;
            }
        }
        return null;
    }
}

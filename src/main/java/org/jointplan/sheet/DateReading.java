package org.jointplan.sheet;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jointplan.domain.PlausibleDates;

/**
 * Reads the dates trackers write: real Excel dates, "31/12/24" (day first, or month first in a column that shows
 * it, as SharePoint writes), "2024-12-31", "31st March 2025", "Mar-25" and "March 2025" (the month's first day for a
 * start, its last for a due date), "Q3 2024/25" (financial quarters: Q1 is April to June), "2024/25", "w/c
 * 02/09/2024" (that Monday for a start, its Friday for a due date), "end of March 2025". "Ongoing", "TBC" and blanks
 * are no date; a season or a bare year is a period whose day is asked.
 */
final class DateReading {
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{2}|\\d{4})(?:\\b.*)?");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[t ].*)?");
    private static final Pattern DAY_MONTH_YEAR =
            Pattern.compile("(\\d{1,2})\\s*(?:st|nd|rd|th)?(?:\\s+of)?[\\s\\-/.]*([a-z]{3,9})\\.?[\\s\\-/.,']*(\\d{2}|\\d{4})");
    private static final Pattern MONTH_DAY_YEAR =
            Pattern.compile("([a-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})");
    private static final Pattern MONTH_YEAR = Pattern.compile("([a-z]{3,9})\\.?[\\s\\-/.,']*(\\d{2}|\\d{4})");
    private static final Pattern QUARTER =
            Pattern.compile("q([1-4])\\s*(?:fy)?\\s*(?:(\\d{2}|\\d{4})\\s*[/\\-]\\s*(\\d{2}|\\d{4}))");
    private static final Pattern YEAR_QUARTER =
            Pattern.compile("(?:fy)?\\s*(\\d{2}|\\d{4})\\s*[/\\-]\\s*(\\d{2}|\\d{4})\\s*q([1-4])");
    private static final Pattern QUARTER_ONE_YEAR = Pattern.compile("q([1-4])\\s*(?:fy)?\\s*(\\d{4})");
    private static final Pattern HALF = Pattern.compile("h([12])\\s*(?:fy)?\\s*(\\d{4})\\s*[/\\-]\\s*(\\d{2}|\\d{4})");
    private static final Pattern FINANCIAL_YEAR = Pattern.compile("(?:fy)?\\s*(\\d{4})\\s*[/\\-]\\s*(\\d{2}|\\d{4})");
    private static final Pattern SEASON = Pattern.compile(
            "(spring|summer|autumn|fall|winter|early|mid|late)(\\s+term)?\\s*(\\d{2}|\\d{4})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern RANGE = Pattern.compile("(.+?)\\s+(?:-|–|—|to|until)\\s+(.+)");
    private static final Set<String> NO_DATE = Set.of("ongoing", "on going", "on-going", "tbc", "tba", "tbd",
            "n/a", "na", "-", "–", "—", "none", "continuous", "continual", "as required", "as needed", "various",
            "not known", "unknown", "rolling", "ongoing throughout", "to be confirmed", "to be agreed", "annual",
            "annually", "monthly", "quarterly", "weekly", "throughout", "business as usual", "bau", "complete",
            "completed", "done", "n a", "?", "x");
    private static final Pattern WEEK_COMMENCING =
            Pattern.compile("^(w/c|wc|w\\.c\\.|week commencing|week beginning|w/b)\\s*");
    private static final Pattern END_OF = Pattern.compile("^(end|close)( of)?\\b.*");
    private static final Pattern START_OF = Pattern.compile("^(start|beginning|begin|early)( of)\\b.*");
    private static final Pattern LEAD_WORDS = Pattern.compile("^(by|before|from|due|target|end of|end|close of|"
            + "start of|beginning of|begin|no later than|not before|in|during|approx\\.?|approximately|circa|c\\.)"
            + "\\s+");
    private static final Pattern TRAIL_WORDS = Pattern.compile("\\s*(onwards|onward|\\(revised\\)|revised|approx)$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern MARKS = Pattern.compile("[*†]+$");
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
            "sep", "oct", "nov", "dec");

    /** Day first (the UK) or month first (US; a SharePoint export), as a column's values show. */
    enum Order { DAY_FIRST, MONTH_FIRST }

    private DateReading() {
    }

    static DateValue read(GridCell cell, boolean start, Order order) {
        if (cell == null || cell.error() || cell.text().isBlank()) {
            return new DateValue.None(cell == null ? "" : cell.text().strip());
        }
        if (cell.date() != null) {
            return checked(new DateValue.Day(cell.date(), null), cell.text());
        }
        if (cell.number() != null) {
            double n = cell.number();
            if (n >= 20_000 && n <= 80_000 && n == Math.rint(n)) { // an Excel date shown as a plain number
                LocalDate day = LocalDate.of(1899, 12, 30).plusDays((long) n);
                return new DateValue.Day(day, "the number " + (long) n + " was read as the Excel date "
                        + NumberCells.UK.format(day));
            }
            return new DateValue.Unreadable(cell.text().strip());
        }
        return text(cell.text(), start, order);
    }

    static DateValue text(String written, boolean start, Order order) {
        String shown = SPACES.matcher(written.strip()).replaceAll(" ");
        String t = MARKS.matcher(shown.toLowerCase(Locale.UK).replace('’', '\'')).replaceAll("").strip();
        if (NO_DATE.contains(t) || t.startsWith("ongoing") || t.startsWith("tbc") || t.startsWith("tba")) {
            return new DateValue.None(shown);
        }
        boolean weekCommencing = false;
        Boolean endOf = null;
        String before = t;
        t = WEEK_COMMENCING.matcher(t).replaceFirst("");
        weekCommencing = !t.equals(before);
        if (END_OF.matcher(t).matches()) {
            endOf = true;
        } else if (START_OF.matcher(t).matches()) {
            endOf = false;
        }
        t = TRAIL_WORDS.matcher(LEAD_WORDS.matcher(t).replaceFirst("")).replaceFirst("").strip();
        Matcher range = RANGE.matcher(t);
        if (!weekCommencing && range.matches() && !NUMERIC.matcher(t).matches() && !ISO.matcher(t).matches()
                && !FINANCIAL_YEAR.matcher(t).matches()) {
            DateValue part = text(start ? range.group(1) : range.group(2), start, order);
            return part instanceof DateValue.Unreadable ? new DateValue.Unreadable(shown) : part;
        }
        boolean end = endOf != null ? endOf : !start;
        DateValue value = parse(t, end, order);
        if (value instanceof DateValue.Day day && weekCommencing && !start) {
            LocalDate friday = day.date().plusDays(4);
            return checked(new DateValue.Day(friday, "'" + shown + "' was read as the Friday of that week, "
                    + NumberCells.UK.format(friday)), shown);
        }
        if (value instanceof DateValue.Unreadable) {
            return new DateValue.Unreadable(shown);
        }
        if (value instanceof DateValue.Vague v) {
            return new DateValue.Vague(shown, v.first(), v.last());
        }
        return checked(value, shown);
    }

    private static DateValue parse(String t, boolean end, Order order) {
        try {
            Matcher m;
            if ((m = NUMERIC.matcher(t)).matches()) {
                int a = Integer.parseInt(m.group(1));
                int b = Integer.parseInt(m.group(2));
                int year = year(m.group(3));
                return order == Order.MONTH_FIRST ? day(year, a, b) : day(year, b, a);
            }
            if ((m = ISO.matcher(t)).matches()) {
                return day(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            if ((m = DAY_MONTH_YEAR.matcher(t)).matches() && month(m.group(2)) > 0) {
                return day(year(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
            }
            if ((m = MONTH_DAY_YEAR.matcher(t)).matches() && month(m.group(1)) > 0) {
                return day(year(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
            }
            if ((m = MONTH_YEAR.matcher(t)).matches() && month(m.group(1)) > 0) {
                YearMonth ym = YearMonth.of(year(m.group(2)), month(m.group(1)));
                return new DateValue.Day(end ? ym.atEndOfMonth() : ym.atDay(1), null);
            }
            if ((m = QUARTER.matcher(t)).matches() && financialYear(m.group(2), m.group(3)) > 0) {
                return quarter(financialYear(m.group(2), m.group(3)), Integer.parseInt(m.group(1)), end);
            }
            if ((m = YEAR_QUARTER.matcher(t)).matches() && financialYear(m.group(1), m.group(2)) > 0) {
                return quarter(financialYear(m.group(1), m.group(2)), Integer.parseInt(m.group(3)), end);
            }
            if ((m = HALF.matcher(t)).matches() && financialYear(m.group(2), m.group(3)) > 0) {
                LocalDate first = LocalDate.of(financialYear(m.group(2), m.group(3)), 4, 1)
                        .plusMonths("1".equals(m.group(1)) ? 0 : 6);
                return new DateValue.Day(end ? first.plusMonths(6).minusDays(1) : first, null);
            }
            if ((m = FINANCIAL_YEAR.matcher(t)).matches() && financialYear(m.group(1), m.group(2)) > 0) {
                LocalDate first = LocalDate.of(financialYear(m.group(1), m.group(2)), 4, 1);
                return new DateValue.Day(end ? first.plusYears(1).minusDays(1) : first, null);
            }
            if ((m = QUARTER_ONE_YEAR.matcher(t)).matches()) { // "Q4 2024": which financial year is not said
                LocalDate first = quarterStart(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
                return new DateValue.Vague(t, first, first.plusMonths(3).minusDays(1));
            }
            if ((m = SEASON.matcher(t)).matches()) {
                return season(m.group(1), m.group(2) != null, year(m.group(3)));
            }
            if ((m = YEAR.matcher(t)).matches()) {
                int year = Integer.parseInt(m.group(1));
                return new DateValue.Vague(t, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            }
        } catch (DateTimeException | NumberFormatException e) {
            return new DateValue.Unreadable(t);
        }
        return new DateValue.Unreadable(t);
    }

    private static DateValue day(int year, int month, int day) {
        return new DateValue.Day(LocalDate.of(year, month, day), null);
    }

    private static DateValue quarter(int financialYear, int quarter, boolean end) {
        LocalDate first = LocalDate.of(financialYear, 4, 1).plusMonths(3L * (quarter - 1));
        return new DateValue.Day(end ? first.plusMonths(3).minusDays(1) : first, null);
    }

    /** Q1-Q3 "2024" start in 2024; Q4 "2024" is read as January-March 2025 (of 2024/25), and asked about. */
    private static LocalDate quarterStart(int year, int quarter) {
        return LocalDate.of(year, 4, 1).plusMonths(3L * (quarter - 1));
    }

    private static DateValue season(String word, boolean term, int year) {
        return switch (word) {
            case "spring" -> term ? vague(year, 1, 1, year, 3, 31) : vague(year, 3, 1, year, 5, 31);
            case "summer" -> term ? vague(year, 4, 1, year, 7, 31) : vague(year, 6, 1, year, 8, 31);
            case "autumn", "fall" -> term ? vague(year, 9, 1, year, 12, 31) : vague(year, 9, 1, year, 11, 30);
            case "winter" -> vague(year, 12, 1, year + 1, 2, YearMonth.of(year + 1, 2).lengthOfMonth());
            case "early" -> vague(year, 1, 1, year, 4, 30);
            case "mid" -> vague(year, 5, 1, year, 8, 31);
            default -> vague(year, 9, 1, year, 12, 31); // late
        };
    }

    private static DateValue vague(int y1, int m1, int d1, int y2, int m2, int d2) {
        return new DateValue.Vague("", LocalDate.of(y1, m1, d1), LocalDate.of(y2, m2, d2));
    }

    private static int year(String digits) {
        int y = Integer.parseInt(digits);
        return digits.length() == 2 ? 2000 + y : y;
    }

    /** The first year of "2024/25", "24/25", "2024-2025"; -1 when the two years do not follow each other. */
    private static int financialYear(String first, String second) {
        int a = year(first);
        int b = Integer.parseInt(second);
        boolean follows = second.length() == 2 ? (a + 1) % 100 == b : a + 1 == b;
        return follows ? a : -1;
    }

    private static int month(String word) {
        if (word.length() < 3) {
            return -1;
        }
        String w = word.startsWith("sept") ? "sep" : word;
        int i = MONTHS.indexOf(w.substring(0, 3));
        if (i < 0) {
            return -1;
        }
        String full = Month.of(i + 1).name().toLowerCase(Locale.ROOT);
        return full.startsWith(word) || word.equals("sept") ? i + 1 : -1;
    }

    private static DateValue checked(DateValue value, String shown) {
        if (value instanceof DateValue.Day day && !PlausibleDates.plausible(day.date())) {
            return new DateValue.Unreadable(shown);
        }
        return value;
    }

    /** Month first when some value's second number is over 12 and none's first is: a US column. */
    static Order order(List<String> texts) {
        boolean firstOver12 = false;
        boolean secondOver12 = false;
        for (String text : texts) {
            Matcher m = NUMERIC.matcher(text.strip().toLowerCase(Locale.UK)
                    .replaceFirst("^(w/c|wc|week commencing|by)\\s*", ""));
            if (m.matches()) {
                firstOver12 |= Integer.parseInt(m.group(1)) > 12;
                secondOver12 |= Integer.parseInt(m.group(2)) > 12;
            }
        }
        return secondOver12 && !firstOver12 ? Order.MONTH_FIRST : Order.DAY_FIRST;
    }
}

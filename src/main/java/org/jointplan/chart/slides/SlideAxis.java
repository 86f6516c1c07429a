package org.jointplan.chart.slides;

import java.time.LocalDate;
import java.util.List;
import org.jointplan.chart.Drawing;
import org.jointplan.chart.Role;
import org.jointplan.chart.Stroke;
import org.jointplan.chart.TextMetrics;
import org.jointplan.domain.CommitteeDate;
import org.jointplan.domain.FinancialYear;
import org.jointplan.domain.UkDates;

/**
 * The date axis of a timeline slide: a strip for the as-at date's label, the financial quarters, the months with the
 * committee dates' triangles in a band of their own under the month names, the month and quarter lines down through
 * the rows and the dashed as-at line. Months are all named alike ("Apr May Jun" or "A M J", never mixed), as are
 * quarters ("Q1 2024/25", or "Q1" with each financial year named where it starts in the strip above).
 */
final class SlideAxis {
    private final SlideStyle s;
    private final LocalDate from;
    private final LocalDate to;
    private final double left;
    private final double right;
    private final LocalDate asAt;
    private final List<CommitteeDate> committees;

    /** Days {@code from} to {@code to} across {@code left} to {@code right}. */
    SlideAxis(SlideStyle s, LocalDate from, LocalDate to, double left, double right, LocalDate asAt,
              List<CommitteeDate> committees) {
        this.s = s;
        this.from = from;
        this.to = to;
        this.left = left;
        this.right = right;
        this.asAt = asAt;
        this.committees = committees;
    }

    LocalDate from() {
        return from;
    }

    LocalDate to() {
        return to;
    }

    double left() {
        return left;
    }

    double right() {
        return right;
    }

    private double perDay() {
        return (right - left) / (to.toEpochDay() - from.toEpochDay() + 1);
    }

    /** Where a day begins, clamped to the plot. */
    double x(LocalDate day) {
        return Math.max(left, Math.min(right, left + (day.toEpochDay() - from.toEpochDay()) * perDay()));
    }

    /** Where a day ends, clamped to the plot. */
    double xEnd(LocalDate day) {
        return x(day.plusDays(1));
    }

    boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** The axis's height: the as-at strip, the quarters, the months and the committee band. */
    double height() {
        return 3 * s.line() + 0.9 * s.t();
    }

    /** Paints the axis from {@code top} and its lines down to {@code rowsBottom}. */
    void paint(SlideCanvas c, double top, double rowsBottom) {
        double t = s.t();
        double quartersTop = top + s.line();
        double monthsTop = quartersTop + s.line() + 0.2 * t;
        double axisBottom = top + height();
        if (!quarters(c, quartersTop)) {
            years(c, top);
        }
        months(c, monthsTop, axisBottom);
        c.shape(new Drawing.Line(Role.AXIS, left, axisBottom, right, axisBottom,
                Stroke.solid(SlideStyle.QUARTER_LINE, Math.max(1, 0.08 * t))));
        grid(c, quartersTop, monthsTop, rowsBottom);
        asAt(c, top, rowsBottom);
    }

    /** The quarters' labels; false when they are too narrow to name their financial year ("Q1" alone). */
    private boolean quarters(SlideCanvas c, double top) {
        double t = s.t();
        double baseline = top + TextMetrics.ascent(t);
        // one form for every quarter: "Q1 2024/25", else "Q1 24/25", else "Q1" (the years then in the strip above)
        int form = 0;
        for (LocalDate q = quarterStart(from); !q.isAfter(to); q = q.plusMonths(3)) {
            double room = x(q.plusMonths(3)) - x(q) - 0.5 * t;
            while (form < 3 && !partial(q, 3) && TextMetrics.width(quarter(q, form), t, true) > room) {
                form++;
            }
        }
        for (LocalDate q = quarterStart(from); !q.isAfter(to); q = q.plusMonths(3)) {
            String label = quarter(q, form);
            double x0 = x(q);
            if (!label.isEmpty() && TextMetrics.width(label, t, true) <= x(q.plusMonths(3)) - x0 - 0.3 * t) {
                c.text(Role.TICK_LABEL, x0 + 0.25 * t, baseline, label, t, true, Drawing.Anchor.START,
                        SlideStyle.TEXT);
            }
        }
        return form < 2;
    }

    /**
     * Each financial year's name where it starts, in the strip above the quarters, so that "Q1 Q2 Q3 Q4 Q1" still
     * says which year each Q1 opens; a name that would meet the as-at date's label goes.
     */
    private void years(SlideCanvas c, double top) {
        double t = s.t();
        double[] asAt = asAtLabel();
        for (LocalDate y = FinancialYear.of(from).start(); !y.isAfter(to); y = y.plusYears(1)) {
            double start = Math.max(left, x(y)) + 0.25 * t;
            double end = Math.min(right, x(y.plusYears(1))) - 0.3 * t;
            String label = FinancialYear.of(y).label();
            // at the year's start, else after the as-at date's label; the longer wording where it fits
            double[] places = asAt == null ? new double[] {start} : new double[] {start, asAt[0] + asAt[1] + 0.8 * t};
            placed:
            for (double x0 : places) {
                for (String words : List.of("Financial year " + label, label)) {
                    double w = TextMetrics.width(words, t, true);
                    boolean clear = asAt == null || x0 + w + 0.5 * t <= asAt[0] || x0 >= asAt[0] + asAt[1] + 0.5 * t;
                    if (x0 >= start && x0 + w <= end && clear) {
                        c.text(Role.TICK_LABEL, x0, top + TextMetrics.ascent(t), words, t, true,
                                Drawing.Anchor.START, SlideStyle.MUTED);
                        break placed;
                    }
                }
            }
        }
    }

    private void months(SlideCanvas c, double top, double bottom) {
        double t = s.t();
        double baseline = top + TextMetrics.ascent(t);
        boolean names = true;
        boolean letters = true;
        for (LocalDate m = from.withDayOfMonth(1); !m.isAfter(to); m = m.plusMonths(1)) {
            double room = x(m.plusMonths(1)) - x(m) - 0.3 * t;
            names &= TextMetrics.width(name(m), t, false) <= room || partial(m, 1);
            letters &= TextMetrics.width("M", t, false) <= room || partial(m, 1);
        }
        for (LocalDate m = from.withDayOfMonth(1); !m.isAfter(to); m = m.plusMonths(1)) {
            String label = names ? name(m) : letters ? name(m).substring(0, 1) : "";
            double x0 = x(m);
            double x1 = x(m.plusMonths(1));
            if (!label.isEmpty() && TextMetrics.width(label, t, false) <= x1 - x0) {
                c.text(Role.TICK_LABEL, (x0 + x1) / 2, baseline, label, t, false, Drawing.Anchor.MIDDLE,
                        SlideStyle.TEXT);
            }
        }
        for (CommitteeDate d : committees) {
            if (contains(d.date())) {
                c.shape(SlideMarks.committee(Role.COMMITTEE, (x(d.date()) + xEnd(d.date())) / 2, bottom - 0.05 * t,
                        t));
            }
        }
    }

    /** Whether a period is cut by the range's ends (its label then goes, rather than thinning every other). */
    private boolean partial(LocalDate start, int months) {
        return start.isBefore(from) || start.plusMonths(months).minusDays(1).isAfter(to);
    }

    private void grid(SlideCanvas c, double quartersTop, double monthsTop, double rowsBottom) {
        double t = s.t();
        double month = perDay() * 30.4;
        for (LocalDate m = from.withDayOfMonth(1); !m.isAfter(to); m = m.plusMonths(1)) {
            boolean quarter = m.getMonthValue() % 3 == 1;
            if (m.isBefore(from) || !quarter && month < 0.6 * t) {
                continue;
            }
            double x = x(m);
            c.shape(new Drawing.Line(Role.GRID, x, quarter ? quartersTop : monthsTop, x, rowsBottom,
                    Stroke.solid(quarter ? SlideStyle.QUARTER_LINE : SlideStyle.MONTH_LINE,
                            Math.max(1, (quarter ? 0.08 : 0.05) * t))));
        }
    }

    private void asAt(SlideCanvas c, double top, double rowsBottom) {
        if (!contains(asAt)) {
            return;
        }
        double t = s.t();
        double x = (x(asAt) + xEnd(asAt)) / 2;
        c.shape(new Drawing.Line(Role.AS_AT, x, top + TextMetrics.lineHeight(t) + 0.05 * t, x, rowsBottom,
                s.asAtStroke()));
        double[] label = asAtLabel();
        c.text(Role.AS_AT, label[0], top + TextMetrics.ascent(t), asAtWords(), t, true, Drawing.Anchor.START,
                SlideStyle.AS_AT);
    }

    private String asAtWords() {
        return "As at " + UkDates.numeric(asAt);
    }

    /** Where the as-at date's label starts and how wide it is; null when the date is off the axis. */
    private double[] asAtLabel() {
        if (!contains(asAt)) {
            return null;
        }
        double x = (x(asAt) + xEnd(asAt)) / 2;
        double w = TextMetrics.width(asAtWords(), s.t(), true);
        return new double[] {Math.max(s.pad(), Math.min(s.right() - w, x - w / 2)), w};
    }

    /** A quarter's label in a form: 0 "Q1 2024/25", 1 "Q1 24/25", 2 "Q1". */
    static String quarter(LocalDate q, int form) {
        String year = FinancialYear.of(q).label();
        String plain = "Q" + FinancialYear.quarterOf(q);
        return switch (form) {
            case 0 -> plain + " " + year;
            case 1 -> plain + " " + year.substring(2);
            default -> plain;
        };
    }

    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};

    private static String name(LocalDate month) {
        return MONTHS[month.getMonthValue() - 1];
    }

    static LocalDate quarterStart(LocalDate d) {
        int month = d.getMonthValue();
        return LocalDate.of(d.getYear(), month - (month + 8) % 3, 1);
    }
}

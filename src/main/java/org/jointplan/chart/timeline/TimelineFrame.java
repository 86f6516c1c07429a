package org.jointplan.chart.timeline;

import java.time.LocalDate;
import java.util.List;
import org.jointplan.chart.Drawing;
import org.jointplan.chart.Role;
import org.jointplan.chart.Stroke;
import org.jointplan.chart.TextMetrics;
import org.jointplan.domain.BragKey;
import org.jointplan.domain.CommitteeDate;
import org.jointplan.domain.FinancialYear;
import org.jointplan.domain.UkDates;

/**
 * What every page repeats above its rows: the title line (plan, as-at date, page), the key, and the date axis (a
 * strip for the as-at date's label, the financial-year quarters, the months with the committee dates' markers), with
 * the month and quarter lines down through the rows and the as-at line over them.
 */
final class TimelineFrame {
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};

    private final TimelineStyle s;
    private final DateScale scale;
    private final String title;
    private final String right;
    private final BragKey key;
    private final LocalDate asAt;
    private final List<CommitteeDate> committees;
    private double axisTop;
    private double stripTop;

    /** @param right the words at the right of the title line: "as at 30/09/2024 · page 2 of 5" */
    TimelineFrame(TimelineStyle s, DateScale scale, String title, String right, BragKey key, LocalDate asAt,
                  List<CommitteeDate> committees) {
        this.s = s;
        this.scale = scale;
        this.title = title;
        this.right = right;
        this.key = key;
        this.asAt = asAt;
        this.committees = committees;
    }

    /** Lays out the title, key and axis from the top of the box; returns the y where the rows begin. */
    double header(List<Drawing> out) {
        double t = s.t();
        double y = s.pad();
        double ts = s.titleSize();
        double baseline = y + TextMetrics.ascent(ts);
        double rightWidth = TextMetrics.width(right, t, false);
        out.add(new Drawing.Text(Role.SUMMARY, s.plotRight(), baseline, right, t, false, Drawing.Anchor.END,
                TimelineStyle.TEXT));
        out.add(TimelineKey.text(Role.TITLE, s.pad(), baseline,
                TextMetrics.fit(title, ts, true, s.plotRight() - s.pad() - rightWidth - t), ts, true));
        y += TextMetrics.lineSpacing(ts) + 0.3 * t;
        y = TimelineKey.lay(out, key, s, y) + 0.3 * t;
        stripTop = y;
        y += TextMetrics.lineSpacing(t);
        axisTop = y;
        double quarterBottom = quarters(out, y);
        return months(out, quarterBottom);
    }

    private double quarters(List<Drawing> out, double top) {
        double t = s.t();
        double baseline = top + 0.15 * t + TextMetrics.ascent(t);
        for (LocalDate q = quarterStart(scale.from()); !q.isAfter(scale.to()); q = q.plusMonths(3)) {
            double x0 = scale.x(q);
            double x1 = scale.x(q.plusMonths(3));
            double room = x1 - x0 - 0.5 * t;
            String full = FinancialYear.quarterLabel(q);
            String shortLabel = "Q" + FinancialYear.quarterOf(q);
            // where room is short the year is still named where it starts (and on the first quarter shown)
            boolean yearStarts = FinancialYear.quarterOf(q) == 1 || !q.isAfter(scale.from());
            String withYear = shortLabel + " " + FinancialYear.of(q).label().substring(2);
            String label = TextMetrics.width(full, t, true) <= room ? full
                    : yearStarts && TextMetrics.width(withYear, t, true) <= room ? withYear
                    : TextMetrics.width(shortLabel, t, true) <= room ? shortLabel : "";
            if (!label.isEmpty()) {
                out.add(TimelineKey.text(Role.TICK_LABEL, x0 + 0.25 * t, baseline, label, t, true));
            }
        }
        return top + TextMetrics.lineSpacing(t) + 0.3 * t;
    }

    private double months(List<Drawing> out, double top) {
        double t = s.t();
        double bottom = top + TextMetrics.lineSpacing(t) + 0.7 * t;
        double baseline = top + 0.1 * t + TextMetrics.ascent(t);
        out.add(new Drawing.Text(Role.TICK_LABEL, s.pad(), baseline,
                TextMetrics.fit("Priority and action", t, true, s.plotLeft() - s.pad() - 0.5 * t), t, true,
                Drawing.Anchor.START, TimelineStyle.MUTED));
        for (LocalDate m = scale.from().withDayOfMonth(1); !m.isAfter(scale.to()); m = m.plusMonths(1)) {
            double x0 = scale.x(m);
            double x1 = scale.x(m.plusMonths(1));
            String name = MONTHS[m.getMonthValue() - 1];
            String label = TextMetrics.width(name, t, false) <= x1 - x0 - 0.3 * t ? name
                    : TextMetrics.width(name.substring(0, 1), t, false) <= x1 - x0 - 0.2 * t ? name.substring(0, 1)
                    : "";
            if (!label.isEmpty()) {
                out.add(new Drawing.Text(Role.TICK_LABEL, (x0 + x1) / 2, baseline, label, t, false,
                        Drawing.Anchor.MIDDLE, TimelineStyle.TEXT));
            }
        }
        for (CommitteeDate c : committees) {
            if (scale.contains(c.date())) {
                double x = (scale.x(c.date()) + scale.xEnd(c.date())) / 2;
                out.add(Marks.committee(Role.COMMITTEE, x, bottom - 0.1 * t, t));
            }
        }
        out.add(new Drawing.Line(Role.AXIS, s.pad(), bottom, s.plotRight(), bottom,
                Stroke.solid(TimelineStyle.QUARTER_LINE, 0.1 * t)));
        return bottom;
    }

    /** The month and quarter lines from the axis down to the foot of the rows. */
    void grid(List<Drawing> out, double rowsBottom) {
        double t = s.t();
        // over a long range the lines would merge: months thin to quarters, quarters to financial years
        double month = scale.perDay() * 30.4;
        for (LocalDate m = scale.from().withDayOfMonth(1); !m.isAfter(scale.to()); m = m.plusMonths(1)) {
            boolean quarter = m.getMonthValue() % 3 == 1;
            if (m.isBefore(scale.from()) || month < 0.4 * t && !quarter
                    || 3 * month < 0.4 * t && m.getMonthValue() != 4) {
                continue;
            }
            double x = scale.x(m);
            out.add(new Drawing.Line(Role.GRID, x, quarter ? axisTop : axisTop + TextMetrics.lineSpacing(t), x,
                    rowsBottom, Stroke.solid(quarter ? TimelineStyle.QUARTER_LINE : TimelineStyle.MONTH_LINE,
                    (quarter ? 0.1 : 0.07) * t)));
        }
    }

    /** The as-at line over the rows, labelled in the strip above the axis; nothing when the date is out of range. */
    void asAt(List<Drawing> out, double rowsBottom) {
        if (!scale.contains(asAt)) {
            return;
        }
        double t = s.t();
        double x = (scale.x(asAt) + scale.xEnd(asAt)) / 2;
        out.add(new Drawing.Line(Role.AS_AT, x, stripTop + 0.1 * t + TextMetrics.lineHeight(t), x, rowsBottom,
                s.asAtStroke()));
        String label = "As at " + UkDates.numeric(asAt);
        double w = TextMetrics.width(label, t, true);
        double left = Math.max(s.plotLeft(), Math.min(s.plotRight() - w, x - w / 2));
        out.add(new Drawing.Text(Role.AS_AT, left, stripTop + TextMetrics.ascent(t), label, t, true,
                Drawing.Anchor.START, TimelineStyle.AS_AT));
    }

    private static LocalDate quarterStart(LocalDate d) {
        int month = d.getMonthValue();
        int first = month - (month + 8) % 3;
        return LocalDate.of(d.getYear(), first, 1);
    }
}

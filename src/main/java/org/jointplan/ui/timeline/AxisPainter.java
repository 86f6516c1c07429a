package org.jointplan.ui.timeline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import javafx.scene.paint.Color;
import org.jointplan.domain.FinancialYear;

/**
 * The time axis (financial years, UK financial quarters such as "Q3 2024/25", months, and weeks when close enough),
 * the calendar grid behind the bars and the "today" line ("As at" when the timeline is shown as at a date). Each band
 * labels a period with the longest wording that fits, and keeps the label in view when the period starts off screen.
 */
final class AxisPainter {
    private static final DateTimeFormatter LONG_MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM", Locale.UK);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.UK);
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    enum Band {
        YEAR, QUARTER, MONTH, WEEK;

        LocalDate floor(LocalDate d) {
            return switch (this) {
                case YEAR -> FinancialYear.of(d).start();
                case QUARTER -> TimelineRows.quarterStart(d);
                case MONTH -> d.withDayOfMonth(1);
                case WEEK -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            };
        }

        LocalDate next(LocalDate d) {
            return switch (this) {
                case YEAR -> d.plusYears(1);
                case QUARTER -> d.plusMonths(3);
                case MONTH -> d.plusMonths(1);
                case WEEK -> d.plusWeeks(1);
            };
        }

        /** Wordings from longest to shortest. */
        List<String> labels(LocalDate d) {
            return switch (this) {
                case YEAR -> List.of("Financial year " + FinancialYear.of(d).label(), FinancialYear.of(d).label());
                case QUARTER -> FinancialYear.quarterOf(d) == 1 // a year's first quarter names it where it can
                        ? List.of(FinancialYear.quarterLabel(d), "Q1 " + FinancialYear.of(d).label().substring(2), "Q1")
                        : List.of(FinancialYear.quarterLabel(d), "Q" + FinancialYear.quarterOf(d));
                case MONTH -> List.of(LONG_MONTH.format(d), MONTH_YEAR.format(d), SHORT_MONTH.format(d),
                        SHORT_MONTH.format(d).substring(0, 1));
                case WEEK -> List.of("w/c " + DAY_MONTH.format(d), DAY_MONTH.format(d),
                        String.valueOf(d.getDayOfMonth()));
            };
        }
    }

    private AxisPainter() {
    }

    /** Month, quarter and financial-year lines (and Mondays when weeks show) down the chart. */
    static void grid(PaintContext c) {
        if (c.rows.size() == 0) {
            return;
        }
        double bottom = c.rowsBottom();
        Color weekLine = TimelineLook.mix(c.look.background, c.look.grid, 0.45);
        boolean months = c.pixelsPerDay * 28 >= 6;
        Band band = c.view.showsWeeks() ? Band.WEEK : Band.MONTH;
        for (LocalDate d = band.floor(c.view.day(c.chartLeft)); ; d = band.next(d)) {
            double x = c.x(d);
            if (x > c.width) {
                break;
            }
            if (x < c.chartLeft) {
                continue;
            }
            boolean monthStart = d.getDayOfMonth() == 1 || band == Band.MONTH;
            if (d.getDayOfMonth() == 1 && d.getMonthValue() == 4) {
                c.vline(x, c.axisHeight, bottom, c.look.gridStrong, 2);
            } else if (d.getDayOfMonth() == 1 && (d.getMonthValue() - 1) % 3 == 0) {
                c.vline(x, c.axisHeight, bottom, c.look.gridStrong, 1);
            } else if (monthStart && months) {
                c.vline(x, c.axisHeight, bottom, c.look.grid, 1);
            } else if (band == Band.WEEK) {
                c.vline(x, c.axisHeight, bottom, weekLine, 1);
            }
            if (band == Band.WEEK && d.plusWeeks(1).getMonth() != d.getMonth()) {
                // a month starts inside this week: draw its line too
                LocalDate monthStartDay = d.plusWeeks(1).withDayOfMonth(1);
                double mx = c.x(monthStartDay);
                if (mx >= c.chartLeft && mx <= c.width) {
                    boolean quarter = (monthStartDay.getMonthValue() - 1) % 3 == 0;
                    c.vline(mx, c.axisHeight, bottom, quarter ? c.look.gridStrong : c.look.grid, 1);
                }
            }
        }
    }

    /** The vertical line through today (the middle of the day), under the bars. */
    static void todayLine(PaintContext c) {
        if (c.today == null || c.rows.size() == 0) {
            return;
        }
        double x = c.x(c.today) + c.pixelsPerDay / 2;
        if (x >= c.chartLeft && x <= c.width) {
            c.vline(x, c.axisHeight, c.rowsBottom(), c.look.today, Math.max(2, Math.round(c.look.lineWidth)));
        }
    }

    /** The bands of the axis, the today tag and the top-left corner (a key on screen, a heading elsewhere). */
    static void axis(PaintContext c) {
        c.gc.setFill(c.look.axis);
        c.gc.fillRect(c.chartLeft, 0, c.width - c.chartLeft, c.axisHeight);
        double[] tag = todayTag(c);
        Band[] bands = c.view.bandCount() == 4 ? Band.values() : new Band[] {Band.YEAR, Band.QUARTER, Band.MONTH};
        double bandHeight = c.look.bandHeight;
        for (int i = 0; i < bands.length; i++) {
            band(c, bands[i], i * bandHeight, bandHeight, i == 0 ? tag : null);
            c.hline(c.chartLeft, c.width, (i + 1) * bandHeight - 1, c.look.grid, 1);
        }
        CommitteeMarkers.band(c, c.committees);
        c.hline(0, c.width, c.axisHeight - 1, c.look.gridStrong, 1);
        if (tag != null) {
            drawTodayTag(c, tag);
        }
        corner(c);
    }

    private static void band(PaintContext c, Band band, double top, double h, double[] avoid) {
        var font = band == Band.YEAR || band == Band.QUARTER ? c.look.smallBold : c.look.small;
        TextFit fit = TextFit.of(font);
        double pad = Math.max(4, c.look.fontSize * 0.45);
        for (LocalDate d = band.floor(c.view.day(c.chartLeft)); ; d = band.next(d)) {
            double x0 = c.x(d);
            double x1 = c.x(band.next(d));
            if (x0 > c.width) {
                break;
            }
            if (x0 >= c.chartLeft) {
                c.vline(x0, top, top + h, c.look.grid, 1);
            }
            double left = Math.max(x0, c.chartLeft) + pad;
            double right = Math.min(x1, c.width) - pad;
            for (String label : band.labels(d)) {
                double w = fit.width(label);
                double x = left;
                if (avoid != null && x < avoid[0] + avoid[2] && x + w > avoid[0]) {
                    x = avoid[0] + avoid[2] + pad; // the today tag covers the usual place: go after it
                }
                if (x + w <= right) {
                    c.text(label, x, top + h / 2, font, c.look.text);
                    break;
                }
            }
        }
    }

    /** x, y, width, height of the today tag in the top band, or null when today is off screen. */
    private static double[] todayTag(PaintContext c) {
        if (c.today == null) {
            return null;
        }
        double x = c.x(c.today) + c.pixelsPerDay / 2;
        if (x < c.chartLeft || x > c.width) {
            return null;
        }
        double w = TextFit.of(c.look.smallBold).width(todayText(c)) + c.look.fontSize;
        double left = Math.max(c.chartLeft + 2, Math.min(c.width - w - 2, x - w / 2));
        return new double[] {left, 2, w, c.look.bandHeight - 4, x};
    }

    private static String todayText(PaintContext c) {
        return dateLineLabel(c.view);
    }

    /** The tag on the line through the shown date: "Today 7 Oct 2024", or "As at 31 Mar 2025". */
    static String dateLineLabel(TimelineView view) {
        return (view.showsAsAt() ? "As at " : "Today ") + SHORT_DATE.format(view.getShownDate());
    }

    private static void drawTodayTag(PaintContext c, double[] tag) {
        c.vline(tag[4], tag[1] + tag[3], c.axisHeight, c.look.today, 2);
        c.gc.setFill(c.look.today);
        c.gc.fillRoundRect(tag[0], tag[1], tag[2], tag[3], 6, 6);
        c.centredText(todayText(c), tag[0] + tag[2] / 2, tag[1] + tag[3] / 2, c.look.smallBold,
                TimelineLook.onFill(c.look.today));
    }

    /**
     * Whether the key fits the corner: within the axis's height, its last row clear of the committee dates' label
     * (a narrow window wraps the key to more rows than the axis has; it is then left out rather than drawn over the
     * rows).
     */
    private static boolean keyFits(PaintContext c, double pad) {
        double width = c.chartLeft - 2 * pad;
        if (BragKeyPainter.height(c, width, c.look.small, c.look.bandHeight, true) > c.axisHeight) { // one row a band
            return false;
        }
        boolean sharesCommitteeRow = BragKeyPainter.height(c, width, c.look.small, c.look.bandHeight, true)
                > c.axisHeight - c.look.bandHeight;
        double label = TextFit.of(c.look.smallBold).width(CommitteeMarkers.CORNER_LABEL);
        return !c.view.hasCommitteeBand() || !sharesCommitteeRow
                || BragKeyPainter.lastRowEnd(c, width, c.look.small, c.look.bandHeight, true) + pad <= width - label;
    }

    private static void corner(PaintContext c) {
        c.gc.setFill(c.look.column);
        c.gc.fillRect(0, 0, c.chartLeft, c.axisHeight);
        c.vline(c.chartLeft, 0, c.axisHeight, c.look.gridStrong, 1);
        c.hline(0, c.chartLeft, c.axisHeight - 1, c.look.gridStrong, 1);
        double pad = Math.max(6, c.look.fontSize * 0.6);
        if (c.cornerKey && !c.view.isPresentation() && c.chartLeft > 120 && keyFits(c, pad)) {
            BragKeyPainter.paint(c, pad, 2, c.chartLeft - 2 * pad, c.look.small, c.look.bandHeight, true);
        } else if (c.chartLeft > 60) {
            double bottomBand = c.view.bandCount() * c.look.bandHeight - c.look.bandHeight / 2;
            c.text(TextFit.of(c.look.smallBold).ellipsize("Priority and action", c.chartLeft - 2 * pad), pad,
                    bottomBand, c.look.smallBold, c.look.mutedText);
        }
        if (c.view.hasCommitteeBand() && c.chartLeft > 60) {
            String label = TextFit.of(c.look.smallBold).ellipsize(CommitteeMarkers.CORNER_LABEL,
                    c.chartLeft - 2 * pad);
            double w = TextFit.of(c.look.smallBold).width(label);
            c.text(label, c.chartLeft - pad - w, c.axisHeight - c.look.bandHeight / 2, c.look.smallBold,
                    c.look.committee);
        }
    }
}

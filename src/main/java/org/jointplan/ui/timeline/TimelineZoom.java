package org.jointplan.ui.timeline;

/**
 * How much of the calendar the timeline shows across its width. The fixed levels have a scale in pixels per day;
 * {@link #FIT} makes the plan's whole date range fill the width and follows the control's size.
 */
public enum TimelineZoom {
    /** About 170 px a week: day-by-day rescheduling, with a band of weeks ("w/c 7 Oct"). */
    WEEK(24),
    /** About 150 px a month: the working view. */
    MONTH(5),
    /** About 60 px a month: a financial year on a laptop screen. */
    QUARTER(2),
    /** About 270 px a year: several years of a strategy. */
    YEAR(0.75),
    /** The plan's whole range fits the width. */
    FIT(0);

    private final double pixelsPerDay;

    TimelineZoom(double pixelsPerDay) {
        this.pixelsPerDay = pixelsPerDay;
    }

    /** The fixed scale of this level; 0 for {@link #FIT}, whose scale the control works out from its width. */
    public double pixelsPerDay() {
        return pixelsPerDay;
    }

    /** The next fixed level showing more detail, or this one at the closest level. */
    public static TimelineZoom closerThan(double pixelsPerDay) {
        TimelineZoom[] fixed = {YEAR, QUARTER, MONTH, WEEK};
        for (TimelineZoom z : fixed) {
            if (z.pixelsPerDay > pixelsPerDay * 1.0001) {
                return z;
            }
        }
        return WEEK;
    }

    /** The next fixed level showing more of the calendar, or YEAR at the widest level. */
    public static TimelineZoom widerThan(double pixelsPerDay) {
        TimelineZoom[] fixed = {WEEK, MONTH, QUARTER, YEAR};
        for (TimelineZoom z : fixed) {
            if (z.pixelsPerDay < pixelsPerDay * 0.9999) {
                return z;
            }
        }
        return YEAR;
    }
}

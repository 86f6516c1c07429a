package org.jointplan.ui.timeline;

/** How far a drag on the timeline moves a date: whole days, or whole weeks that keep the weekday. */
public enum TimelineSnap {
    DAY(1),
    WEEK(7);

    private final int days;

    TimelineSnap(int days) {
        this.days = days;
    }

    public int days() {
        return days;
    }

    /** Rounds a drag of {@code rawDays} (fractional) to a whole number of this snap's steps, in days. */
    public long snap(double rawDays) {
        return Math.round(rawDays / days) * days;
    }
}

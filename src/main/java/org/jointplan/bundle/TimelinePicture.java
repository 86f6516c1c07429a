package org.jointplan.bundle;

import java.time.LocalDate;
import java.util.Comparator;
import org.jointplan.chart.ChartFiles;
import org.jointplan.chart.ChartLayout;
import org.jointplan.chart.timeline.TimelineChart;
import org.jointplan.domain.Action;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.ReportPosition;
import org.jointplan.domain.ReportSnapshot;

/**
 * timeline.png: the plan's timeline for partners without JointPlan, laid out by {@link TimelineChart} as the window's
 * exports and the committee papers are (one lane per priority, each bar in its status colour with the status in the
 * plan's words, the key, the as-at date) and painted without a display. A lane shows its first actions; the rest
 * are counted, and listed in summary.html.
 */
final class TimelinePicture {
    static final int WIDTH = 1600;
    static final int MAX_ROWS_PER_LANE = 12;
    /** Two pixels to a layout unit, so the picture is laid out 800 units wide. */
    private static final double SCALE = 2;

    private TimelinePicture() {
    }

    static byte[] png(PlanData data, LocalDate today) {
        return ChartFiles.png(layout(data, today), SCALE);
    }

    /**
     * The picture's layout as at the day of export (or the first snapshot's date, for a plan whose first report is
     * dated later), across the plan's period widened to take in every action.
     */
    static ChartLayout layout(PlanData data, LocalDate today) {
        LocalDate asAt = data.snapshots().stream().map(ReportSnapshot::asAt).min(Comparator.naturalOrder())
                .filter(today::isBefore).orElse(today);
        LocalDate from = data.actions().stream().map(Action::start).filter(d -> d.isBefore(data.plan().start()))
                .min(Comparator.naturalOrder()).orElse(data.plan().start());
        LocalDate to = data.actions().stream().map(Action::due).filter(d -> d.isAfter(data.plan().end()))
                .max(Comparator.naturalOrder()).orElse(data.plan().end());
        return TimelineChart.whole(ReportPosition.of(data, asAt), from, to, WIDTH / SCALE, MAX_ROWS_PER_LANE);
    }
}

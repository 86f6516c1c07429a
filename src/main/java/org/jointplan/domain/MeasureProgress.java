package org.jointplan.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jointplan.domain.spc.Improvement;
import org.jointplan.domain.spc.SpcResult;
import org.jointplan.domain.spc.XmrChart;

/**
 * Where a measure stands as at a date: its values up to then, the latest figure and its period, the target and
 * trajectory for that period, its status, its direction since the previous report, and its SPC chart.
 *
 * @param actuals  the values with an actual figure for periods starting on or before the date, oldest first
 * @param latest   the last of those, or null when there are none
 * @param direction against the previous report's figure; null when there is no figure yet
 * @param spc      the XmR chart of those figures (rebased where the measure says), or null when there are none
 */
public record MeasureProgress(Measure measure, List<MeasureValue> actuals, MeasureValue latest, Double target,
                             Double trajectory, MeasureStatus status, Direction direction, SpcResult spc) {
    /** Worse than planned by up to 5% of the planned figure is "within tolerance". */
    public static final double TOLERANCE = 0.05;

    public MeasureProgress {
        actuals = List.copyOf(actuals);
    }

    /**
     * @param values   the measure's values (others are ignored), in any order
     * @param previous the figure the previous report gave, or null when it gave none
     */
    public static MeasureProgress of(Measure measure, List<MeasureValue> values, LocalDate asAt, Double previous) {
        List<MeasureValue> mine = values.stream()
                .filter(v -> v.measureId().equals(measure.id()) && !v.date().isAfter(asAt))
                .sorted(Comparator.comparing(MeasureValue::date)).toList();
        List<MeasureValue> actuals = mine.stream().filter(v -> v.actual() != null).toList();
        if (actuals.isEmpty()) {
            return new MeasureProgress(measure, actuals, null, null, null, MeasureStatus.NO_DATA, null, null);
        }
        MeasureValue latest = actuals.get(actuals.size() - 1);
        MeasurePeriod period = measure.period(latest.date());
        Double target = measure.targetFor(period);
        Double trajectory = latest.trajectory();
        Double planned = trajectory != null ? trajectory : target;
        return new MeasureProgress(measure, actuals, latest, target, trajectory,
                status(measure, latest.actual(), planned), direction(measure, previous, latest.actual()),
                spc(measure, actuals, target));
    }

    static MeasureStatus status(Measure measure, double actual, Double planned) {
        if (planned == null) {
            return MeasureStatus.NO_TRAJECTORY;
        }
        double tolerance = Math.max(TOLERANCE * Math.abs(planned), Math.pow(10, -measure.decimals()) / 2);
        double shortfall = switch (measure.better()) {
            case INCREASE -> planned - actual;
            case DECREASE -> actual - planned;
            case NEUTRAL -> Math.abs(actual - planned) - tolerance;
        };
        if (shortfall <= 0) {
            return MeasureStatus.ON_TRAJECTORY;
        }
        return shortfall <= tolerance && measure.better() != Improvement.NEUTRAL
                ? MeasureStatus.WITHIN_TOLERANCE : MeasureStatus.OFF_TRAJECTORY;
    }

    /** Equal at the measure's decimals is no change: a committee reads the figures as printed. */
    static Direction direction(Measure measure, Double previous, double current) {
        if (previous == null) {
            return Direction.NEW;
        }
        long scale = Math.round(Math.pow(10, measure.decimals()));
        long change = Long.compare(Math.round(current * scale), Math.round(previous * scale));
        if (change == 0) {
            return Direction.NO_CHANGE;
        }
        return switch (measure.better()) {
            case INCREASE -> change > 0 ? Direction.IMPROVED : Direction.WORSE;
            case DECREASE -> change < 0 ? Direction.IMPROVED : Direction.WORSE;
            case NEUTRAL -> change > 0 ? Direction.HIGHER : Direction.LOWER;
        };
    }

    private static SpcResult spc(Measure measure, List<MeasureValue> actuals, Double target) {
        List<Double> figures = new ArrayList<>(actuals.size());
        Set<Integer> rebaseAt = new HashSet<>();
        Set<LocalDate> rebaseAfter = new HashSet<>(measure.rebaseAfter());
        for (int i = 0; i < actuals.size(); i++) {
            figures.add(actuals.get(i).actual());
            if (i > 0 && rebaseAfterAny(rebaseAfter, actuals.get(i - 1).date(), actuals.get(i).date())) {
                rebaseAt.add(i);
            }
        }
        return XmrChart.of(figures, rebaseAt, measure.better(), target);
    }

    /** A rebase after a period starts the new limits at the first value after that period, even across a gap. */
    private static boolean rebaseAfterAny(Set<LocalDate> rebaseAfter, LocalDate before, LocalDate after) {
        return rebaseAfter.stream().anyMatch(r -> !r.isBefore(before) && r.isBefore(after));
    }

    public MeasurePeriod latestPeriod() {
        return latest == null ? null : measure.period(latest.date());
    }
}

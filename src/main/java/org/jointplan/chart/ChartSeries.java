package org.jointplan.chart;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jointplan.domain.spc.Improvement;
import org.jointplan.domain.spc.SpcResult;
import org.jointplan.domain.spc.XmrChart;

/**
 * What a measure chart shows, period by period, independent of how measures are stored.
 *
 * @param title         the measure's name
 * @param unit          "%" (written after the number) or a word such as "weeks" (after a space); may be empty
 * @param decimals      how many decimals values are shown with, 0 to 6
 * @param periods       the period labels in order ("Jan 2024", "Q1 2024/25")
 * @param actuals       the value of each period, null where there is none yet (a period may have only a
 *                      trajectory); same length as {@code periods}
 * @param targets       the target in force in each period, null where there is none (it may step from one year to
 *                      the next); same length, or empty for no target
 * @param trajectory    the planned value of each period, null where none; same length, or empty for none
 * @param suppressBelow values below this are published as "&lt; N" and drawn hollow at N, never at their true
 *                      value; null when nothing is suppressed
 * @param improvement   which way is better
 * @param rebaseAt      indices of the periods that start a new SPC period (the first period after a rebase)
 * @param spc           the SPC result of the non-null actuals in order (point k is the k-th period with a value),
 *                      or null to have the chart work it out when it is drawn in SPC mode
 */
public record ChartSeries(String title, String unit, int decimals, List<String> periods, List<Double> actuals,
                          List<Double> targets, List<Double> trajectory, Double suppressBelow,
                          Improvement improvement, Set<Integer> rebaseAt, SpcResult spc) {

    public ChartSeries {
        title = title == null ? "" : title.strip();
        unit = unit == null ? "" : unit.strip();
        if (decimals < 0 || decimals > 6) {
            throw new IllegalArgumentException("A chart shows values with 0 to 6 decimals.");
        }
        periods = List.copyOf(periods);
        int n = periods.size();
        actuals = numbers(actuals, n, "actual values");
        targets = numbers(targets, n, "targets");
        trajectory = numbers(trajectory, n, "trajectory values");
        if (suppressBelow != null && !Double.isFinite(suppressBelow)) {
            throw new IllegalArgumentException("The suppression threshold must be a number.");
        }
        Objects.requireNonNull(improvement, "improvement");
        rebaseAt = Collections.unmodifiableSet(new TreeSet<>(rebaseAt == null ? Set.of() : rebaseAt));
        if (rebaseAt.stream().anyMatch(i -> i <= 0 || i >= n)) {
            throw new IllegalArgumentException("A rebase starts at a period after the first one.");
        }
        long values = actuals.stream().filter(Objects::nonNull).count();
        if (spc != null && spc.points().size() != values) {
            throw new IllegalArgumentException("The SPC result must have one point for each value.");
        }
    }

    /** A series with values only: no target, trajectory, suppression or rebase; higher is better. */
    public static ChartSeries of(String title, String unit, int decimals, List<String> periods,
                                 List<Double> actuals) {
        return new ChartSeries(title, unit, decimals, periods, actuals, List.of(), List.of(), null,
                Improvement.INCREASE, Set.of(), null);
    }

    public ChartSeries withTargets(List<Double> perPeriod) {
        return new ChartSeries(title, unit, decimals, periods, actuals, perPeriod, trajectory, suppressBelow,
                improvement, rebaseAt, spc);
    }

    /** The same target in every period. */
    public ChartSeries withTarget(double target) {
        return withTargets(Collections.nCopies(periods.size(), target));
    }

    public ChartSeries withTrajectory(List<Double> perPeriod) {
        return new ChartSeries(title, unit, decimals, periods, actuals, targets, perPeriod, suppressBelow,
                improvement, rebaseAt, spc);
    }

    public ChartSeries withSuppressBelow(Double threshold) {
        return new ChartSeries(title, unit, decimals, periods, actuals, targets, trajectory, threshold,
                improvement, rebaseAt, spc);
    }

    public ChartSeries withImprovement(Improvement better) {
        return new ChartSeries(title, unit, decimals, periods, actuals, targets, trajectory, suppressBelow, better,
                rebaseAt, null);
    }

    public ChartSeries withRebaseAt(Set<Integer> starts) {
        return new ChartSeries(title, unit, decimals, periods, actuals, targets, trajectory, suppressBelow,
                improvement, starts, null);
    }

    /**
     * This series with its SPC worked out by {@link XmrChart} from the values there are, the rebases mapped to
     * points, against the last target in force. Without values it is returned as it is.
     */
    public ChartSeries withSpc() {
        int[] at = pointPeriods();
        if (at.length == 0) {
            return this;
        }
        List<Double> values = new ArrayList<>(at.length);
        Set<Integer> pointRebases = new TreeSet<>();
        for (int k = 0; k < at.length; k++) {
            values.add(actuals.get(at[k]));
            int previous = k == 0 ? -1 : at[k - 1];
            for (int start : rebaseAt) {
                if (k > 0 && start > previous && start <= at[k]) {
                    pointRebases.add(k);
                }
            }
        }
        SpcResult result = XmrChart.of(values, pointRebases, improvement, latestTarget());
        return new ChartSeries(title, unit, decimals, periods, actuals, targets, trajectory, suppressBelow,
                improvement, rebaseAt, result);
    }

    /** For each SPC point, from 0, the period it belongs to: the periods with a value, in order. */
    public int[] pointPeriods() {
        return java.util.stream.IntStream.range(0, periods.size()).filter(i -> actuals.get(i) != null).toArray();
    }

    public boolean hasValues() {
        return actuals.stream().anyMatch(Objects::nonNull);
    }

    /** The index of the last period with a value, or -1. */
    public int latestIndex() {
        for (int i = periods.size() - 1; i >= 0; i--) {
            if (actuals.get(i) != null) {
                return i;
            }
        }
        return -1;
    }

    /** The target in force in the last period that has one, or null. */
    public Double latestTarget() {
        for (int i = periods.size() - 1; i >= 0; i--) {
            if (targets.get(i) != null) {
                return targets.get(i);
            }
        }
        return null;
    }

    /** Whether a value is published as "&lt; N" rather than as itself. */
    public boolean suppressed(double value) {
        return suppressBelow != null && value < suppressBelow;
    }

    private static List<Double> numbers(List<Double> list, int n, String what) {
        if (list == null || list.isEmpty()) {
            return Collections.nCopies(n, null);
        }
        if (list.size() != n) {
            throw new IllegalArgumentException("The chart needs one of its " + what + " for each period.");
        }
        for (Double d : list) {
            if (d != null && !Double.isFinite(d)) {
                throw new IllegalArgumentException("Every one of the chart's " + what + " must be a number.");
            }
        }
        return Collections.unmodifiableList(new ArrayList<>(list));
    }
}

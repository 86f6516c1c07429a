package org.jointplan.domain.spc;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Statistical process control as NHS England's "Making Data Count" draws it, computed exactly as the NHS-R
 * community's NHSRplotthedots 0.2.2 does with its defaults (its R/ptd_spc_standard.R, ptd_calculate_point_type.R and
 * ptd_calculate_assurance_type.R): an XmR chart per period between rebases, the mean and process limits at the mean
 * ± 2.66 × the mean moving range, moving ranges of 3.267 × their mean or more screened out and the mean moving range
 * computed again; then the four rules of {@link SpcRule} within each period. Where the package leaves a value
 * undefined (a period of one point; no variation left after screening) so does this class: the limits are null and
 * no point is outside them.
 */
public final class XmrChart {
    /** The package warns of trial limits in a period of fewer points than this (its default option, 13). */
    public static final int RELIABLE_POINTS = 13;
    private static final double LIMIT = 2.66;
    private static final double TWO_SIGMA = 2 * (LIMIT / 3);
    private static final double SCREEN = 3.267;
    private static final int RUN = 7;

    private XmrChart() {
    }

    /**
     * @param values      the values in time order
     * @param rebaseAt    indices of the points that start a new period (0 and indices out of range are ignored)
     * @param improvement which way is better
     * @param target      the target, or null
     */
    public static SpcResult of(List<Double> values, Set<Integer> rebaseAt, Improvement improvement, Double target) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("An SPC chart needs at least one value.");
        }
        double[] y = new double[values.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = values.get(i);
            if (!Double.isFinite(y[i])) {
                throw new IllegalArgumentException("Every value of an SPC chart must be a number.");
            }
        }
        TreeSet<Integer> starts = new TreeSet<>();
        starts.add(0);
        rebaseAt.stream().filter(i -> i > 0 && i < y.length).forEach(starts::add);
        List<SpcPoint> points = new ArrayList<>(y.length);
        List<SpcPeriod> periods = new ArrayList<>();
        int period = 0;
        for (int start : starts) {
            Integer next = starts.higher(start);
            int end = next == null ? y.length : next;
            periods.add(period(y, start, end, period, improvement, points));
            period++;
        }
        SpcPoint last = points.get(points.size() - 1);
        SpcPeriod lastPeriod = periods.get(periods.size() - 1);
        return new SpcResult(points, periods, VariationIcon.of(last.type(), last.side()),
                assurance(target, lastPeriod, improvement));
    }

    private static SpcPeriod period(double[] all, int start, int end, int index, Improvement improvement,
                                    List<SpcPoint> into) {
        int n = end - start;
        double[] y = new double[n];
        System.arraycopy(all, start, y, 0, n);
        double mean = mean(y);
        double[] mr = new double[n];
        mr[0] = Double.NaN;
        for (int i = 1; i < n; i++) {
            mr[i] = Math.abs(y[i] - y[i - 1]);
        }
        double amr = meanOfNumbers(mr);
        for (int i = 1; i < n; i++) {
            if (!(mr[i] < SCREEN * amr)) { // as in R, a comparison with an undefined mean screens the range out
                mr[i] = Double.NaN;
            }
        }
        amr = meanOfNumbers(mr);
        double lpl = mean - LIMIT * amr;
        double upl = mean + LIMIT * amr;
        double nlpl = mean - TWO_SIGMA * amr;
        double nupl = mean + TWO_SIGMA * amr;

        boolean[] outside = new boolean[n];
        int[] side = new int[n];
        boolean[] close = new boolean[n];
        for (int i = 0; i < n; i++) {
            outside[i] = y[i] > upl || y[i] < lpl;
            side[i] = (int) Math.signum(y[i] - mean);
            close[i] = !outside[i] && (y[i] < nlpl || y[i] > nupl);
        }
        int[] trend = sevenPointTrend(y);
        boolean[] partOfTrend = partOfRun(trend);
        boolean[] partOfShift = partOfRun(sevenOnOneSide(side));
        boolean[] partOfTwoInThree = partOfTwoInThree(close, side);
        for (int i = 0; i < n; i++) {
            Set<SpcRule> rules = EnumSet.noneOf(SpcRule.class);
            if (outside[i]) {
                rules.add(SpcRule.OUTSIDE_LIMITS);
            }
            if (partOfTrend[i]) {
                rules.add(SpcRule.TREND);
            }
            if (partOfTwoInThree[i]) {
                rules.add(SpcRule.TWO_IN_THREE);
            }
            if (partOfShift[i]) {
                rules.add(SpcRule.SHIFT);
            }
            SpcRule cause = rules.isEmpty() ? null : rules.iterator().next(); // EnumSet iterates in rule order
            int high = cause == null ? 0 : cause == SpcRule.TREND ? trendSide(y, partOfTrend, i)
                    : cause == SpcRule.OUTSIDE_LIMITS ? (side[i] == 1 ? 1 : -1) : (side[i] > 0 ? 1 : -1);
            into.add(new SpcPoint(start + i, y[i], index, mean, defined(lpl), defined(upl), defined(nlpl),
                    defined(nupl), rules, cause, high, type(high, improvement)));
        }
        return new SpcPeriod(start, end - 1, mean, defined(lpl), defined(upl), n < RELIABLE_POINTS);
    }

    /** The direction of a trend at a point: towards the next point when it is part of the trend too, else from the last. */
    private static int trendSide(double[] y, boolean[] partOfTrend, int i) {
        int n = y.length;
        double step = i + 1 < n && partOfTrend[i + 1] ? y[i + 1] - y[i] : i > 0 ? y[i] - y[i - 1] : 0;
        return step > 0 ? 1 : -1; // the package names any other step "Decreasing"
    }

    private static PointType type(int side, Improvement improvement) {
        if (side == 0) {
            return PointType.COMMON_CAUSE;
        }
        if (improvement == Improvement.NEUTRAL) {
            return PointType.SPECIAL_CAUSE_NEITHER;
        }
        return side * improvement.sign() > 0 ? PointType.SPECIAL_CAUSE_IMPROVEMENT : PointType.SPECIAL_CAUSE_CONCERN;
    }

    private static AssuranceIcon assurance(Double target, SpcPeriod last, Improvement improvement) {
        if (target == null || improvement == Improvement.NEUTRAL) {
            return null;
        }
        boolean increasing = improvement == Improvement.INCREASE;
        if (last.upperLimit() != null && target > last.upperLimit()) {
            return increasing ? AssuranceIcon.CONSISTENT_FAIL : AssuranceIcon.CONSISTENT_PASS;
        }
        if (last.lowerLimit() != null && target < last.lowerLimit()) {
            return increasing ? AssuranceIcon.CONSISTENT_PASS : AssuranceIcon.CONSISTENT_FAIL;
        }
        return AssuranceIcon.INCONSISTENT;
    }

    /** +1 at the 7th point of a strictly increasing run of 7, -1 of a decreasing one, else 0. */
    static int[] sevenPointTrend(double[] y) {
        int[] trend = new int[y.length];
        for (int i = RUN - 1; i < y.length; i++) {
            boolean up = true;
            boolean down = true;
            for (int k = i - RUN + 2; k <= i; k++) {
                up &= y[k] > y[k - 1];
                down &= y[k] < y[k - 1];
            }
            trend[i] = up ? 1 : down ? -1 : 0;
        }
        return trend;
    }

    /** Non-zero at the 7th point of a run of 7 on the same side of the mean. */
    static int[] sevenOnOneSide(int[] side) {
        int[] run = new int[side.length];
        for (int i = RUN - 1; i < side.length; i++) {
            boolean same = side[i] != 0;
            for (int k = i - RUN + 1; k < i && same; k++) {
                same = side[k] == side[i];
            }
            run[i] = same ? 1 : 0;
        }
        return run;
    }

    /** A point is part of a run when it or one of the next 6 points ends one. */
    static boolean[] partOfRun(int[] ends) {
        boolean[] part = new boolean[ends.length];
        for (int i = 0; i < ends.length; i++) {
            for (int k = i; k < Math.min(ends.length, i + RUN) && !part[i]; k++) {
                part[i] = ends[k] != 0;
            }
        }
        return part;
    }

    /**
     * A point beyond a two-sigma line is part of "two in three" when some window of three consecutive points
     * holding it has at least two such points and all three on one side of the mean.
     */
    static boolean[] partOfTwoInThree(boolean[] close, int[] side) {
        int n = close.length;
        boolean[] part = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (!close[i]) {
                continue;
            }
            for (int first = i - 2; first <= i && !part[i]; first++) {
                int count = 0;
                int sides = 0;
                for (int k = first; k < first + 3; k++) {
                    if (k >= 0 && k < n) {
                        count += close[k] ? 1 : 0;
                        sides += side[k];
                    }
                }
                part[i] = count >= 2 && Math.abs(sides) == 3;
            }
        }
        return part;
    }

    private static double mean(double[] y) {
        double sum = 0;
        for (double v : y) {
            sum += v;
        }
        return sum / y.length;
    }

    private static double meanOfNumbers(double[] values) {
        double sum = 0;
        int count = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                sum += v;
                count++;
            }
        }
        return count == 0 ? Double.NaN : sum / count;
    }

    private static Double defined(double v) {
        return Double.isNaN(v) ? null : v;
    }
}

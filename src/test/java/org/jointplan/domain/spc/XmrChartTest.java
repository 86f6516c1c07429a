package org.jointplan.domain.spc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;

/** The package's own examples (tests/testthat of NHSRplotthedots 0.2.2) and the rules end to end. */
class XmrChartTest {
    /** R's set.seed(123); rnorm(20), the series of the package's tests. */
    private static final double[] RNORM_123 = {-0.56047565, -0.23017749, 1.55870831, 0.07050839, 0.12928774,
        1.71506499, 0.46091621, -1.26506123, -0.68685285, -0.44566197, 1.22408180, 0.35981383, 0.40077145,
        0.11068272, -0.55584113, 1.78691314, 0.49785048, -1.96661716, 0.70135590, -0.47279141};

    private static List<Double> list(double... values) {
        return DoubleStream.of(values).boxed().toList();
    }

    private static SpcResult chart(double[] values) {
        return XmrChart.of(list(values), Set.of(), Improvement.INCREASE, null);
    }

    @Test
    void meanAndLimitsOfThePackagesSeries() {
        SpcPeriod p = chart(RNORM_123).periods().get(0);
        assertEquals(0.1416238, p.mean(), 1e-7);
        assertEquals(-3.01138, p.lowerLimit(), 1e-5);
        assertEquals(3.294627, p.upperLimit(), 1e-6);
        assertTrue(chart(RNORM_123).points().stream().allMatch(x -> x.type() == PointType.COMMON_CAUSE));
        assertEquals(VariationIcon.COMMON_CAUSE, chart(RNORM_123).variation());
    }

    @Test
    void anOutlyingMovingRangeIsScreenedOutAsThePackageDoes() {
        double[] y = RNORM_123.clone();
        y[14] = 10;
        SpcPeriod p = chart(y).periods().get(0);
        assertEquals(0.6694159, p.mean(), 1e-7);
        assertEquals(-2.383666, p.lowerLimit(), 1e-6);
        assertEquals(3.722497, p.upperLimit(), 1e-6);
        SpcPoint outlier = chart(y).points().get(14);
        assertEquals(SpcRule.OUTSIDE_LIMITS, outlier.cause());
        assertEquals(PointType.SPECIAL_CAUSE_IMPROVEMENT, outlier.type());
    }

    @Test
    void eachPeriodBetweenRebasesHasItsOwnLimits() {
        SpcResult r = XmrChart.of(list(RNORM_123), Set.of(10), Improvement.INCREASE, null);
        assertEquals(2, r.periods().size());
        assertEquals(0.0746, r.periods().get(0).mean(), 5e-5);
        assertEquals(-2.60, r.periods().get(0).lowerLimit(), 5e-3);
        assertEquals(2.75, r.periods().get(0).upperLimit(), 5e-3);
        assertEquals(0.209, r.periods().get(1).mean(), 5e-4);
        assertEquals(-3.28, r.periods().get(1).lowerLimit(), 5e-3);
        assertEquals(3.70, r.periods().get(1).upperLimit(), 5e-3);
        assertTrue(r.hasShortPeriod(), "periods of 10 points have trial limits");
        assertFalse(chart(RNORM_123).hasShortPeriod());
        assertEquals(1, r.points().get(10).period());
    }

    @Test
    void theRunRulesMatchThePackagesUnitExamples() {
        assertArrayEquals(new int[] {0, 0, 0, 0, 0, 0, 1}, XmrChart.sevenPointTrend(new double[] {1, 2, 3, 4, 5, 6, 7}));
        assertArrayEquals(new int[7], XmrChart.sevenPointTrend(new double[] {1, 2, 3, 3, 4, 5, 6}));
        assertArrayEquals(new int[] {0, 0, 0, 0, 0, 0, 0, -1, 0},
                XmrChart.sevenPointTrend(new double[] {2, 7, 6, 5, 4, 3, 2, 1, 3}));
        assertArrayEquals(new int[] {0, 0, 0, 0, 0, 0, 1, 1, 0},
                XmrChart.sevenOnOneSide(new int[] {1, 1, 1, 1, 1, 1, 1, 1, -1}));
        assertArrayEquals(new int[6], XmrChart.sevenOnOneSide(new int[] {1, 1, 1, 1, 1, 1}));
        assertArrayEquals(new boolean[] {false, true, true, true, true, true, true, true, false},
                XmrChart.partOfRun(new int[] {0, 0, 0, 0, 0, 0, 0, -1, 0}));
        assertArrayEquals(new boolean[] {false, false, true, false, true, false, false}, XmrChart.partOfTwoInThree(
                bools(0, 0, 1, 0, 1, 0, 0), new int[] {1, 1, 1, 1, 1, 1, 1}));
        assertArrayEquals(new boolean[] {false, false, false, true, true}, XmrChart.partOfTwoInThree(
                bools(1, 0, 0, 1, 1), new int[] {1, 1, 1, 1, 1}));
        assertArrayEquals(new boolean[7], XmrChart.partOfTwoInThree(
                bools(0, 0, 1, 0, 1, 0, 0), new int[] {1, -1, 1, -1, 1, -1, 1}));
    }

    private static boolean[] bools(int... flags) {
        boolean[] b = new boolean[flags.length];
        for (int i = 0; i < flags.length; i++) {
            b[i] = flags[i] == 1;
        }
        return b;
    }

    @Test
    void aPointTakesTheFirstRuleInOrderAndReadsByTheBetterDirection() {
        // 1..7: the ends are outside the limits (4 ± 2.66), the rest part of a rising trend
        SpcResult up = XmrChart.of(list(1, 2, 3, 4, 5, 6, 7), Set.of(), Improvement.INCREASE, null);
        assertEquals(SpcRule.OUTSIDE_LIMITS, up.points().get(0).cause());
        assertEquals(PointType.SPECIAL_CAUSE_CONCERN, up.points().get(0).type(), "low is a concern when up is better");
        assertEquals(Set.of(SpcRule.OUTSIDE_LIMITS, SpcRule.TREND), up.points().get(0).rules());
        assertEquals(SpcRule.TREND, up.points().get(3).cause());
        assertEquals(PointType.SPECIAL_CAUSE_IMPROVEMENT, up.points().get(3).type());
        assertEquals(VariationIcon.IMPROVEMENT_HIGH, up.variation());
        SpcResult down = XmrChart.of(list(1, 2, 3, 4, 5, 6, 7), Set.of(), Improvement.DECREASE, null);
        assertEquals(VariationIcon.CONCERN_HIGH, down.variation());
        SpcResult neither = XmrChart.of(list(1, 2, 3, 4, 5, 6, 7), Set.of(), Improvement.NEUTRAL, 3.0);
        assertEquals(VariationIcon.NEITHER_HIGH, neither.variation());
        assertNull(neither.assurance(), "no assurance when neither direction is better");
    }

    @Test
    void aShiftOfSevenPointsOnOneSideOfTheMean() {
        List<Double> values = new ArrayList<>(List.of(5.0, 6.0, 5.0, 6.0, 5.0, 6.0, 5.0));
        values.addAll(List.of(7.0, 6.5, 7.0, 6.5, 7.0, 6.5, 7.0));
        SpcResult r = XmrChart.of(values, Set.of(), Improvement.INCREASE, null);
        for (int i = 7; i < 14; i++) {
            assertTrue(r.points().get(i).rules().contains(SpcRule.SHIFT), "point " + i);
            assertEquals(1, r.points().get(i).side());
        }
    }

    @Test
    void assuranceComparesTheTargetWithTheLastPeriodsLimits() {
        assertEquals(AssuranceIcon.CONSISTENT_FAIL, XmrChart.of(list(RNORM_123), Set.of(), Improvement.INCREASE,
                5.0).assurance());
        assertEquals(AssuranceIcon.CONSISTENT_PASS, XmrChart.of(list(RNORM_123), Set.of(), Improvement.DECREASE,
                5.0).assurance());
        assertEquals(AssuranceIcon.CONSISTENT_PASS, XmrChart.of(list(RNORM_123), Set.of(), Improvement.INCREASE,
                -5.0).assurance());
        assertEquals(AssuranceIcon.INCONSISTENT, XmrChart.of(list(RNORM_123), Set.of(), Improvement.INCREASE,
                0.5).assurance());
    }

    @Test
    void aFlatSeriesOrASinglePointHasNoLimitsAndNoSpecialCause() {
        SpcResult flat = chart(new double[] {4, 4, 4, 4, 4, 4, 4, 4});
        assertNull(flat.periods().get(0).upperLimit(), "no variation: the package leaves the limits undefined");
        assertTrue(flat.points().stream().allMatch(p -> p.type() == PointType.COMMON_CAUSE));
        SpcResult one = chart(new double[] {3});
        assertNull(one.periods().get(0).lowerLimit());
        assertEquals(VariationIcon.COMMON_CAUSE, one.variation());
        assertTrue(one.hasShortPeriod());
    }
}

package org.jointplan.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.jointplan.domain.spc.AssuranceIcon;
import org.jointplan.domain.spc.Improvement;
import org.jointplan.domain.spc.SpcResult;
import org.jointplan.domain.spc.XmrChart;
import org.junit.jupiter.api.Test;

class ChartSeriesTest {
    private static final List<String> FIVE = List.of("Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25",
            "Q1 2025/26");

    @Test
    void theSpcIsWorkedOutFromThePeriodsWithValuesWithRebasesMovedToTheNextPoint() {
        ChartSeries s = ChartSeries.of("Waits", "weeks", 0, FIVE, ChartSamples.list(62.0, null, 68.0, null, 54.0))
                .withRebaseAt(Set.of(3)).withTarget(50).withImprovement(Improvement.DECREASE);
        assertArrayEquals(new int[] {0, 2, 4}, s.pointPeriods());
        SpcResult spc = s.withSpc().spc();
        assertEquals(XmrChart.of(List.of(62.0, 68.0, 54.0), Set.of(2), Improvement.DECREASE, 50.0), spc,
                "the rebase at Q4, which has no value, starts the new period at the next value");
        assertEquals(4, s.latestIndex());
        assertEquals(50.0, s.latestTarget());
    }

    @Test
    void changingWhatTheSpcDependsOnForgetsTheOldResult() {
        ChartSeries s = ChartSamples.ehcPlans().withSpc();
        assertEquals(AssuranceIcon.INCONSISTENT, s.spc().assurance());
        assertNull(s.withTarget(10).spc());
        assertNull(s.withImprovement(Improvement.DECREASE).spc());
        assertNull(s.withRebaseAt(Set.of(3)).spc());
        assertEquals(s.spc(), s.withTrajectory(ChartSamples.list(null, null, null, null, null, null, 40.0)).spc());
    }

    @Test
    void badSeriesAreRefusedInPlainWords() {
        assertEquals("The chart needs one of its actual values for each period.", assertThrows(
                IllegalArgumentException.class, () -> ChartSeries.of("x", "", 0, FIVE, List.of(1.0))).getMessage());
        assertEquals("Every one of the chart's targets must be a number.", assertThrows(IllegalArgumentException.class,
                () -> ChartSeries.of("x", "", 0, FIVE, List.of(1.0, 2.0, 3.0, 4.0, 5.0)).withTarget(Double.NaN))
                .getMessage());
        assertThrows(IllegalArgumentException.class, () -> ChartSeries.of("x", "", 0, FIVE,
                ChartSamples.list(1.0, 2.0, 3.0, 4.0, Double.POSITIVE_INFINITY)));
        assertEquals("The chart's actual values are too large to draw.", assertThrows(IllegalArgumentException.class,
                () -> ChartSeries.of("x", "", 0, List.of("Q1"), List.of(1e300))).getMessage());
        assertEquals("A rebase starts at a period after the first one.", assertThrows(IllegalArgumentException.class,
                () -> ChartSamples.ehcPlans().withRebaseAt(Set.of(0))).getMessage());
        assertThrows(IllegalArgumentException.class, () -> ChartSamples.ehcPlans().withRebaseAt(Set.of(7)));
        assertThrows(IllegalArgumentException.class, () -> ChartSeries.of("x", "", 7, FIVE,
                List.of(1.0, 2.0, 3.0, 4.0, 5.0)));
        SpcResult three = XmrChart.of(List.of(1.0, 2.0, 3.0), Set.of(), Improvement.INCREASE, null);
        assertEquals("The SPC result must have one point for each value.", assertThrows(
                IllegalArgumentException.class, () -> new ChartSeries("x", "", 0, FIVE, List.of(1.0, 2.0, 3.0, 4.0,
                        5.0), List.of(), List.of(), null, Improvement.INCREASE, Set.of(), three)).getMessage());
    }
}

package org.jointplan.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jointplan.chart.ChartSeries;
import org.jointplan.domain.Measure;
import org.jointplan.domain.MeasureProgress;
import org.jointplan.domain.PlanData;
import org.jointplan.service.SamplePlan;
import org.junit.jupiter.api.Test;

class MeasureSeriesTest {
    private final PlanData plan = SamplePlan.load();

    private Measure named(String start) {
        return plan.measures().stream().filter(m -> m.name().startsWith(start)).findFirst().orElseThrow();
    }

    @Test
    void everyPeriodFromTheFirstFigureToTheLastWithGapsKeptAndTheTrajectoryAhead() {
        Measure nst = named("Average wait");
        MeasureProgress p = MeasureProgress.of(nst, plan.measureValues(), LocalDate.of(2024, 9, 30), null);
        ChartSeries s = ChartSeries.class.cast(MeasureSeries.of(p, plan.measureValues()));
        assertEquals("Jul 2023", s.periods().get(0));
        assertEquals("Dec 2024", s.periods().get(s.periods().size() - 1));
        assertEquals(18, s.periods().size());
        assertEquals(62.0, s.actuals().get(0));
        assertNull(s.actuals().get(1), "a month without a figure stays a gap");
        assertEquals(50.0, s.trajectory().get(17), "the trajectory ahead of the date is drawn");
        assertEquals(3, s.spc().points().size());
    }

    @Test
    void aRebaseStartsAtTheFirstFigureAfterItsPeriod() {
        Measure ehc = named("% of new EHC").toBuilder().rebaseAfter(List.of(LocalDate.of(2023, 12, 1))).build();
        MeasureProgress p = MeasureProgress.of(ehc, plan.measureValues(), LocalDate.of(2024, 9, 30), null);
        ChartSeries s = MeasureSeries.of(p, plan.measureValues());
        assertEquals(Set.of(12), s.rebaseAt(), "Jan 2024 is the 13th month from Jan 2023");
        assertEquals(2, s.spc().periods().size());
    }
}

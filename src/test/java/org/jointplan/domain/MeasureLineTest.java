package org.jointplan.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jointplan.service.SamplePlan;
import org.junit.jupiter.api.Test;

class MeasureLineTest {
    private static final Stamp STAMP = new Stamp(Instant.parse("2024-10-07T09:00:00Z"), "Council", "Officer");
    /** The sample without its snapshots, whose first is after the figures these tests read. */
    private final PlanData sample = withSnapshots(SamplePlan.load(), List.of());

    private Measure named(PlanData plan, String start) {
        return plan.measures().stream().filter(m -> m.name().startsWith(start)).findFirst().orElseThrow();
    }

    @Test
    void aLineSaysTheLatestFigureTargetTrajectoryStatusAndSpcInWords() {
        Measure ehc = named(sample, "% of new EHC");
        LocalDate asAt = LocalDate.of(2024, 7, 31);
        MeasureLine line = MeasureLine.of(ehc, sample, asAt, ReportPosition.of(sample, asAt));
        assertEquals(ehc.name(), line.name());
        assertTrue(line.latest().startsWith("36.6%"), line.latest());
        assertTrue(line.latest().endsWith("(Jul 2024)"), line.latest());
        assertEquals("Whole plan", line.priority());
        assertTrue(line.status().matches("[✓≈✗–] .+"), "a symbol and words: " + line.status());
        assertTrue(line.variation().length() > 3, "the variation icon in words: " + line.variation());
        assertEquals(line.progress().status().describe(), line.status());
    }

    @Test
    void theDirectionComparesWithThePreviousSnapshotsFigure() {
        Measure ehc = named(sample, "% of new EHC");
        PlanData withSnapshot = withSnapshot(sample, LocalDate.of(2024, 6, 30));
        LocalDate asAt = LocalDate.of(2024, 7, 31);
        MeasureLine line = MeasureLine.of(ehc, withSnapshot, asAt, ReportPosition.of(withSnapshot, asAt));
        // June 42.7 at the snapshot, July 36.6 now: higher is better, so worse
        assertEquals("↓ Worse", line.direction());
        MeasureLine first = MeasureLine.of(ehc, sample, asAt, ReportPosition.of(sample, asAt));
        assertEquals("★ New", first.direction(), "no earlier report: nothing to compare with");
    }

    @Test
    void aSmallFigureIsShownAsPublishedAndAMeasureWithoutFiguresSaysSo() {
        Measure ehc = named(sample, "% of new EHC").toBuilder().suppressBelow(50.0).build();
        List<Measure> measures = new ArrayList<>(sample.measures());
        measures.replaceAll(m -> m.id().equals(ehc.id()) ? ehc : m);
        PlanData plan = new PlanData(sample.plan(), sample.partners(), sample.priorities(), sample.actions(),
                sample.milestones(), sample.dependencies(), sample.updates(), measures, sample.measureValues(),
                sample.committeeDates(), sample.snapshots(), sample.dateMoves(), sample.tombstones());
        LocalDate asAt = LocalDate.of(2024, 7, 31);
        assertEquals("< 50 (Jul 2024)", MeasureLine.of(ehc, plan, asAt, null).latest());
        MeasureLine early = MeasureLine.of(ehc, plan, LocalDate.of(2000, 1, 1), null);
        assertEquals("No figures yet", early.latest());
        assertEquals("– No data yet", early.status());
        assertEquals("", early.direction());
    }

    private static PlanData withSnapshot(PlanData p, LocalDate asAt) {
        List<ReportSnapshot> snapshots = new ArrayList<>(p.snapshots());
        snapshots.add(ReportSnapshot.take(p, asAt, "Q1", UUID.randomUUID(), STAMP));
        return withSnapshots(p, snapshots);
    }

    private static PlanData withSnapshots(PlanData p, List<ReportSnapshot> snapshots) {
        return new PlanData(p.plan(), p.partners(), p.priorities(), p.actions(), p.milestones(), p.dependencies(),
                p.updates(), p.measures(), p.measureValues(), p.committeeDates(), snapshots, p.dateMoves(),
                p.tombstones());
    }
}

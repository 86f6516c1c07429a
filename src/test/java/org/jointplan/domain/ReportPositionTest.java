package org.jointplan.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jointplan.domain.ReportPosition.ActionLine;
import org.jointplan.domain.ReportPosition.ExceptionEntry;
import org.jointplan.domain.ReportPosition.ExceptionEntry.Kind;
import org.jointplan.domain.ReportPosition.MilestoneSlip;
import org.jointplan.domain.ReportPosition.PriorityLine;
import org.jointplan.service.SamplePlan;
import org.jointplan.testsupport.PlanGenerator;
import org.junit.jupiter.api.Test;

/** The plan as at a date: which position is shown, directions of travel, slips and exceptions. */
class ReportPositionTest {
    private static final LocalDate Q2 = LocalDate.of(2024, 9, 30);
    private static final LocalDate Q3 = LocalDate.of(2024, 12, 31);
    private static final Stamp STAMP = new Stamp(Instant.parse("2024-10-01T09:00:00Z"), "City", "Officer");

    @Test
    void theSamplePlanAsAtTheEndOfItsYearShowsItsRecordedReportAndLaterJudgesOverdueAtThatDate() {
        PlanData sample = SamplePlan.load();
        LocalDate q4 = LocalDate.of(2025, 3, 31);
        LocalDate afterIt = LocalDate.of(2026, 11, 30);
        ReportPosition yearEnd = ReportPosition.of(sample, q4);
        ReportPosition later = ReportPosition.of(sample, afterIt);
        ReportSnapshot recorded = sample.snapshots().stream().filter(s -> s.asAt().equals(q4)).findFirst()
                .orElseThrow();
        long overdueAtYearEnd = yearEnd.actions().stream().filter(ActionLine::overdue).count();
        long overdueLater = later.actions().stream().filter(ActionLine::overdue).count();
        assertTrue(yearEnd.isFrozen());
        // the recorded year-end position, judged at 31/03/2025
        assertEquals(recorded.actions().stream().filter(a -> a.isOverdue(q4)).count(), overdueAtYearEnd);
        // after the last report: the live plan, judged at that date, compared with the year-end report
        assertFalse(later.isFrozen());
        assertEquals(sample.actions().stream().filter(a -> a.isOverdue(afterIt)).count(), overdueLater);
        assertTrue(overdueAtYearEnd < overdueLater);
        assertEquals(q4, later.previous().orElseThrow().asAt());
        assertEquals(sample.actions().size(), yearEnd.actions().size());
        assertEquals(LocalDate.of(2024, 12, 31), yearEnd.previous().orElseThrow().asAt());
        assertTrue(yearEnd.priorities().stream().noneMatch(p -> p.direction() == Direction.NEW));
        assertEquals(sample, later.plan());
    }

    @Test
    void aSnapshotOnTheDateShowsItsFrozenPositionComparedWithTheOneBefore() {
        Fixture f = new Fixture();
        PlanData plan = f.withSnapshot(f.plan, Q2);
        plan = f.change(plan, f.first, b -> b.status(Status.OFF_TRACK).statusReason("Provider withdrew")
                .due(LocalDate.of(2025, 2, 28)));
        plan = f.withSnapshot(plan, Q3);
        PlanData changedAfter = f.change(plan, f.first, b -> b.status(Status.COMPLETE));

        ReportPosition atQ3 = ReportPosition.of(changedAfter, Q3);

        assertTrue(atQ3.isFrozen());
        assertEquals(Q3, atQ3.frozen().orElseThrow().asAt());
        assertEquals(Q2, atQ3.previous().orElseThrow().asAt());
        ActionLine first = atQ3.action(f.first).orElseThrow();
        assertEquals(Status.OFF_TRACK, first.status());
        assertEquals(Direction.WORSE, first.direction());
        assertTrue(first.slippedSinceLastReport());
        assertTrue(first.slipped());
        assertEquals(Status.OFF_TRACK, atQ3.plan().action(f.first).orElseThrow().status());
        assertEquals(Direction.NO_CHANGE, atQ3.action(f.second).orElseThrow().direction());
    }

    @Test
    void aDateBeforeTheFirstSnapshotIsRefused() {
        Fixture f = new Fixture();
        PlanData plan = f.withSnapshot(f.plan, Q3);
        ValidationException e = assertThrows(ValidationException.class,
                () -> ReportPosition.of(plan, Q2));
        assertEquals("There is no earlier report: the first snapshot of this plan is as at 31/12/2024.",
                e.getMessage());
    }

    @Test
    void aDateBetweenSnapshotsShowsTheEarlierOneFrozenWithOverdueJudgedAtTheDate() {
        Fixture f = new Fixture();
        PlanData plan = f.withSnapshot(f.plan, Q2);
        plan = f.change(plan, f.second, b -> b.status(Status.COMPLETE));
        plan = f.withSnapshot(plan, Q3);
        LocalDate between = LocalDate.of(2024, 11, 15);

        ReportPosition position = ReportPosition.of(plan, between);

        assertEquals(Q2, position.frozen().orElseThrow().asAt());
        assertTrue(position.previous().isEmpty());
        ActionLine second = position.action(f.second).orElseThrow();
        assertEquals(Status.ON_TRACK, second.status());
        assertTrue(second.overdue(), "due 31/10/2024, judged as at 15/11/2024");
        assertEquals(Status.ON_TRACK, position.plan().action(f.second).orElseThrow().status());
    }

    @Test
    void afterTheLastSnapshotTheLivePlanIsComparedWithIt() {
        Fixture f = new Fixture();
        PlanData plan = f.withSnapshot(f.plan, Q2);
        plan = f.change(plan, f.first, b -> b.status(Status.AT_RISK).statusReason("Late start")
                .correctiveAction("Extra staff"));
        plan = f.change(plan, f.second, b -> b.status(Status.COMPLETE));
        plan = f.add(plan, "Added after the report");

        ReportPosition position = ReportPosition.of(plan, Q3);

        assertFalse(position.isFrozen());
        assertEquals(Q2, position.previous().orElseThrow().asAt());
        assertEquals(Direction.WORSE, position.action(f.first).orElseThrow().direction());
        assertEquals(Direction.IMPROVED, position.action(f.second).orElseThrow().direction());
        ActionLine added = position.actions().get(position.actions().size() - 1);
        assertEquals(Direction.NEW, added.direction());
        assertEquals(plan, position.plan());
    }

    @Test
    void priorityRatingsCountOverdueActionsHonourOverridesAndHaveADirection() {
        Fixture f = new Fixture();
        PlanData plan = f.withSnapshot(f.plan, Q2);
        Priority other = f.plan.priority(f.otherPriority).orElseThrow();
        plan = f.replacePriority(plan, other.withRating(Status.AT_RISK, "Funding not confirmed", Confidence.LOW));

        ReportPosition position = ReportPosition.of(plan, LocalDate.of(2025, 3, 31));

        PriorityLine first = position.priorities().get(0);
        assertEquals(f.priority, first.id());
        assertEquals(Status.OFF_TRACK, first.rating(), "both actions overdue");
        assertEquals(2, first.summary().overdue());
        assertEquals(2, first.summary().count(Status.ON_TRACK));
        assertFalse(first.overridden());
        assertEquals(Direction.WORSE, first.direction());
        PriorityLine second = position.priority(other.id()).orElseThrow();
        assertTrue(second.overridden());
        assertEquals(Status.AT_RISK, second.rating());
        assertEquals("Funding not confirmed", second.overrideReason());
        assertEquals(Confidence.LOW, second.confidence());
    }

    @Test
    void aFrozenPriorityKeepsTheRatingItsSnapshotRecorded() {
        Fixture f = new Fixture();
        PlanData plan = f.withSnapshot(f.plan, Q2);
        plan = f.change(plan, f.first, b -> b.status(Status.OFF_TRACK).statusReason("Stopped"));

        ReportPosition frozen = ReportPosition.of(plan, Q2);

        assertEquals(Status.ON_TRACK, frozen.priority(f.priority).orElseThrow().rating());
        assertEquals(Status.OFF_TRACK, ReportPosition.of(plan, Q3).priority(f.priority).orElseThrow().rating());
    }

    @Test
    void exceptionsListEachActionOnceUnderItsMostSeriousKindGroupedByPriority() {
        Fixture f = new Fixture();
        PlanData plan = f.withSnapshot(f.plan, Q2);
        plan = f.change(plan, f.first, b -> b.status(Status.AT_RISK).statusReason("Late start")
                .correctiveAction("Extra staff").decisionNeeded("Agree extra funding"));
        plan = f.change(plan, f.elsewhere, b -> b.decisionNeeded("Choose a provider"));
        plan = f.change(plan, f.second, b -> b.due(LocalDate.of(2025, 1, 31)));

        ReportPosition position = ReportPosition.of(plan, LocalDate.of(2024, 11, 15));

        List<ExceptionEntry> entries = position.exceptions();
        assertEquals(List.of(Kind.AT_RISK, Kind.DECISION_NEEDED), entries.stream().map(ExceptionEntry::kind)
                .toList());
        ExceptionEntry atRisk = entries.get(0);
        assertEquals(f.first, atRisk.actionId());
        assertEquals("Late start", atRisk.reason());
        assertEquals("Extra staff", atRisk.correctiveAction());
        assertEquals("Agree extra funding", atRisk.decisionNeeded());
        assertEquals(Set.of(Kind.AT_RISK, Kind.DECISION_NEEDED), position.kinds(f.first));
        assertEquals(f.elsewhere, entries.get(1).actionId());
        assertEquals(f.otherPriority, entries.get(1).priorityId());
    }

    @Test
    void overdueActionsAreExceptionsWithTheDateTheyMovedFrom() {
        Fixture f = new Fixture();
        PlanData plan = f.withSnapshot(f.plan, Q2);
        plan = f.change(plan, f.second, b -> b.due(LocalDate.of(2024, 11, 30)));

        ReportPosition position = ReportPosition.of(plan, Q3);

        ExceptionEntry second = position.exceptions().stream().filter(e -> f.second.equals(e.actionId()))
                .findFirst().orElseThrow();
        assertEquals(Kind.OVERDUE, second.kind());
        assertEquals(LocalDate.of(2024, 11, 30), second.date());
        assertEquals(LocalDate.of(2024, 10, 31), second.previousDate());
    }

    @Test
    void milestonesThatSlippedSinceTheLastReportOrAgainstBaselineCarryTheirReason() {
        Fixture f = new Fixture();
        PlanData plan = f.withSnapshot(f.plan, Q2);
        plan = f.moveMilestone(plan, LocalDate.of(2025, 1, 15), "Venue not available");

        ReportPosition position = ReportPosition.of(plan, Q3);

        MilestoneSlip slip = position.slippedMilestones().get(0);
        assertEquals(1, position.slippedMilestones().size());
        assertEquals(f.milestone, slip.milestoneId());
        assertEquals(f.priority, slip.priorityId());
        assertEquals(LocalDate.of(2024, 12, 1), slip.from());
        assertEquals(LocalDate.of(2025, 1, 15), slip.to());
        assertTrue(slip.sinceLastReport());
        assertTrue(slip.againstBaseline());
        assertEquals("Venue not available", slip.reason());
        assertTrue(position.exceptions().stream().anyMatch(e -> e.kind() == Kind.MILESTONE_SLIPPED
                && f.milestone.equals(e.milestoneId()) && "Venue not available".equals(e.reason())));
        ReportPosition atSnapshot = ReportPosition.of(plan, Q2);
        assertEquals(List.of(), atSnapshot.slippedMilestones());
        assertEquals(LocalDate.of(2024, 12, 1), atSnapshot.plan().milestones().stream()
                .filter(m -> m.id().equals(f.milestone)).findFirst().orElseThrow().date());
    }

    @Test
    void aFrozenPlanLeavesOutActionsAddedSinceAndKeepsOnesDeletedSince() {
        Fixture f = new Fixture();
        PlanData plan = f.withSnapshot(f.plan, Q2);
        plan = f.add(plan, "Added after the report");
        PlanData withoutSecond = f.without(plan, f.second);

        ReportPosition position = ReportPosition.of(withoutSecond, Q2);

        assertEquals(f.plan.actions().stream().map(Action::id).toList(),
                position.plan().actions().stream().map(Action::id).toList());
        assertEquals(List.of(), PlanRules.problems(position.plan()));
        assertEquals(f.plan.actions().size(), position.actions().size());
    }

    @Test
    void aGeneratedPlanGivesOneLinePerActionAndPriority() {
        PlanData plan = PlanGenerator.plan(500, 7);
        ReportPosition position = ReportPosition.of(plan, LocalDate.of(2024, 12, 31));
        assertEquals(500, position.actions().size());
        assertEquals(plan.priorities().size(), position.priorities().size());
        for (ActionLine a : position.actions()) {
            Action action = plan.action(a.id()).orElseThrow();
            assertEquals(action.isOverdue(LocalDate.of(2024, 12, 31)), a.overdue());
            assertEquals(action.slippedAgainstBaseline(), a.slipped());
        }
        assertNull(position.frozen().orElse(null));
    }

    /** A small plan: priority 1 has two on-track actions (due 30/11 and 31/10/2024) and a milestone due 1/12. */
    private static final class Fixture {
        final UUID priority = UUID.randomUUID();
        final UUID first = UUID.randomUUID();
        final UUID second = UUID.randomUUID();
        final UUID elsewhere = UUID.randomUUID();
        final UUID milestone = UUID.randomUUID();
        final UUID otherPriority = UUID.randomUUID();
        final PlanData plan;

        Fixture() {
            UUID planId = UUID.randomUUID();
            FinancialYear year = new FinancialYear(2024);
            Plan p = new Plan(planId, "Plan", "", new DateRange(year.start(), year.end()), year, List.of(), null,
                    STAMP);
            List<Priority> priorities = List.of(
                    new Priority(otherPriority, planId, 2, "Sleep", "", "", null, "", false, null, "", null, STAMP),
                    new Priority(priority, planId, 1, "SLCN", "", "", null, "", false, null, "", null, STAMP));
            List<Action> actions = List.of(
                    action(first, planId, priority, "Review SLCN", LocalDate.of(2024, 11, 30)),
                    action(second, planId, priority, "Advice line", LocalDate.of(2024, 10, 31)),
                    action(elsewhere, planId, otherPriority, "Sleep pathway", LocalDate.of(2025, 9, 30)));
            Milestone m = new Milestone(milestone, planId, first, null, "Consultant's report",
                    LocalDate.of(2024, 12, 1), LocalDate.of(2024, 12, 1), "", false, STAMP);
            plan = new PlanData(p, List.of(), priorities, actions, List.of(m), List.of(), List.of(), List.of(),
                    List.of(), List.of(), List.of(), List.of(), List.of());
        }

        private static Action action(UUID id, UUID planId, UUID priority, String title, LocalDate due) {
            return new Action(id, planId, priority, Set.of(), title, "", null, "", LocalDate.of(2024, 4, 1), due,
                    Status.ON_TRACK, 40, "", "", LocalDate.of(2024, 4, 1), due, "", "", STAMP);
        }

        PlanData withSnapshot(PlanData p, LocalDate asAt) {
            List<ReportSnapshot> snapshots = new ArrayList<>(p.snapshots());
            snapshots.add(ReportSnapshot.take(p, asAt, "", UUID.randomUUID(), STAMP));
            return copy(p, p.priorities(), p.actions(), p.milestones(), snapshots, p.dateMoves());
        }

        PlanData change(PlanData p, UUID id, java.util.function.UnaryOperator<Action.Builder> edit) {
            List<Action> actions = p.actions().stream()
                    .map(a -> a.id().equals(id) ? edit.apply(a.toBuilder()).build() : a).toList();
            return copy(p, p.priorities(), actions, p.milestones(), p.snapshots(), p.dateMoves());
        }

        PlanData add(PlanData p, String title) {
            List<Action> actions = new ArrayList<>(p.actions());
            actions.add(action(UUID.randomUUID(), p.id(), priority, title, LocalDate.of(2025, 3, 31)));
            return copy(p, p.priorities(), actions, p.milestones(), p.snapshots(), p.dateMoves());
        }

        PlanData without(PlanData p, UUID id) {
            return copy(p, p.priorities(), p.actions().stream().filter(a -> !a.id().equals(id)).toList(),
                    p.milestones(), p.snapshots(), p.dateMoves());
        }

        PlanData replacePriority(PlanData p, Priority changed) {
            return copy(p, p.priorities().stream().map(x -> x.id().equals(changed.id()) ? changed : x).toList(),
                    p.actions(), p.milestones(), p.snapshots(), p.dateMoves());
        }

        PlanData moveMilestone(PlanData p, LocalDate to, String reason) {
            Milestone m = p.milestones().get(0);
            Milestone moved = new Milestone(m.id(), m.planId(), m.actionId(), m.priorityId(), m.title(),
                    m.baselineDate(), to, "", m.achieved(), STAMP);
            List<DateMove> moves = new ArrayList<>(p.dateMoves());
            moves.add(new DateMove(UUID.randomUUID(), p.id(), null, m.id(), m.date(), to, reason, STAMP));
            return copy(p, p.priorities(), p.actions(), List.of(moved), p.snapshots(), moves);
        }

        private static PlanData copy(PlanData p, List<Priority> priorities, List<Action> actions,
                                     List<Milestone> milestones, List<ReportSnapshot> snapshots,
                                     List<DateMove> moves) {
            return new PlanData(p.plan(), p.partners(), priorities, actions, milestones, p.dependencies(),
                    p.updates(), p.measures(), p.measureValues(), p.committeeDates(), snapshots, moves,
                    p.tombstones());
        }
    }

    @Test
    void eachMeasureIsJudgedAtTheReportsDateAndComparedWithTheFigureThePreviousReportGave() {
        PlanData sample = SamplePlan.load();
        Measure ehc = sample.measures().stream().filter(m -> m.name().contains("20 weeks")).findFirst()
                .orElseThrow();
        List<MeasureValue> values = new ArrayList<>(sample.measureValues());
        values.add(new MeasureValue(UUID.randomUUID(), ehc.id(), LocalDate.of(2024, 11, 1), 41.0, null, "", STAMP));
        values.add(new MeasureValue(UUID.randomUUID(), ehc.id(), LocalDate.of(2025, 2, 1), 30.0, null, "", STAMP));
        PlanData plan = new PlanData(sample.plan(), sample.partners(), sample.priorities(), sample.actions(),
                sample.milestones(), sample.dependencies(), sample.updates(), sample.measures(), values,
                sample.committeeDates(), sample.snapshots(), sample.dateMoves(), sample.tombstones());
        MeasureProgress atQ2 = ReportPosition.of(plan, Q2).measure(ehc.id()).orElseThrow();
        assertEquals(36.6, atQ2.latest().actual(), "July's figure is the latest by 30 September");
        MeasureProgress atQ3 = ReportPosition.of(plan, Q3).measure(ehc.id()).orElseThrow();
        assertEquals(41.0, atQ3.latest().actual());
        assertEquals(Direction.IMPROVED, atQ3.direction(), "against Q2's 36.6%");
        assertEquals(MeasureStatus.ON_TRAJECTORY, atQ3.status(), "41% against the target of 40%");
        MeasureProgress between = ReportPosition.of(plan, LocalDate.of(2025, 2, 15)).measure(ehc.id()).orElseThrow();
        assertEquals(41.0, between.latest().actual(), "between snapshots the earlier report stands, as at its date");
    }
}

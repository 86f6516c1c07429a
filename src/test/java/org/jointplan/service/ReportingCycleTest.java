package org.jointplan.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jointplan.domain.Action;
import org.jointplan.domain.Confidence;
import org.jointplan.domain.DateMove;
import org.jointplan.domain.Milestone;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.PlanRules;
import org.jointplan.domain.Priority;
import org.jointplan.domain.ReportSnapshot;
import org.jointplan.domain.Stamp;
import org.jointplan.domain.Status;
import org.jointplan.domain.ValidationException;
import org.jointplan.store.Store;
import org.jointplan.testsupport.OctoberSample;
import org.jointplan.testsupport.PlanAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Snapshots, baselines, moves and ratings on the sample plan, saved through a session. */
class ReportingCycleTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final LocalDate Q4 = LocalDate.of(2025, 3, 31);

    @TempDir
    Path dir;
    private Store store;
    private PlanSession session;

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("plan.sqlite"));
        PlanData sample = OctoberSample.plan();
        store.write("the plan", w -> w.savePlan(sample));
        session = new PlanSession(store, new LocalUser("Nottingham City Council", "Officer"), sample);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private PlanData stored() {
        return store.load(session.plan().id()).orElseThrow();
    }

    private Action first() {
        return session.plan().actions().get(0);
    }

    @Test
    void aSnapshotIsRecordedOnceKeptWholeAndDeletedWithUndo() {
        session.apply(ReportingCycle.recordSnapshot(session.plan(), Q4, "SCG, Q4 2024/25", TODAY, false));
        ReportSnapshot recorded = stored().snapshots().get(0);
        assertEquals(Q4, recorded.asAt());
        assertEquals("SCG, Q4 2024/25", recorded.label());
        assertEquals(session.plan().actions().size(), recorded.actions().size());
        assertEquals("Officer", recorded.stamp().person());
        PlanAssertions.assertSamePlan(stored(), session.plan());

        PlanData before = stored();
        ValidationException twice = assertThrows(ValidationException.class,
                () -> ReportingCycle.recordSnapshot(session.plan(), Q4, "again", TODAY, false));
        assertEquals("There is already a snapshot as at 31/03/2025; delete it first, or replace it.",
                twice.getMessage());
        PlanAssertions.assertSamePlan(before, stored());

        session.apply(ReportingCycle.recordSnapshot(session.plan(), Q4, "replaced", TODAY, true));
        assertEquals(List.of("replaced"), stored().snapshots().stream().map(ReportSnapshot::label).toList());

        session.apply(ReportingCycle.deleteSnapshot(session.plan(), stored().snapshots().get(0).id()));
        assertEquals(List.of(), stored().snapshots());
        session.undo();
        assertEquals(session.plan().actions().size(), stored().snapshots().get(0).actions().size(),
                "undo brings the snapshot back with every position");
    }

    @Test
    void aSnapshotCannotBeBeforeThePlanOrAfterToday() {
        ValidationException early = assertThrows(ValidationException.class, () -> ReportingCycle.recordSnapshot(
                session.plan(), LocalDate.of(2024, 7, 31), "", TODAY, false));
        assertEquals("The plan starts on 01/08/2024; a snapshot cannot be as at 31/07/2024, before it.",
                early.getMessage());
        ValidationException future = assertThrows(ValidationException.class, () -> ReportingCycle.recordSnapshot(
                session.plan(), TODAY.plusDays(1), "", TODAY, false));
        assertEquals("A snapshot records the position as it is; 01/12/2026 is after today.", future.getMessage());
        assertEquals(List.of(), stored().snapshots());
    }

    @Test
    void agreeingTheBaselineFixesDatesOnceAndMovesPastItNeedAReason() {
        Baselines.Agreed agreed = Baselines.agree(session.plan());
        assertEquals(session.plan().actions().size(), agreed.baselined());
        session.apply(agreed.change());
        Action a = first();
        assertEquals(a.due(), a.baselineDue());
        assertEquals(0, Baselines.agree(session.plan()).baselined(), "agreed again: nothing to do");

        PlanData before = stored();
        ValidationException noReason = assertThrows(ValidationException.class,
                () -> Baselines.moveAction(session.plan(), a.id(), a.start(), a.due().plusWeeks(2), " "));
        assertTrue(noReason.getMessage().startsWith("Moving the due date past the baseline ("), noReason.getMessage());
        PlanAssertions.assertSamePlan(before, stored());

        session.apply(Baselines.moveAction(session.plan(), a.id(), a.start(), a.due().plusWeeks(2),
                "Provider delayed"));
        Action moved = stored().action(a.id()).orElseThrow();
        assertTrue(moved.slippedAgainstBaseline());
        DateMove move = stored().dateMoves().get(0);
        assertEquals(List.of(a.due(), a.due().plusWeeks(2), "Provider delayed", "Officer"),
                List.of(move.from(), move.to(), move.reason(), move.stamp().person()));

        session.apply(Baselines.moveAction(session.plan(), a.id(), a.start(), a.due().plusDays(1), ""));
        assertEquals(2, stored().dateMoves().size(), "a move back towards the baseline is kept without a reason");
        session.undo();
        session.undo();
        assertEquals(a.due(), stored().action(a.id()).orElseThrow().due());
        assertEquals(List.of(), stored().dateMoves());
    }

    @Test
    void deletingAnActionTakesItsMovesWithItAndUndoBringsThemBack() {
        session.apply(Baselines.agree(session.plan()).change());
        Action a = first();
        session.apply(Baselines.moveAction(session.plan(), a.id(), a.start(), a.due().plusWeeks(1), "Why"));
        session.apply(Edits.deleteAction(session.plan(), a.id()));
        assertEquals(List.of(), stored().dateMoves());
        assertEquals(List.of(), PlanRules.problems(stored()));
        session.undo();
        assertEquals(1, stored().dateMoves().size());
    }

    @Test
    void aMilestoneMovedPastItsBaselineOnceTheBaselineIsAgreedNeedsAReason() {
        Milestone m = session.plan().milestones().get(0);
        session.apply(Baselines.moveMilestone(session.plan(), m.id(), m.date().plusDays(5), ""));
        assertEquals(List.of(), stored().dateMoves(), "before the baseline is agreed, moves are not kept");
        session.apply(Baselines.agree(session.plan()).change());
        Milestone agreed = stored().milestones().stream().filter(x -> x.id().equals(m.id())).findFirst()
                .orElseThrow();
        assertEquals(agreed.date(), agreed.baselineDate(), "the agreed baseline is its date then");
        assertThrows(ValidationException.class,
                () -> Baselines.moveMilestone(session.plan(), m.id(), agreed.date().plusDays(7), ""));
        session.apply(Baselines.moveMilestone(session.plan(), m.id(), agreed.date().plusDays(7), "Board moved"));
        Milestone moved = stored().milestones().stream().filter(x -> x.id().equals(m.id())).findFirst()
                .orElseThrow();
        assertTrue(moved.hasSlipped());
        assertEquals("Board moved", moved.revisionReason());
        assertEquals(m.id(), stored().dateMoves().get(0).milestoneId());
    }

    @Test
    void aPriorityRatingOverrideNeedsAReasonAndConfidenceIsOptional() {
        Priority p = session.plan().priorities().get(1);
        PlanData before = stored();
        assertThrows(ValidationException.class,
                () -> ReportingCycle.rate(session.plan(), p.id(), Status.ON_TRACK, "", Confidence.HIGH));
        PlanAssertions.assertSamePlan(before, stored());
        session.apply(ReportingCycle.rate(session.plan(), p.id(), Status.AT_RISK, "Funding not agreed",
                Confidence.MEDIUM));
        Priority rated = stored().priority(p.id()).orElseThrow();
        assertEquals(List.of(Status.AT_RISK, "Funding not agreed", Confidence.MEDIUM),
                List.of(rated.ratingOverride(), rated.overrideReason(), rated.confidence()));
    }

    @Test
    void rollingForwardCarriesBaselinesMovesAndOpenMilestonesIntoTheNewYear() {
        session.apply(Baselines.agree(session.plan()).change());
        Action a = session.plan().actions().stream().filter(x -> x.status() != Status.COMPLETE).findFirst()
                .orElseThrow();
        session.apply(Baselines.moveAction(session.plan(), a.id(), a.start(), a.due().plusWeeks(1), "Delay"));
        session.apply(ReportingCycle.addCommitteeDate(session.plan(), "Scrutiny", LocalDate.of(2025, 1, 20)));
        PlanData next = RollForward.nextYear(session.plan(),
                new Stamp(Instant.parse("2025-04-01T09:00:00Z"), "NCC", "Officer"));
        assertEquals(List.of(), PlanRules.problems(next));
        Action carried = next.actions().stream().filter(x -> x.title().equals(a.title())).findFirst().orElseThrow();
        assertEquals(a.baselineDue(), carried.baselineDue(), "the baseline comes with it");
        List<DateMove> itsMoves = next.dateMoves().stream().filter(d -> carried.id().equals(d.actionId())).toList();
        assertEquals("Delay", itsMoves.get(0).reason(), "and the moves that led there");
        assertTrue(next.milestones().stream().allMatch(m -> !m.date().isBefore(next.plan().start())),
                "open milestones move into the new year");
        assertTrue(next.dateMoves().stream().anyMatch(d -> d.milestoneId() != null
                && d.reason().startsWith("Carried forward from the 2024/25 plan")));
        assertEquals(LocalDate.of(2026, 1, 20), next.committeeDates().get(0).date());
        assertFalse(next.snapshots().iterator().hasNext(), "snapshots stay with the year they reported");
    }
}

package org.jointplan.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.jointplan.domain.Action;
import org.jointplan.domain.DateMove;
import org.jointplan.domain.Direction;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.PlanRules;
import org.jointplan.domain.ReportPosition;
import org.jointplan.domain.ReportPosition.ActionLine;
import org.jointplan.domain.ReportSnapshot;
import org.jointplan.domain.Status;
import org.junit.jupiter.api.Test;

/** The shipped sample plan tells the whole year's reporting cycle: read as at a quarter end, it is not a sea of red. */
class SamplePlanTest {
    private static final LocalDate Q2 = LocalDate.of(2024, 9, 30);
    private static final LocalDate Q3 = LocalDate.of(2024, 12, 31);
    private static final LocalDate Q4 = LocalDate.of(2025, 3, 31);

    private final PlanData sample = SamplePlan.load();

    @Test
    void itIsSoundAndRecordsAReportForEachQuarterOfThePlan() {
        assertEquals(List.of(), PlanRules.problems(sample));
        assertEquals(List.of(Q2, Q3, Q4), sample.snapshots().stream().map(ReportSnapshot::asAt).sorted().toList());
        assertEquals(List.of("SCG, Q2 2024/25", "SCG, Q3 2024/25", "SCG, Q4 2024/25"),
                sample.snapshots().stream().map(ReportSnapshot::label).toList());
    }

    @Test
    void asAtTheYearEndItShowsTheRecordedQ4PositionWithFewOverdue() {
        ReportPosition yearEnd = ReportPosition.of(sample, Q4);

        assertTrue(yearEnd.isFrozen());
        assertEquals("SCG, Q4 2024/25", yearEnd.frozen().orElseThrow().label());
        assertEquals(Q3, yearEnd.previous().orElseThrow().asAt(), "directions compare Q4 with Q3");
        long overdue = overdue(yearEnd);
        assertTrue(overdue >= 1 && overdue <= 3, overdue + " overdue");
        assertTrue(yearEnd.actions().stream().filter(a -> a.status() == Status.COMPLETE).count()
                > yearEnd.actions().size() / 2, "most actions are complete at the year end");
        assertTrue(yearEnd.actions().stream().anyMatch(a -> a.direction() == Direction.IMPROVED));
    }

    @Test
    void asAtTheSecondQuarterItShowsTheOctoberPositionWithNoneOverdue() {
        ReportPosition q2 = ReportPosition.of(sample, Q2);

        assertTrue(q2.isFrozen());
        assertEquals("SCG, Q2 2024/25", q2.frozen().orElseThrow().label());
        assertTrue(q2.previous().isEmpty());
        assertEquals(0, overdue(q2));
        assertEquals(sample.actions().size(), q2.actions().size());
    }

    @Test
    void everyAmberOrRedActionSaysWhyAndWhatIsBeingDone() {
        for (ReportSnapshot s : sample.snapshots()) {
            for (ReportSnapshot.ActionPosition a : s.actions()) {
                if (a.status() == Status.AT_RISK || a.status() == Status.OFF_TRACK) {
                    assertFalse(a.statusReason().isEmpty(), s.label() + ": " + a.title());
                    assertFalse(a.correctiveAction().isEmpty(), s.label() + ": " + a.title());
                }
            }
        }
        for (Action a : sample.actions()) {
            if (a.status() == Status.AT_RISK || a.status() == Status.OFF_TRACK) {
                assertFalse(a.statusReason().isEmpty(), a.title());
                assertFalse(a.correctiveAction().isEmpty(), a.title());
            }
        }
    }

    @Test
    void everyActionIsBaselinedAndEveryMoveOfADueDateIsRecordedWithItsReason() {
        assertTrue(sample.actions().stream().allMatch(Action::hasBaseline));
        for (Action a : sample.actions().stream().filter(Action::slippedAgainstBaseline).toList()) {
            List<DateMove> moves = sample.dateMoves().stream().filter(m -> a.id().equals(m.actionId())).toList();
            assertTrue(moves.stream().anyMatch(m -> m.to().equals(a.due()) && !m.reason().isEmpty()), a.title());
        }
        assertTrue(sample.dateMoves().stream().allMatch(m -> !m.reason().isEmpty()
                && !m.stamp().person().isEmpty()));
    }

    private static long overdue(ReportPosition position) {
        return position.actions().stream().filter(ActionLine::overdue).count();
    }

    /** A milestone met after a slip reported in an earlier quarter is history at the year end, not an exception. */
    @Test
    void aMilestoneMetAfterASlipReportedBeforeIsNoLongerAnException() {
        ReportPosition q4 = ReportPosition.of(SamplePlan.load(), LocalDate.of(2025, 3, 31));
        ReportPosition.MilestoneSlip old = q4.slippedMilestones().stream()
                .filter(m -> m.title().equals("SLT consultant's recommendations received")).findFirst().orElseThrow();
        assertTrue(old.againstBaseline() && !old.sinceLastReport());
        assertTrue(q4.exceptions().stream().noneMatch(e -> old.milestoneId().equals(e.milestoneId())),
                "met, and its slip reported before");
        ReportPosition q2 = ReportPosition.of(SamplePlan.load(), LocalDate.of(2024, 12, 31));
        assertTrue(q2.slippedMilestones().stream().anyMatch(m -> m.milestoneId().equals(old.milestoneId())));
    }
}

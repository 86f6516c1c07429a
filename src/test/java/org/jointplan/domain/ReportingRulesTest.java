package org.jointplan.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.jointplan.testsupport.PlanGenerator;
import org.junit.jupiter.api.Test;

class ReportingRulesTest {
    private static final LocalDate AS_AT = LocalDate.of(2025, 3, 31);

    private static Action action(Status status, LocalDate due) {
        Action any = PlanGenerator.plan(1, 1).actions().get(0);
        return any.toBuilder().start(due.minusMonths(2)).due(due).status(status)
                .statusReason(status.needsReason() ? "Why" : "").build();
    }

    @Test
    void aPriorityWhoseActionsAreAllOverdueIsRedNeverGreen() {
        List<Action> overdue = List.of(action(Status.ON_TRACK, AS_AT.minusDays(10)),
                action(Status.ON_TRACK, AS_AT.minusDays(40)), action(Status.NOT_STARTED, AS_AT.minusDays(1)));
        assertEquals(Status.OFF_TRACK, PriorityRating.of(overdue, AS_AT));
    }

    @Test
    void theRatingFollowsTheDocumentedRule() {
        LocalDate later = AS_AT.plusMonths(2);
        assertEquals(Status.NOT_STARTED, PriorityRating.of(List.<Action>of(), AS_AT));
        assertEquals(Status.COMPLETE, PriorityRating.of(List.of(action(Status.COMPLETE, AS_AT.minusDays(5))), AS_AT));
        assertEquals(Status.ON_TRACK, PriorityRating.of(List.of(action(Status.ON_TRACK, later),
                action(Status.NOT_STARTED, later)), AS_AT));
        assertEquals(Status.NOT_STARTED, PriorityRating.of(List.of(action(Status.NOT_STARTED, later),
                action(Status.COMPLETE, AS_AT)), AS_AT));
        assertEquals(Status.AT_RISK, PriorityRating.of(List.of(action(Status.AT_RISK, later),
                action(Status.ON_TRACK, later)), AS_AT));
        assertEquals(Status.AT_RISK, PriorityRating.of(List.of(action(Status.ON_TRACK, AS_AT.minusDays(1)),
                action(Status.ON_TRACK, later), action(Status.ON_TRACK, later)), AS_AT), "one overdue of three");
        assertEquals(Status.OFF_TRACK, PriorityRating.of(List.of(action(Status.ON_TRACK, AS_AT.minusDays(1)),
                action(Status.ON_TRACK, later)), AS_AT), "half overdue");
        assertEquals(Status.OFF_TRACK, PriorityRating.of(List.of(action(Status.OFF_TRACK, later),
                action(Status.COMPLETE, AS_AT)), AS_AT));
        assertEquals(Status.ON_TRACK, PriorityRating.of(List.of(action(Status.ON_TRACK, AS_AT.minusDays(1))),
                AS_AT.minusDays(1)), "due today is not overdue");
    }

    @Test
    void directionFollowsTheOrderOfStatuses() {
        assertEquals(Direction.NEW, Direction.between(null, Status.ON_TRACK));
        assertEquals(Direction.IMPROVED, Direction.between(Status.OFF_TRACK, Status.AT_RISK));
        assertEquals(Direction.IMPROVED, Direction.between(Status.NOT_STARTED, Status.ON_TRACK));
        assertEquals(Direction.WORSE, Direction.between(Status.ON_TRACK, Status.NOT_STARTED));
        assertEquals(Direction.WORSE, Direction.between(Status.COMPLETE, Status.OFF_TRACK));
        assertEquals(Direction.NO_CHANGE, Direction.between(Status.AT_RISK, Status.AT_RISK));
        assertEquals("↑ Improved", Direction.IMPROVED.describe());
    }

    @Test
    void theBragKeyHasOneWordPerStatusAndNoWordTwice() {
        BragKey renamed = BragKey.DEFAULT.with(Status.ON_TRACK, "On plan", "Delivering as agreed");
        assertEquals("On plan", renamed.label(Status.ON_TRACK));
        assertEquals("Green", renamed.entry(Status.ON_TRACK).colour());
        assertEquals("Complete", renamed.label(Status.COMPLETE));
        assertEquals(List.of(Status.COMPLETE, Status.ON_TRACK, Status.AT_RISK, Status.OFF_TRACK, Status.NOT_STARTED),
                renamed.inReadingOrder().stream().map(BragKey.Entry::status).toList());
        ValidationException same = assertThrows(ValidationException.class,
                () -> BragKey.DEFAULT.with(Status.AT_RISK, "on track", ""));
        assertEquals("Two statuses of the BRAG key have the same word, 'on track'; give each its own.",
                same.getMessage());
        assertThrows(ValidationException.class, () -> BragKey.DEFAULT.with(Status.AT_RISK, "  ", ""));
        assertEquals(BragKey.DEFAULT, new BragKey(null), "a key not given is the default");
    }

    @Test
    void statusesAreNamedByTheirBragColoursToo() {
        assertEquals(Status.COMPLETE, Status.fromCode("BLUE"));
        assertEquals(Status.ON_TRACK, Status.fromCode("green"));
        assertEquals(Status.AT_RISK, Status.fromCode("Amber"));
        assertEquals(Status.OFF_TRACK, Status.fromCode("red"));
        assertEquals(Status.NOT_STARTED, Status.fromCode("grey"));
        assertEquals(Status.NOT_STARTED, Status.fromCode("Gray"));
        assertEquals(Status.AT_RISK, Status.fromCode("at_risk"));
        assertThrows(ValidationException.class, () -> Status.fromCode("purple"));
    }

    @Test
    void aBaselineIsWholeAndInOrder() {
        Action a = action(Status.ON_TRACK, AS_AT);
        assertThrows(ValidationException.class, () -> a.toBuilder().baseline(a.start(), null).build());
        ValidationException backwards = assertThrows(ValidationException.class,
                () -> a.toBuilder().baseline(a.due(), a.start()).build());
        assertEquals("The baseline due date (" + UkDates.numeric(a.start()) + ") is before the baseline start ("
                + UkDates.numeric(a.due()) + ").", backwards.getMessage());
        Action baselined = a.toBuilder().baseline(a.start(), a.due().minusDays(3)).build();
        assertEquals(true, baselined.slippedAgainstBaseline());
        assertEquals(false, a.slippedAgainstBaseline());
    }

    @Test
    void anOverriddenRatingNeedsItsReason() {
        Priority p = PlanGenerator.plan(1, 2).priorities().get(0);
        ValidationException e = assertThrows(ValidationException.class,
                () -> p.withRating(Status.ON_TRACK, "  ", null));
        assertEquals("Overriding the rating of " + p.name() + " needs a reason.", e.getMessage());
        assertEquals("", p.withRating(null, "left over", Confidence.LOW).overrideReason(),
                "no override keeps no reason");
    }

    @Test
    void aSnapshotPositionIsHeldToTheActionsRules() {
        Action a = action(Status.ON_TRACK, AS_AT);
        assertThrows(ValidationException.class, () -> new ReportSnapshot.ActionPosition(a.id(), a.priorityId(),
                a.title(), Status.COMPLETE, 50, a.start(), a.due(), null, null, "", "", ""));
        assertThrows(ValidationException.class, () -> new ReportSnapshot.ActionPosition(a.id(), a.priorityId(),
                "Bad\u001b[2J", Status.ON_TRACK, 50, a.start(), a.due(), null, null, "", "", ""));
        assertThrows(ValidationException.class, () -> new ReportSnapshot.ActionPosition(a.id(), a.priorityId(),
                a.title(), Status.ON_TRACK, 50, a.due(), a.start().minusDays(1), null, null, "", "", ""));
    }

    @Test
    void aSnapshotRecordsEachPriorityRatingAndTheLatestMeasureValue() {
        PlanData plan = PlanGenerator.plan(50, 3);
        ReportSnapshot s = ReportSnapshot.take(plan, AS_AT.minusMonths(6), "Q2", Ids.newId(),
                plan.plan().stamp());
        assertEquals(50, s.actions().size());
        assertEquals(plan.priorities().size(), s.priorities().size());
        for (Priority p : plan.priorities()) {
            Status expected = PriorityRating.of(plan.actionsOf(p.id()), AS_AT.minusMonths(6));
            assertEquals(expected, s.priorities().stream().filter(x -> x.priorityId().equals(p.id())).findFirst()
                    .orElseThrow().rating());
        }
        ReportSnapshot.MeasurePosition latest = s.measures().get(0);
        assertEquals(LocalDate.of(2024, 9, 1), latest.date(), "the latest value on or before 30/09/2024");
    }
}

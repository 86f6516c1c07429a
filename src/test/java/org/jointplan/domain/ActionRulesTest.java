package org.jointplan.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ActionRulesTest {
    private static final Stamp STAMP = new Stamp(Instant.parse("2024-10-07T09:00:00Z"), "NCC", "Officer");
    private static final UUID PLAN = UUID.randomUUID();
    private static final UUID PRIORITY = UUID.randomUUID();

    private static Action action(LocalDate start, LocalDate due, Status status, int percent) {
        return new Action(UUID.randomUUID(), PLAN, PRIORITY, Set.of(), "Launch advice line", "", null, "Manager",
                start, due, status, percent, "", "", null, null, "", "", STAMP);
    }

    @Test
    void dueBeforeStartIsRefusedInPlainWords() {
        var e = assertThrows(ValidationException.class, () -> action(LocalDate.of(2024, 9, 1),
                LocalDate.of(2024, 8, 1), Status.ON_TRACK, 10));
        assertEquals("The due date (01/08/2024) is before the start date (01/09/2024).", e.getMessage());
    }

    @Test
    void percentOutOfRangeIsRefused() {
        LocalDate day = LocalDate.of(2024, 9, 1);
        assertThrows(ValidationException.class, () -> action(day, day, Status.ON_TRACK, 101));
        assertThrows(ValidationException.class, () -> action(day, day, Status.ON_TRACK, -1));
    }

    @Test
    void completeAndHundredPercentAgree() {
        LocalDate day = LocalDate.of(2024, 9, 1);
        assertThrows(ValidationException.class, () -> action(day, day, Status.COMPLETE, 90));
        assertThrows(ValidationException.class, () -> action(day, day, Status.ON_TRACK, 100));
        Action a = action(day, day, Status.ON_TRACK, 50);
        assertEquals(100, a.toBuilder().status(Status.COMPLETE).build().percentComplete());
        assertEquals(Status.COMPLETE, a.toBuilder().percentComplete(100).build().status());
        Action done = a.toBuilder().status(Status.COMPLETE).build();
        assertTrue(done.toBuilder().status(Status.AT_RISK).build().percentComplete() < 100);
    }

    @Test
    void blankTitleIsRefused() {
        LocalDate day = LocalDate.of(2024, 9, 1);
        Action a = action(day, day, Status.ON_TRACK, 0);
        var e = assertThrows(ValidationException.class, () -> a.toBuilder().title("   ").build());
        assertEquals("The action's title cannot be empty.", e.getMessage());
    }

    @Test
    void overdueMeansPastDueAndNotComplete() {
        LocalDate due = LocalDate.of(2024, 9, 30);
        Action open = action(due.minusDays(30), due, Status.ON_TRACK, 50);
        assertFalse(open.isOverdue(due));
        assertTrue(open.isOverdue(due.plusDays(1)));
        assertFalse(open.toBuilder().status(Status.COMPLETE).build().isOverdue(due.plusDays(1)));
    }

    @Test
    void primaryPriorityIsNotAlsoAnOtherPriority() {
        UUID other = UUID.randomUUID();
        LocalDate day = LocalDate.of(2024, 9, 1);
        Action a = action(day, day, Status.ON_TRACK, 0).toBuilder().otherPriorityIds(Set.of(PRIORITY, other)).build();
        assertEquals(Set.of(other), a.otherPriorityIds());
        assertTrue(a.servesPriority(PRIORITY) && a.servesPriority(other));
    }

    @Test
    void milestoneBelongsToExactlyOneOwnerAndRemembersItsBaseline() {
        LocalDate day = LocalDate.of(2024, 9, 1);
        assertThrows(ValidationException.class, () -> new Milestone(UUID.randomUUID(), PLAN, null, null, "Go live",
                day, day, "", false, STAMP));
        assertThrows(ValidationException.class, () -> new Milestone(UUID.randomUUID(), PLAN, UUID.randomUUID(),
                PRIORITY, "Go live", day, day, "", false, STAMP));
        Milestone moved = new Milestone(UUID.randomUUID(), PLAN, null, PRIORITY, "Go live", day, day.plusWeeks(2),
                "Supplier delay", false, STAMP);
        assertTrue(moved.hasSlipped());
    }

    @Test
    void statusReadsItsCodeLabelOrNameAndRefusesOthers() {
        assertEquals(Status.AT_RISK, Status.fromCode("at_risk"));
        assertEquals(Status.AT_RISK, Status.fromCode("At risk"));
        assertEquals(Status.OFF_TRACK, Status.fromCode("OFF_TRACK"));
        var e = assertThrows(IllegalArgumentException.class, () -> Status.fromCode("purple"));
        assertTrue(e.getMessage().startsWith("'purple' is not a status"));
    }

    @Test
    void summaryCountsStatusesAndRatesByTheWorst() {
        LocalDate day = LocalDate.of(2024, 9, 1);
        var summary = StatusSummary.of(java.util.List.of(action(day, day, Status.ON_TRACK, 10),
                action(day, day, Status.AT_RISK, 10), action(day, day, Status.COMPLETE, 100)), day.plusDays(1));
        assertEquals(3, summary.total());
        assertEquals(Status.AT_RISK, summary.overall());
        assertEquals(2, summary.overdue());
        assertEquals("3 actions: 1 on track, 1 at risk, 1 complete (2 overdue)", summary.describe());
    }
}

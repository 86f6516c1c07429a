package org.jointplan.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jointplan.testsupport.PlanGenerator;
import org.junit.jupiter.api.Test;

class ReportSnapshotTest {
    private static final Stamp LATER = new Stamp(Instant.parse("2025-01-05T10:00:00Z"), "County", "Officer");

    @Test
    void aSnapshotTakesANewStampAsAStoreSavesIt() {
        PlanData plan = PlanGenerator.plan(20, 4);
        ReportSnapshot taken = ReportSnapshot.take(plan, LocalDate.of(2024, 12, 31), "Q3", UUID.randomUUID(),
                plan.plan().stamp());
        ReportSnapshot stamped = taken.withStamp(LATER);
        assertEquals(LATER, stamped.stamp());
        assertEquals(taken.actions(), stamped.actions());
    }

    @Test
    void aSnapshotWithAnEmptyEntryIsRefused() {
        PlanData plan = PlanGenerator.plan(3, 4);
        List<ReportSnapshot.ActionPosition> actions = new ArrayList<>();
        actions.add(null);
        assertThrows(ValidationException.class, () -> new ReportSnapshot(UUID.randomUUID(), plan.id(),
                LocalDate.of(2024, 12, 31), "", actions, null, null, null, LATER));
    }
}

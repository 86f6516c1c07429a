package org.jointplan.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.jointplan.domain.Action;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.PlanRules;
import org.jointplan.domain.Stamp;
import org.jointplan.domain.Status;
import org.junit.jupiter.api.Test;

class RollForwardTest {
    private static final Stamp STAMP = new Stamp(Instant.parse("2025-04-01T09:00:00Z"), "NCC", "Officer");

    @Test
    void nextYearCarriesForwardOnlyWorkNotComplete() {
        PlanData from = SamplePlan.load();
        PlanData next = RollForward.nextYear(from, STAMP);
        assertEquals("Joint SEND Commissioning Delivery Plan 2025/26", next.plan().title());
        assertEquals("2025/26", next.plan().financialYear().label());
        assertEquals(java.time.LocalDate.of(2025, 4, 1), next.plan().start());
        long open = from.actions().stream().filter(a -> a.status() != Status.COMPLETE).count();
        assertEquals(open, next.actions().size());
        assertEquals(from.partners().size(), next.partners().size());
        assertEquals(from.priorities().size(), next.priorities().size());
        assertTrue(next.actions().stream().allMatch(a -> !a.start().isBefore(next.plan().start())));
        assertTrue(next.actions().stream().noneMatch(a -> from.action(a.id()).isPresent()), "new ids");
        assertEquals(List.of(), PlanRules.problems(next));
        List<String> titles = next.actions().stream().map(Action::title).toList();
        assertTrue(titles.contains("Redesign the ICDS OT service"), titles.toString());
    }
}

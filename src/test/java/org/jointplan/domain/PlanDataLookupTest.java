package org.jointplan.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jointplan.testsupport.PlanGenerator;
import org.junit.jupiter.api.Test;

/** PlanData finds records by id through indexes; what it finds is what a scan of its lists finds. */
class PlanDataLookupTest {
    private final PlanData plan = PlanGenerator.plan(300, 11);

    @Test
    void everyRecordIsFoundByItsIdAndAMissingIdFindsNothing() {
        plan.actions().forEach(a -> assertEquals(Optional.of(a), plan.action(a.id())));
        plan.priorities().forEach(p -> assertEquals(Optional.of(p), plan.priority(p.id())));
        plan.partners().forEach(p -> assertEquals(Optional.of(p), plan.partner(p.id())));
        UUID missing = UUID.randomUUID();
        assertEquals(Optional.empty(), plan.action(missing));
        assertEquals(Optional.empty(), plan.priority(missing));
        assertEquals(Optional.empty(), plan.partner(missing));
    }

    @Test
    void aPrioritysActionsAreThoseThatNameItInThePlansOrder() {
        for (Priority p : plan.priorities()) {
            assertEquals(plan.actions().stream().filter(a -> a.priorityId().equals(p.id())).toList(),
                    plan.actionsOf(p.id()));
        }
        assertEquals(List.of(), plan.actionsOf(UUID.randomUUID()));
        assertThrows(UnsupportedOperationException.class, () -> plan.actionsOf(plan.priorities().get(0).id())
                .clear());
    }

    @Test
    void theListsAreImmutableCopiesEqualToPlainLists() {
        List<Action> source = new ArrayList<>(plan.actions());
        PlanData copy = new PlanData(plan.plan(), plan.partners(), plan.priorities(), source, plan.milestones(),
                plan.dependencies(), plan.updates(), plan.measures(), plan.measureValues(),
                plan.committeeDates(), plan.snapshots(), plan.dateMoves(), plan.tombstones());
        source.clear();
        assertEquals(plan, copy);
        assertEquals(plan.hashCode(), copy.hashCode());
        assertEquals(List.copyOf(plan.actions()), copy.actions());
        assertThrows(UnsupportedOperationException.class, () -> copy.actions().add(plan.actions().get(0)));
    }
}

package org.jointplan.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jointplan.testsupport.PlanGenerator;
import org.junit.jupiter.api.Test;

class PlanRulesTest {

    @Test
    void generatedPlanIsSound() {
        assertEquals(List.of(), PlanRules.problems(PlanGenerator.plan(200, 1)));
    }

    @Test
    void danglingReferenceIsReported() {
        PlanData plan = PlanGenerator.plan(10, 2);
        Action orphan = plan.actions().get(0).toBuilder().priorityId(UUID.randomUUID()).build();
        List<Action> actions = new ArrayList<>(plan.actions());
        actions.set(0, orphan);
        PlanData broken = withActions(plan, actions);
        assertTrue(PlanRules.problems(broken).contains(
                "The action '" + orphan.title() + "' names a priority that is not in the plan."));
    }

    @Test
    void duplicateIdIsReported() {
        PlanData plan = PlanGenerator.plan(10, 3);
        List<Action> actions = new ArrayList<>(plan.actions());
        actions.add(actions.get(0));
        assertTrue(PlanRules.problems(withActions(plan, actions)).stream().anyMatch(p -> p.contains("used twice")));
    }

    @Test
    void cycleIsDetectedAndRefusedBeforeItIsMade() {
        PlanData plan = PlanGenerator.plan(3, 4);
        UUID a = plan.actions().get(0).id();
        UUID b = plan.actions().get(1).id();
        UUID c = plan.actions().get(2).id();
        Stamp s = plan.plan().stamp();
        List<Dependency> chain = List.of(new Dependency(UUID.randomUUID(), plan.id(), a, b, s),
                new Dependency(UUID.randomUUID(), plan.id(), b, c, s));
        assertFalse(PlanRules.hasCycle(chain));
        assertTrue(PlanRules.wouldCreateCycle(chain, c, a));
        assertFalse(PlanRules.wouldCreateCycle(chain, a, c));
        List<Dependency> loop = new ArrayList<>(chain);
        loop.add(new Dependency(UUID.randomUUID(), plan.id(), c, a, s));
        assertTrue(PlanRules.hasCycle(loop));
    }

    private static PlanData withActions(PlanData p, List<Action> actions) {
        return new PlanData(p.plan(), p.partners(), p.priorities(), actions, List.of(), List.of(), List.of(),
                p.measures(), p.measureValues(), p.committeeDates(), p.snapshots(), p.dateMoves(), p.tombstones());
    }
}

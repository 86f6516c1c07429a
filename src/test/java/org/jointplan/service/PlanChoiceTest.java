package org.jointplan.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;
import org.jointplan.domain.Plan;
import org.jointplan.testsupport.PlanGenerator;
import org.junit.jupiter.api.Test;

class PlanChoiceTest {
    private static Plan titled(String title) {
        Plan plan = PlanGenerator.plan(1, 1).plan();
        return new Plan(UUID.randomUUID(), title, plan.strategy(), plan.period(), plan.financialYear(),
                plan.governanceGroups(), null, plan.stamp());
    }

    @Test
    void titlesThatReadTheSameAreNamesakesEvenWithInvisibleCharacters() {
        Plan mine = titled("Joint SEND Plan");
        for (String lookAlike : List.of("joint  send plan", "Ｊoint SEND Plan", "Joint\u00a0SEND Plan",
                "Joint\u200b SEND Plan", "Jo\u00adint SEND\u2060 Plan", "\ufeffJoint SEND Plan")) {
            Plan theirs = titled(lookAlike);
            assertEquals(List.of(mine), PlanChoice.namesakes(List.of(mine, theirs), theirs.id()), lookAlike);
        }
    }
}

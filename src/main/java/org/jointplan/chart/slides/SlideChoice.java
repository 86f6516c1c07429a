package org.jointplan.chart.slides;

import java.util.Set;
import java.util.UUID;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.Priority;

/**
 * The slides an officer chose: the whole plan, the exceptions, which priorities, and the measures (when the plan
 * has any). The deck keeps the committee's order whatever the choice.
 */
public record SlideChoice(boolean wholePlan, boolean exceptions, Set<UUID> priorities, boolean measures) {
    public SlideChoice {
        priorities = Set.copyOf(priorities);
    }

    /** Every slide of the plan. */
    public static SlideChoice all(PlanData plan) {
        return new SlideChoice(true, true, plan.priorities().stream().map(Priority::id)
                .collect(java.util.stream.Collectors.toUnmodifiableSet()), true);
    }

    /** Whether nothing at all is chosen. */
    public boolean none() {
        return !wholePlan && !exceptions && priorities.isEmpty() && !measures;
    }
}

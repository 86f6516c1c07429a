package org.jointplan.service;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.jointplan.domain.Action;
import org.jointplan.domain.PlanData;

/**
 * An action's notes are the officer's private working notes: they stay out of packages unless the user chooses to
 * send them, and a partner's package never changes them.
 */
final class PrivateNotes {
    private PrivateNotes() {
    }

    /** The plan as partners may see it: every action without its notes. */
    static PlanData removed(PlanData plan) {
        return withActions(plan, a -> a.notes().isEmpty() ? a : a.toBuilder().notes("").build());
    }

    /**
     * A partner's (or the base) copy with the local notes in place of its own, for every action the local plan
     * holds, so that no difference in notes can arise; actions new to the local plan keep what the package holds.
     */
    static PlanData keptFrom(PlanData local, PlanData other) {
        Map<UUID, String> notes = local.actions().stream()
                .collect(Collectors.toMap(Action::id, Action::notes));
        return withActions(other, a -> !notes.containsKey(a.id()) || notes.get(a.id()).equals(a.notes()) ? a
                : a.toBuilder().notes(notes.get(a.id())).build());
    }

    private static PlanData withActions(PlanData plan, UnaryOperator<Action> change) {
        List<Action> actions = plan.actions().stream().map(change).toList();
        return new PlanData(plan.plan(), plan.partners(), plan.priorities(), actions, plan.milestones(),
                plan.dependencies(), plan.updates(), plan.measures(), plan.measureValues(), plan.committeeDates(),
                plan.snapshots(), plan.dateMoves(), plan.tombstones());
    }
}

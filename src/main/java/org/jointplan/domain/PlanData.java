package org.jointplan.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A whole plan with everything that belongs to it: what the store loads, a package carries and a merge compares.
 * The lists are immutable; use {@link PlanRules#problems(PlanData)} to check the references between them.
 */
public record PlanData(Plan plan, List<Partner> partners, List<Priority> priorities, List<Action> actions,
                       List<Milestone> milestones, List<Dependency> dependencies, List<ProgressUpdate> updates,
                       List<Measure> measures, List<MeasureValue> measureValues, List<Tombstone> tombstones) {

    public PlanData {
        Objects.requireNonNull(plan, "plan");
        partners = copy(partners);
        priorities = copy(priorities);
        actions = copy(actions);
        milestones = copy(milestones);
        dependencies = copy(dependencies);
        updates = copy(updates);
        measures = copy(measures);
        measureValues = copy(measureValues);
        tombstones = copy(tombstones);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    public UUID id() {
        return plan.id();
    }

    public Optional<Action> action(UUID id) {
        return actions.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public Optional<Priority> priority(UUID id) {
        return priorities.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<Partner> partner(UUID id) {
        return partners.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public List<Action> actionsOf(UUID priorityId) {
        return actions.stream().filter(a -> a.priorityId().equals(priorityId)).toList();
    }
}

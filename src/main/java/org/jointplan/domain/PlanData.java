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
                       List<Measure> measures, List<MeasureValue> measureValues,
                       List<CommitteeDate> committeeDates, List<ReportSnapshot> snapshots, List<DateMove> dateMoves,
                       List<Tombstone> tombstones) {

    public PlanData {
        Objects.requireNonNull(plan, "plan");
        partners = new IdList<>(partners, Partner::id, Partner::planId);
        priorities = new IdList<>(priorities, Priority::id, Priority::planId);
        actions = new IdList<>(actions, Action::id, Action::priorityId);
        milestones = copy(milestones);
        dependencies = copy(dependencies);
        updates = copy(updates);
        measures = copy(measures);
        measureValues = copy(measureValues);
        committeeDates = copy(committeeDates);
        snapshots = copy(snapshots);
        dateMoves = copy(dateMoves);
        tombstones = copy(tombstones);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    public UUID id() {
        return plan.id();
    }

    // The lookups use the maps the lists build on first use (IdList), so a loop over the plan stays linear.

    public Optional<Action> action(UUID id) {
        return ((IdList<Action>) actions).byId(id);
    }

    public Optional<Priority> priority(UUID id) {
        return ((IdList<Priority>) priorities).byId(id);
    }

    public Optional<Partner> partner(UUID id) {
        return ((IdList<Partner>) partners).byId(id);
    }

    /** The actions whose main priority this is, in the plan's order. */
    public List<Action> actionsOf(UUID priorityId) {
        return ((IdList<Action>) actions).ofParent(priorityId);
    }
}

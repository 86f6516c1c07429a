package org.jointplan.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jointplan.domain.Action;
import org.jointplan.domain.Dependency;
import org.jointplan.domain.EntityKind;
import org.jointplan.domain.Measure;
import org.jointplan.domain.MeasureValue;
import org.jointplan.domain.Milestone;
import org.jointplan.domain.Partner;
import org.jointplan.domain.Plan;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.Priority;
import org.jointplan.domain.ProgressUpdate;
import org.jointplan.domain.Stamp;
import org.jointplan.domain.Stamped;
import org.jointplan.domain.Tombstone;

/** Applies a change to the in-memory plan exactly as the store applies it, and finds a change's inverse. */
final class PlanChanges {
    private PlanChanges() {
    }

    static PlanData apply(PlanData plan, Change change, Stamp stamp) {
        Plan header = plan.plan();
        List<Partner> partners = new ArrayList<>(plan.partners());
        List<Priority> priorities = new ArrayList<>(plan.priorities());
        List<Action> actions = new ArrayList<>(plan.actions());
        List<Milestone> milestones = new ArrayList<>(plan.milestones());
        List<Dependency> dependencies = new ArrayList<>(plan.dependencies());
        List<ProgressUpdate> updates = new ArrayList<>(plan.updates());
        List<Measure> measures = new ArrayList<>(plan.measures());
        List<MeasureValue> values = new ArrayList<>(plan.measureValues());
        Map<UUID, Tombstone> tombstones = new LinkedHashMap<>();
        plan.tombstones().forEach(t -> tombstones.put(t.id(), t));
        // Each list is changed in one pass per kind of step, never searched once per record: a merge or an import
        // brings tens of thousands of records at once.
        Map<List<Stamped>, Set<UUID>> removed = new IdentityHashMap<>();
        for (Stamped r : change.removals()) {
            removed.computeIfAbsent(listFor(r, partners, priorities, actions, milestones, dependencies, updates,
                    measures, values), k -> new HashSet<>()).add(r.id());
            tombstones.put(r.id(), new Tombstone(r.id(), plan.id(), EntityKind.of(r), stamp));
        }
        removed.forEach((list, ids) -> list.removeIf(x -> ids.contains(x.id())));
        Map<List<Stamped>, Map<UUID, Integer>> positions = new IdentityHashMap<>();
        for (Stamped r : change.saves()) {
            if (r instanceof Plan p) {
                header = p;
                continue;
            }
            List<Stamped> list = listFor(r, partners, priorities, actions, milestones, dependencies, updates,
                    measures, values);
            Map<UUID, Integer> at = positions.computeIfAbsent(list, PlanChanges::positions);
            Integer index = at.get(r.id());
            if (index != null) {
                list.set(index, r);
            } else {
                at.put(r.id(), list.size());
                list.add(r);
            }
            tombstones.remove(r.id());
        }
        return new PlanData(header, partners, priorities, actions, milestones, dependencies, updates, measures,
                values, List.copyOf(tombstones.values()));
    }

    /** The change that undoes {@code change} when applied to the plan that results from it. */
    static Change inverse(PlanData before, Change change) {
        List<Stamped> removals = new ArrayList<>();
        List<Stamped> saves = new ArrayList<>();
        Map<UUID, Stamped> records = change.saves().size() > 1 ? records(before) : null;
        for (Stamped saved : change.saves()) {
            Optional<Stamped> prior = records == null || saved instanceof Plan ? find(before, saved)
                    : Optional.ofNullable(records.get(saved.id()))
                            .filter(r -> EntityKind.of(r) == EntityKind.of(saved));
            if (prior.isPresent()) {
                saves.add(prior.get());
            } else {
                removals.add(0, saved); // created: remove again, children first
            }
        }
        List<Stamped> removed = new ArrayList<>(change.removals());
        java.util.Collections.reverse(removed); // bring back parents first
        saves.addAll(removed);
        return new Change(change.description(), removals, saves);
    }

    static Optional<Stamped> find(PlanData plan, Stamped record) {
        if (record instanceof Plan) {
            return Optional.of(plan.plan());
        }
        List<? extends Stamped> list = switch (EntityKind.of(record)) {
            case PARTNER -> plan.partners();
            case PRIORITY -> plan.priorities();
            case ACTION -> plan.actions();
            case MILESTONE -> plan.milestones();
            case DEPENDENCY -> plan.dependencies();
            case PROGRESS_UPDATE -> plan.updates();
            case MEASURE -> plan.measures();
            case MEASURE_VALUE -> plan.measureValues();
        };
        return list.stream().filter(r -> r.id().equals(record.id())).map(r -> (Stamped) r).findFirst();
    }

    private static Map<UUID, Integer> positions(List<Stamped> list) {
        Map<UUID, Integer> positions = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            positions.put(list.get(i).id(), i);
        }
        return positions;
    }

    /** Every record of the plan but its header, by id. */
    private static Map<UUID, Stamped> records(PlanData plan) {
        Map<UUID, Stamped> records = new HashMap<>();
        for (List<? extends Stamped> list : List.of(plan.partners(), plan.priorities(), plan.actions(),
                plan.milestones(), plan.dependencies(), plan.updates(), plan.measures(), plan.measureValues())) {
            list.forEach(r -> records.putIfAbsent(r.id(), r));
        }
        return records;
    }

    @SuppressWarnings("unchecked")
    private static List<Stamped> listFor(Stamped r, List<Partner> partners, List<Priority> priorities,
                                         List<Action> actions, List<Milestone> milestones,
                                         List<Dependency> dependencies, List<ProgressUpdate> updates,
                                         List<Measure> measures, List<MeasureValue> values) {
        List<?> list = switch (EntityKind.of(r)) {
            case PARTNER -> partners;
            case PRIORITY -> priorities;
            case ACTION -> actions;
            case MILESTONE -> milestones;
            case DEPENDENCY -> dependencies;
            case PROGRESS_UPDATE -> updates;
            case MEASURE -> measures;
            case MEASURE_VALUE -> values;
        };
        return (List<Stamped>) list;
    }
}

package org.jointplan.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jointplan.domain.EntityKind;
import org.jointplan.domain.Plan;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.Stamp;
import org.jointplan.domain.Stamped;
import org.jointplan.domain.Tombstone;

/** Applies a change to the in-memory plan exactly as the store applies it, and finds a change's inverse. */
final class PlanChanges {
    private PlanChanges() {
    }

    static PlanData apply(PlanData plan, Change change, Stamp stamp) {
        Plan header = plan.plan();
        Map<EntityKind, List<Stamped>> lists = new EnumMap<>(EntityKind.class);
        for (EntityKind kind : EntityKind.values()) {
            lists.put(kind, new ArrayList<>(listOf(plan, kind)));
        }
        Map<UUID, Tombstone> tombstones = new LinkedHashMap<>();
        plan.tombstones().forEach(t -> tombstones.put(t.id(), t));
        // Each list is changed in one pass per kind of step, never searched once per record: a merge or an import
        // brings tens of thousands of records at once.
        Map<EntityKind, Set<UUID>> removed = new EnumMap<>(EntityKind.class);
        for (Stamped r : change.removals()) {
            removed.computeIfAbsent(EntityKind.of(r), k -> new HashSet<>()).add(r.id());
            tombstones.put(r.id(), new Tombstone(r.id(), plan.id(), EntityKind.of(r), stamp));
        }
        removed.forEach((kind, ids) -> lists.get(kind).removeIf(x -> ids.contains(x.id())));
        Map<EntityKind, Map<UUID, Integer>> positions = new EnumMap<>(EntityKind.class);
        for (Stamped r : change.saves()) {
            if (r instanceof Plan p) {
                header = p;
                continue;
            }
            List<Stamped> list = lists.get(EntityKind.of(r));
            Map<UUID, Integer> at = positions.computeIfAbsent(EntityKind.of(r), k -> positions(list));
            Integer index = at.get(r.id());
            if (index != null) {
                list.set(index, r);
            } else {
                at.put(r.id(), list.size());
                list.add(r);
            }
            tombstones.remove(r.id());
        }
        return new PlanData(header, cast(lists.get(EntityKind.PARTNER)), cast(lists.get(EntityKind.PRIORITY)),
                cast(lists.get(EntityKind.ACTION)), cast(lists.get(EntityKind.MILESTONE)),
                cast(lists.get(EntityKind.DEPENDENCY)), cast(lists.get(EntityKind.PROGRESS_UPDATE)),
                cast(lists.get(EntityKind.MEASURE)), cast(lists.get(EntityKind.MEASURE_VALUE)),
                cast(lists.get(EntityKind.COMMITTEE_DATE)), cast(lists.get(EntityKind.SNAPSHOT)),
                cast(lists.get(EntityKind.DATE_MOVE)), List.copyOf(tombstones.values()));
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> cast(List<Stamped> list) {
        return (List<T>) (List<?>) list;
    }

    /** The plan's records of one kind. */
    static List<? extends Stamped> listOf(PlanData plan, EntityKind kind) {
        return switch (kind) {
            case PARTNER -> plan.partners();
            case PRIORITY -> plan.priorities();
            case ACTION -> plan.actions();
            case MILESTONE -> plan.milestones();
            case DEPENDENCY -> plan.dependencies();
            case PROGRESS_UPDATE -> plan.updates();
            case MEASURE -> plan.measures();
            case MEASURE_VALUE -> plan.measureValues();
            case COMMITTEE_DATE -> plan.committeeDates();
            case SNAPSHOT -> plan.snapshots();
            case DATE_MOVE -> plan.dateMoves();
        };
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
        List<? extends Stamped> list = listOf(plan, EntityKind.of(record));
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
        for (EntityKind kind : EntityKind.values()) {
            listOf(plan, kind).forEach(r -> records.putIfAbsent(r.id(), r));
        }
        return records;
    }
}

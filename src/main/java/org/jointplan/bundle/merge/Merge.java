package org.jointplan.bundle.merge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.jointplan.domain.Difference;
import org.jointplan.domain.EntityKind;
import org.jointplan.domain.Plan;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.Stamped;
import org.jointplan.domain.ValidationException;

/**
 * Turns the partner's changes the user accepted into records to save and to remove from the local plan. A saved
 * record keeps the partner's stamp: it says who made the change and when. For a conflict, accepting means taking
 * theirs; not accepting keeps yours.
 */
public final class Merge {
    /** Parents before children when saving; the reverse when removing. */
    private static final List<EntityKind> PARENTS_FIRST = List.of(EntityKind.PARTNER, EntityKind.PRIORITY,
            EntityKind.MEASURE, EntityKind.ACTION, EntityKind.MILESTONE, EntityKind.DEPENDENCY,
            EntityKind.PROGRESS_UPDATE, EntityKind.MEASURE_VALUE, EntityKind.COMMITTEE_DATE, EntityKind.SNAPSHOT,
            EntityKind.DATE_MOVE);

    private Merge() {
    }

    /** Records to remove (children first) and to save (parents first). */
    public record Result(List<Stamped> removals, List<Stamped> saves) {
        public boolean isEmpty() {
            return removals.isEmpty() && saves.isEmpty();
        }
    }

    public static Result apply(PlanData mine, List<Difference> differences, Predicate<Difference> accepted) {
        PlanIndex local = new PlanIndex(mine);
        Map<UUID, Stamped> saves = new LinkedHashMap<>();
        Map<UUID, Stamped> removals = new LinkedHashMap<>();
        Map<UUID, Map<String, Object>> fieldChanges = new HashMap<>();
        Map<UUID, Stamped> fieldSources = new HashMap<>();
        for (Difference d : differences) {
            if (!accepted.test(d)) {
                continue;
            }
            if (d.field() != null) {
                fieldChanges.computeIfAbsent(d.recordId(), k -> new LinkedHashMap<>()).put(d.field(), d.theirs());
                fieldSources.put(d.recordId(), d.record());
            } else if (d.theirs() == null) {
                removals.put(d.recordId(), d.record());
            } else {
                saves.put(d.recordId(), (Stamped) d.theirs());
            }
        }
        for (var entry : fieldChanges.entrySet()) {
            Stamped current = local.get(entry.getKey());
            Stamped theirs = fieldSources.get(entry.getKey());
            try {
                saves.put(entry.getKey(), (Stamped) RecordFields.with((Record) current, entry.getValue(),
                        theirs.stamp()));
            } catch (ValidationException e) {
                throw new ValidationException("The changes chosen for " + local.name(current)
                        + " do not fit together: " + e.getMessage());
            }
        }
        return new Result(sorted(removals.values(), true), sorted(saves.values(), false));
    }

    private static List<Stamped> sorted(java.util.Collection<Stamped> records, boolean childrenFirst) {
        Comparator<Stamped> order = Comparator.comparingInt(r -> r instanceof Plan ? -1
                : PARENTS_FIRST.indexOf(EntityKind.of(r)));
        List<Stamped> list = new ArrayList<>(records);
        list.sort(childrenFirst ? order.reversed() : order);
        return list;
    }
}

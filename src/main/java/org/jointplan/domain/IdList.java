package org.jointplan.domain;

import java.util.AbstractList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.UUID;
import java.util.function.Function;

/**
 * An immutable list of a plan's records that finds a record by its id, and the records that belong to a parent
 * (the actions of a priority), through maps built on first use: a lookup inside a loop over the plan stays linear
 * (60,000 priorities listing their actions took 26 s by scanning). Equal to any list with the same records.
 */
final class IdList<T> extends AbstractList<T> implements RandomAccess {
    private final List<T> records;
    private final Function<T, UUID> id;
    private final Function<T, UUID> parent;
    private volatile Map<UUID, T> byId;
    private volatile Map<UUID, List<T>> byParent;

    IdList(List<T> records, Function<T, UUID> id, Function<T, UUID> parent) {
        this.records = records == null ? List.of() : List.copyOf(records);
        this.id = id;
        this.parent = parent;
    }

    @Override
    public T get(int index) {
        return records.get(index);
    }

    @Override
    public int size() {
        return records.size();
    }

    /** The record with this id; the first one, should a plan (refused by PlanRules) carry an id twice. */
    Optional<T> byId(UUID key) {
        Map<UUID, T> map = byId;
        if (map == null) {
            map = new HashMap<>(records.size() * 2);
            for (T r : records) {
                map.putIfAbsent(id.apply(r), r);
            }
            byId = map;
        }
        return Optional.ofNullable(map.get(key));
    }

    /** The records whose parent is {@code key}, in the list's order. */
    List<T> ofParent(UUID key) {
        Map<UUID, List<T>> map = byParent;
        if (map == null) {
            Map<UUID, List<T>> groups = new HashMap<>();
            for (T r : records) {
                groups.computeIfAbsent(parent.apply(r), k -> new java.util.ArrayList<>()).add(r);
            }
            groups.replaceAll((k, list) -> Collections.unmodifiableList(list));
            byParent = map = groups;
        }
        return map.getOrDefault(key, List.of());
    }
}

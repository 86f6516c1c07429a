package org.jointplan.server;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jointplan.domain.EntityKind;
import org.jointplan.domain.Plan;
import org.jointplan.domain.Stamped;
import org.jointplan.domain.Tombstone;

/**
 * What a push changed, as the JSON kept in the audit: the ids saved and removed, by kind of record. Only kinds
 * (fixed names) and UUIDs go in, so nothing needs escaping; no text a user typed is copied into the audit.
 */
final class PushSummary {
    private PushSummary() {
    }

    static String json(List<? extends Stamped> saves, List<Tombstone> removals) {
        Map<String, List<String>> saved = new TreeMap<>();
        for (Stamped record : saves) {
            String kind = record instanceof Plan ? "PLAN" : EntityKind.of(record).name();
            saved.computeIfAbsent(kind, k -> new java.util.ArrayList<>()).add(record.id().toString());
        }
        Map<String, List<String>> removed = new TreeMap<>();
        for (Tombstone t : removals) {
            removed.computeIfAbsent(t.kind().name(), k -> new java.util.ArrayList<>()).add(t.id().toString());
        }
        return "{\"saved\":" + object(saved) + ",\"removed\":" + object(removed) + "}";
    }

    private static String object(Map<String, List<String>> byKind) {
        return byKind.entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\":" + e.getValue().stream().map(id -> "\"" + id + "\"")
                        .collect(Collectors.joining(",", "[", "]")))
                .collect(Collectors.joining(",", "{", "}"));
    }
}

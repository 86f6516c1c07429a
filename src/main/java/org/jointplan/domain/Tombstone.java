package org.jointplan.domain;

import java.util.Objects;
import java.util.UUID;

/** A record that was deleted: kept so that a partner's copy that still has it does not bring it back. */
public record Tombstone(UUID id, UUID planId, EntityKind kind, Stamp stamp) {

    public Tombstone {
        Ids.required(id, "The deleted record's id");
        Ids.required(planId, "The deleted record's plan");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(stamp, "stamp");
    }
}

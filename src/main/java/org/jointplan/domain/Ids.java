package org.jointplan.domain;

import java.util.Objects;
import java.util.UUID;

/** IDs are random UUIDs, so that partners' copies of a plan can be merged without clashes. */
public final class Ids {
    private Ids() {
    }

    public static UUID newId() {
        return UUID.randomUUID();
    }

    static UUID required(UUID id, String what) {
        return Objects.requireNonNull(id, what + " is missing.");
    }
}

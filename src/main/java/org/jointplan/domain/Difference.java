package org.jointplan.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * One difference between the local plan and a partner's copy, relative to their common base.
 *
 * @param record     the record as the partner has it (for a deletion: as it was)
 * @param field      the field that differs, for CHANGED, MOVED and field conflicts; null for whole records
 * @param mine       the local value (a field value, a record, or null when absent)
 * @param theirs     the partner's value
 * @param priorityId the priority the change belongs to, for grouping; null for plan-wide records
 * @param by         who made the partner's change and when (their stamp)
 * @param description one line in plain words
 */
public record Difference(Type type, Stamped record, String field, Object base, Object mine, Object theirs,
                         UUID priorityId, Stamp by, String description) {

    public enum Type {
        ADDED("added"), CHANGED("changed"), MOVED("moved"), DELETED("deleted"), CONFLICT("conflict");

        private final String word;

        Type(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    public Difference {
        Objects.requireNonNull(type);
        Objects.requireNonNull(record);
        Objects.requireNonNull(description);
    }

    public boolean isConflict() {
        return type == Type.CONFLICT;
    }

    public UUID recordId() {
        return record.id();
    }
}

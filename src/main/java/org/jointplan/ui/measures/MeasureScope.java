package org.jointplan.ui.measures;

import java.util.UUID;
import org.jointplan.domain.Measure;
import org.jointplan.domain.PlanData;

/**
 * Which measures the view lists: all of the plan's, the plan's own (those of no priority), or one priority's.
 *
 * @param priorityId the priority, for {@link Kind#PRIORITY} only
 */
public record MeasureScope(Kind kind, UUID priorityId) {
    public enum Kind { ALL, PLAN, PRIORITY }

    public static final MeasureScope ALL = new MeasureScope(Kind.ALL, null);
    public static final MeasureScope PLAN = new MeasureScope(Kind.PLAN, null);

    public static MeasureScope of(UUID priorityId) {
        return priorityId == null ? PLAN : new MeasureScope(Kind.PRIORITY, priorityId);
    }

    public boolean includes(Measure m) {
        return switch (kind) {
            case ALL -> true;
            case PLAN -> m.priorityId() == null;
            case PRIORITY -> priorityId.equals(m.priorityId());
        };
    }

    /** "All measures", "The whole plan's own", "1. SLCN". */
    public String label(PlanData plan) {
        return switch (kind) {
            case ALL -> "All measures";
            case PLAN -> "The whole plan's own";
            case PRIORITY -> plan.priority(priorityId).map(p -> p.order() + ". " + p.shortName()).orElse("A priority");
        };
    }

    /** The priority a new measure goes to from here: this one's, or none. */
    public UUID newMeasurePriority() {
        return kind == Kind.PRIORITY ? priorityId : null;
    }
}

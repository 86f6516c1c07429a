package org.jointplan.service;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import org.jointplan.domain.Action;
import org.jointplan.domain.Status;

/** The fields of an action a user edits one at a time, for {@link Edits#editAction(org.jointplan.domain.PlanData,
 * UUID, EditField, Object)}. */
public final class ActionFields {
    public static final EditField<Action, String> TITLE = field("title", Action.Builder::title);
    public static final EditField<Action, String> DESCRIPTION = field("description", Action.Builder::description);
    public static final EditField<Action, String> OWNER = field("owner", Action.Builder::owner);
    public static final EditField<Action, String> STATUS_REASON = field("reason", Action.Builder::statusReason);
    public static final EditField<Action, String> NOTES = field("notes", Action.Builder::notes);
    public static final EditField<Action, String> CORRECTIVE_ACTION = field("corrective action",
            Action.Builder::correctiveAction);
    /** The decision the committee is asked for; empty when none (the action is then not flagged). */
    public static final EditField<Action, String> DECISION_NEEDED = field("decision needed",
            Action.Builder::decisionNeeded);
    public static final EditField<Action, Integer> PERCENT = field("percent complete",
            Action.Builder::percentComplete);
    public static final EditField<Action, Status> STATUS = field("status", Action.Builder::status);
    public static final EditField<Action, LocalDate> START = field("start date", Action.Builder::start);
    public static final EditField<Action, LocalDate> DUE = field("due date", Action.Builder::due);
    public static final EditField<Action, UUID> PRIORITY = field("priority", Action.Builder::priorityId);
    public static final EditField<Action, UUID> LEAD_PARTNER = field("lead partner", Action.Builder::leadPartnerId);
    public static final EditField<Action, Set<UUID>> OTHER_PRIORITIES = field("other priorities",
            (b, ids) -> b.otherPriorityIds(Set.copyOf(ids)));

    private ActionFields() {
    }

    private static <T> EditField<Action, T> field(String words, BiFunction<Action.Builder, T, Action.Builder> set) {
        return new EditField<>(words, (action, value) -> set.apply(action.toBuilder(), value).build());
    }
}

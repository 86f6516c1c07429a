package org.jointplan.ui.timeline;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jointplan.domain.Action;
import org.jointplan.domain.DateRange;
import org.jointplan.domain.Milestone;

/**
 * Dates changed on the timeline but not yet back in its plan: a drag in progress, or a finished edit the window is
 * still saving. They are shown instead of the plan's dates (optimistic), and forgotten when the plan is replaced.
 */
final class PendingEdits {
    private final Map<UUID, DateRange> actions = new HashMap<>();
    private final Map<UUID, LocalDate> milestones = new HashMap<>();

    DateRange span(Action a) {
        DateRange pending = actions.get(a.id());
        return pending != null ? pending : a.span();
    }

    LocalDate date(Milestone m) {
        LocalDate pending = milestones.get(m.id());
        return pending != null ? pending : m.date();
    }

    /** Shows the action at these dates, or at its own again when {@code span} is null. */
    void putAction(Action a, DateRange span) {
        if (span == null || span.equals(a.span())) {
            actions.remove(a.id());
        } else {
            actions.put(a.id(), span);
        }
    }

    /** Shows the milestone on this date, or on its own again when {@code date} is null. */
    void putMilestone(Milestone m, LocalDate date) {
        if (date == null || date.equals(m.date())) {
            milestones.remove(m.id());
        } else {
            milestones.put(m.id(), date);
        }
    }

    DateRange pendingAction(UUID id) {
        return actions.get(id);
    }

    LocalDate pendingMilestone(UUID id) {
        return milestones.get(id);
    }

    boolean isEmpty() {
        return actions.isEmpty() && milestones.isEmpty();
    }

    void clear() {
        actions.clear();
        milestones.clear();
    }
}

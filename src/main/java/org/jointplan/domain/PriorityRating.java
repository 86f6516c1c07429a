package org.jointplan.domain;

import java.time.LocalDate;
import java.util.Collection;

/**
 * A priority's overall delivery rating, worked out from its actions as at a date. The rule, as documented for
 * committees (docs/report-format.md):
 * <ol>
 *   <li>No actions: Not started (Grey). Every action complete: Complete (Blue).</li>
 *   <li>Red when any open action is Off track, or when half or more of the open actions are overdue.</li>
 *   <li>Amber when any open action is At risk or overdue.</li>
 *   <li>Grey when every open action is Not started; otherwise Green.</li>
 * </ol>
 * So a priority whose actions are all overdue is Red, never Green. "Open" means not complete; "overdue" means open
 * and past its due date on the as-at date. The officer may override the result with a reason ({@link Priority}).
 */
public final class PriorityRating {
    private PriorityRating() {
    }

    /** The rating worked out by the rule, before any override. */
    public static Status of(Collection<Status> statuses, int openOverdue) {
        int open = 0;
        boolean offTrack = false;
        boolean atRisk = false;
        boolean started = false;
        for (Status s : statuses) {
            if (s == Status.COMPLETE) {
                continue;
            }
            open++;
            offTrack |= s == Status.OFF_TRACK;
            atRisk |= s == Status.AT_RISK;
            started |= s != Status.NOT_STARTED;
        }
        if (statuses.isEmpty()) {
            return Status.NOT_STARTED;
        }
        if (open == 0) {
            return Status.COMPLETE;
        }
        if (offTrack || openOverdue * 2 >= open) {
            return Status.OFF_TRACK;
        }
        if (atRisk || openOverdue > 0) {
            return Status.AT_RISK;
        }
        return started ? Status.ON_TRACK : Status.NOT_STARTED;
    }

    /** The rating of these actions as at a date, before any override. */
    public static Status of(Collection<Action> actions, LocalDate asAt) {
        return of(actions.stream().map(Action::status).toList(),
                (int) actions.stream().filter(a -> a.isOverdue(asAt)).count());
    }
}

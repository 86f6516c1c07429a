package org.jointplan.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * One move of a baselined action's due date or of a milestone's date: the old and new date, why, and (in the stamp)
 * who moved it and when. Moves are kept, never edited, so that "what slipped and why" comes from the plan; rolling
 * a plan forward carries them into the new plan's history.
 */
public record DateMove(UUID id, UUID planId, UUID actionId, UUID milestoneId, LocalDate from, LocalDate to,
                       String reason, Stamp stamp) implements Stamped {

    public DateMove {
        Ids.required(id, "The date move's id");
        Ids.required(planId, "The date move's plan");
        if ((actionId == null) == (milestoneId == null)) {
            throw new ValidationException("A date move belongs to either an action or a milestone.");
        }
        if (from == null || to == null) {
            throw new ValidationException("A date move needs the old and the new date.");
        }
        PlausibleDates.require(from);
        PlausibleDates.require(to);
        reason = Text.paragraph(reason, "The reason for moving the date");
        Objects.requireNonNull(stamp, "stamp");
    }

    /** Moved later, not earlier. */
    public boolean movedLater() {
        return to.isAfter(from);
    }

    /** The action or milestone that moved. */
    public UUID subjectId() {
        return actionId != null ? actionId : milestoneId;
    }

    @Override
    public DateMove withStamp(Stamp newStamp) {
        return new DateMove(id, planId, actionId, milestoneId, from, to, reason, newStamp);
    }
}

package org.jointplan.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A dated milestone of an action or of a whole priority (exactly one of the two). It keeps the date first agreed
 * (baseline) and the current date with the reason it moved, so that "what has slipped" comes from the plan.
 */
public record Milestone(UUID id, UUID planId, UUID actionId, UUID priorityId, String title, LocalDate baselineDate,
                        LocalDate date, String revisionReason, boolean achieved, Stamp stamp) implements Stamped {

    public Milestone {
        Ids.required(id, "The milestone's id");
        Ids.required(planId, "The milestone's plan");
        if ((actionId == null) == (priorityId == null)) {
            throw new ValidationException("A milestone belongs to either an action or a priority.");
        }
        title = Text.requiredLine(title, "The milestone's title");
        if (date == null) {
            throw new ValidationException("A milestone needs a date.");
        }
        PlausibleDates.require(date);
        baselineDate = PlausibleDates.require(baselineDate == null ? date : baselineDate);
        revisionReason = Text.paragraph(revisionReason, "The reason the milestone moved");
        Objects.requireNonNull(stamp, "stamp");
    }

    /** Moved later than first agreed. */
    public boolean hasSlipped() {
        return date.isAfter(baselineDate);
    }

    @Override
    public Milestone withStamp(Stamp newStamp) {
        return new Milestone(id, planId, actionId, priorityId, title, baselineDate, date, revisionReason, achieved, newStamp);
    }
}

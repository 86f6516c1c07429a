package org.jointplan.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * A joint commissioning priority: a lane of the plan. A retired priority stays in the plan's history but takes no
 * new actions.
 *
 * @param order          position in the plan, from 1
 * @param ratingOverride the delivery rating the officer gives in place of the one {@link PriorityRating} works
 *                       out, or null; an override needs its reason
 * @param confidence     the second rating, confidence in the outcome, or null when not given
 */
public record Priority(UUID id, UUID planId, int order, String name, String shortName, String rationale,
                       UUID leadPartnerId, String leadOfficer, boolean retired, Status ratingOverride,
                       String overrideReason, Confidence confidence, Stamp stamp) implements Stamped {

    public Priority {
        Ids.required(id, "The priority's id");
        Ids.required(planId, "The priority's plan");
        if (order < 1) {
            throw new ValidationException("A priority's position must be 1 or more.");
        }
        name = Text.requiredLine(name, "The priority's name");
        shortName = Text.line(shortName, "The priority's short name");
        shortName = shortName.isEmpty() ? name : shortName;
        rationale = Text.paragraph(rationale, "The priority's rationale");
        leadOfficer = Text.line(leadOfficer, "The priority's lead officer");
        overrideReason = Text.paragraph(overrideReason, "The reason for overriding the priority's rating");
        if (ratingOverride != null && overrideReason.isEmpty()) {
            throw new ValidationException("Overriding the rating of " + name + " needs a reason.");
        }
        if (ratingOverride == null) {
            overrideReason = "";
        }
        Objects.requireNonNull(stamp, "stamp");
    }

    @Override
    public Priority withStamp(Stamp newStamp) {
        return new Priority(id, planId, order, name, shortName, rationale, leadPartnerId, leadOfficer, retired,
                ratingOverride, overrideReason, confidence, newStamp);
    }

    /** The same priority with its rating overridden (or the override removed, with a null rating). */
    public Priority withRating(Status override, String reason, Confidence newConfidence) {
        return new Priority(id, planId, order, name, shortName, rationale, leadPartnerId, leadOfficer, retired,
                override, reason, newConfidence, stamp);
    }
}

package org.jointplan.domain;

import java.util.Objects;
import java.util.UUID;

/** A partner organisation of the plan, such as a council or the integrated care board. */
public record Partner(UUID id, UUID planId, String name, String shortName, Stamp stamp) implements Stamped {

    public Partner {
        Ids.required(id, "The partner's id");
        Ids.required(planId, "The partner's plan");
        name = Text.requiredLine(name, "The partner's name");
        shortName = Text.line(shortName, "The partner's short name");
        shortName = shortName.isEmpty() ? name : shortName;
        Objects.requireNonNull(stamp, "stamp");
    }

    @Override
    public Partner withStamp(Stamp newStamp) {
        return new Partner(id, planId, name, shortName, newStamp);
    }
}

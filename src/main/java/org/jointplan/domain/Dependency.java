package org.jointplan.domain;

import java.util.Objects;
import java.util.UUID;

/** The "before" action must finish before the "after" action can start. */
public record Dependency(UUID id, UUID planId, UUID beforeActionId, UUID afterActionId, Stamp stamp) implements Stamped {

    public Dependency {
        Ids.required(id, "The dependency's id");
        Ids.required(planId, "The dependency's plan");
        Ids.required(beforeActionId, "The earlier action");
        Ids.required(afterActionId, "The later action");
        if (beforeActionId.equals(afterActionId)) {
            throw new ValidationException("An action cannot depend on itself.");
        }
        Objects.requireNonNull(stamp, "stamp");
    }

    @Override
    public Dependency withStamp(Stamp newStamp) {
        return new Dependency(id, planId, beforeActionId, afterActionId, newStamp);
    }
}

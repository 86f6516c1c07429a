package org.jointplan.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A performance measure reported alongside the plan, e.g. "% of new EHC plans issued within 20 weeks". Dated actual
 * and trajectory values are {@link MeasureValue}s.
 *
 * @param target     the value aimed for, if one is set
 * @param targetDate when the target should be reached, if stated
 */
public record Measure(UUID id, UUID planId, String name, String unit, boolean higherIsBetter, Double target,
                      LocalDate targetDate, String source, Stamp stamp) implements Stamped {

    public Measure {
        Ids.required(id, "The measure's id");
        Ids.required(planId, "The measure's plan");
        name = Text.requiredLine(name, "The measure's name");
        unit = Text.line(unit, "The measure's unit");
        if (target != null && !Double.isFinite(target)) {
            throw new ValidationException("The target of " + name + " must be a number.");
        }
        PlausibleDates.require(targetDate);
        source = Text.line(source, "The measure's source");
        Objects.requireNonNull(stamp, "stamp");
    }

    @Override
    public Measure withStamp(Stamp newStamp) {
        return new Measure(id, planId, name, unit, higherIsBetter, target, targetDate, source, newStamp);
    }
}

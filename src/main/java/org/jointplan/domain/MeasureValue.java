package org.jointplan.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** A measure's value for one period (dated by the period's first day): the actual, the planned trajectory, or both. */
public record MeasureValue(UUID id, UUID measureId, LocalDate date, Double actual, Double trajectory, Stamp stamp) implements Stamped {

    public MeasureValue {
        Ids.required(id, "The value's id");
        Ids.required(measureId, "The value's measure");
        if (date == null) {
            throw new ValidationException("A measure value needs a date.");
        }
        PlausibleDates.require(date);
        if (actual == null && trajectory == null) {
            throw new ValidationException("A measure value needs an actual or a trajectory figure.");
        }
        if ((actual != null && !Double.isFinite(actual)) || (trajectory != null && !Double.isFinite(trajectory))) {
            throw new ValidationException("A measure value must be a number.");
        }
        Objects.requireNonNull(stamp, "stamp");
    }

    @Override
    public MeasureValue withStamp(Stamp newStamp) {
        return new MeasureValue(id, measureId, date, actual, trajectory, newStamp);
    }
}

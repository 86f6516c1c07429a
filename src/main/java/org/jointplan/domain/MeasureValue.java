package org.jointplan.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A measure's figures for one period, dated by the period's first day: the actual, the planned trajectory, or both,
 * with a note (e.g. "provisional", "data quality issue in the return"). A measure has one value per period.
 */
public record MeasureValue(UUID id, UUID measureId, LocalDate date, Double actual, Double trajectory, String note,
                           Stamp stamp) implements Stamped {

    public MeasureValue {
        Ids.required(id, "The value's id");
        Ids.required(measureId, "The value's measure");
        if (date == null) {
            throw new ValidationException("A measure value needs a period.");
        }
        PlausibleDates.require(date);
        if (date.getDayOfMonth() != 1) {
            throw new ValidationException("A measure value is dated by the first day of its period.");
        }
        if (actual == null && trajectory == null) {
            throw new ValidationException("A measure value needs an actual or a trajectory figure.");
        }
        if ((actual != null && !Double.isFinite(actual)) || (trajectory != null && !Double.isFinite(trajectory))) {
            throw new ValidationException("A measure value must be a number.");
        }
        note = Text.line(note, "The value's note");
        Objects.requireNonNull(stamp, "stamp");
    }

    @Override
    public MeasureValue withStamp(Stamp newStamp) {
        return new MeasureValue(id, measureId, date, actual, trajectory, note, newStamp);
    }

    public MeasureValue withFigures(Double newActual, Double newTrajectory, String newNote) {
        return new MeasureValue(id, measureId, date, newActual, newTrajectory, newNote, stamp);
    }
}

package org.jointplan.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A meeting the plan reports to, on its reporting calendar: the Strategic Commissioning Group each quarter, scrutiny
 * every six months. Shown on the timeline as a labelled marker.
 */
public record CommitteeDate(UUID id, UUID planId, String name, LocalDate date, Stamp stamp) implements Stamped {

    public CommitteeDate {
        Ids.required(id, "The committee date's id");
        Ids.required(planId, "The committee date's plan");
        name = Text.requiredLine(name, "The committee's name");
        if (date == null) {
            throw new ValidationException("A committee date needs a date.");
        }
        PlausibleDates.require(date);
        Objects.requireNonNull(stamp, "stamp");
    }

    @Override
    public CommitteeDate withStamp(Stamp newStamp) {
        return new CommitteeDate(id, planId, name, date, newStamp);
    }
}

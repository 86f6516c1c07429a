package org.jointplan.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** When a record last changed and who changed it: the person and their organisation. Merging relies on it. */
public record Stamp(Instant at, String organisation, String person) {

    public Stamp {
        PlausibleDates.requireStamp(Objects.requireNonNull(at, "at"));
        organisation = Text.line(organisation, "The organisation in a change stamp");
        person = Text.line(person, "The person in a change stamp");
        at = at.truncatedTo(ChronoUnit.MILLIS);
    }

    public static Stamp now(String organisation, String person) {
        return new Stamp(Instant.now(), organisation, person);
    }

    /** The same author, now. */
    public Stamp renewed() {
        return now(organisation, person);
    }
}

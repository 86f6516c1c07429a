package org.jointplan.bundle;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Who exported a package, when, and with which version of JointPlan: written to the manifest and shown in the
 * summary.
 */
public record ExportDetails(String applicationVersion, Instant exportedAt, String organisation, String person) {
    /** Dates shown to people are UK dates. */
    static final ZoneId UK = ZoneId.of("Europe/London");

    public ExportDetails {
        applicationVersion = applicationVersion == null ? "" : applicationVersion;
        // milliseconds, like the records' change stamps
        exportedAt = Objects.requireNonNull(exportedAt, "exportedAt").truncatedTo(ChronoUnit.MILLIS);
        organisation = organisation == null ? "" : organisation.strip();
        person = person == null ? "" : person.strip();
    }

    /** "Jo Bloggs (Nottingham City Council)", or whichever part is known. */
    String who() {
        if (organisation.isEmpty()) {
            return person.isEmpty() ? "an unnamed user" : person;
        }
        return person.isEmpty() ? organisation : person + " (" + organisation + ")";
    }
}

package org.jointplan.bundle;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * Who exported a package, when, and with which version of JointPlan: written to the manifest and shown in the
 * summary.
 *
 * @param packageId        this package's own id, recorded by sender and receiver as an exchange
 * @param basedOnPackageId the package the sender's copy of the plan came from, if any: the common base when the
 *                         package comes back to be merged
 */
public record ExportDetails(String applicationVersion, Instant exportedAt, String organisation, String person,
                            UUID packageId, UUID basedOnPackageId) {
    /** Dates shown to people are UK dates. */
    static final ZoneId UK = ZoneId.of("Europe/London");

    public ExportDetails {
        applicationVersion = applicationVersion == null ? "" : applicationVersion;
        // milliseconds, like the records' change stamps
        exportedAt = Objects.requireNonNull(exportedAt, "exportedAt").truncatedTo(ChronoUnit.MILLIS);
        organisation = organisation == null ? "" : organisation.strip();
        person = person == null ? "" : person.strip();
        packageId = packageId == null ? UUID.randomUUID() : packageId;
    }

    /** A package that does not come from an earlier exchange. */
    public ExportDetails(String applicationVersion, Instant exportedAt, String organisation, String person) {
        this(applicationVersion, exportedAt, organisation, person, null, null);
    }

    /** "Jo Bloggs (Nottingham City Council)", or whichever part is known. */
    String who() {
        if (organisation.isEmpty()) {
            return person.isEmpty() ? "an unnamed user" : person;
        }
        return person.isEmpty() ? organisation : person + " (" + organisation + ")";
    }
}

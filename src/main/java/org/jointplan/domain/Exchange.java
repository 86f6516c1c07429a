package org.jointplan.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A plan package sent to partners or received from one: the plan's history of exchanges. The plan as it was in the
 * package is kept beside it in the store, as the common base of the next three-way merge.
 *
 * @param organisation who made the package (for a received one, the partner)
 * @param summary      what happened, e.g. "Merged 12 of 14 changes"
 * @param recipients   the organisations a package was sent to, as the sender gave them (none for a received one)
 */
public record Exchange(UUID packageId, UUID planId, Direction direction, Instant recordedAt, String organisation,
                       String person, Instant exportedAt, String fileName, String summary, List<String> recipients) {

    public enum Direction { SENT, RECEIVED }

    public Exchange {
        Objects.requireNonNull(packageId, "packageId");
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(exportedAt, "exportedAt");
        organisation = Text.line(organisation, "The organisation that made the package");
        person = Text.line(person, "The person who made the package");
        fileName = Text.printable(Text.orEmpty(fileName)); // a local fact, not a partner's text: kept, made visible
        summary = Text.paragraph(summary, "The summary of the exchange");
        recipients = recipients == null ? List.of() : recipients.stream()
                .map(r -> Text.line(r, "A recipient's organisation")).filter(r -> !r.isEmpty()).distinct().toList();
    }

    /** An exchange with no recipients recorded: every received package, and packages sent to nobody named. */
    public Exchange(UUID packageId, UUID planId, Direction direction, Instant recordedAt, String organisation,
                    String person, Instant exportedAt, String fileName, String summary) {
        this(packageId, planId, direction, recordedAt, organisation, person, exportedAt, fileName, summary, List.of());
    }
}

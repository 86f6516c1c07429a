package org.jointplan.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One push to the partnership's server, as its audit keeps it: the revision it made, when, who pushed it (the server
 * login's person and organisation, not a name typed on a laptop) and what it changed in plain words, e.g. "3 actions,
 * 1 milestone changed; 1 action removed". Read from a server another tool may write to, so text that breaks the
 * one-line rule is made to obey it (each control character a space) rather than refused: the history still shows.
 */
public record AuditEntry(long revision, Instant at, String person, String organisation, String summary) {
    public AuditEntry {
        if (revision < 1) {
            throw new ValidationException("An audited push makes a revision of 1 or more.");
        }
        Objects.requireNonNull(at, "at");
        person = oneLine(person);
        organisation = oneLine(organisation);
        summary = oneLine(summary);
    }

    private static String oneLine(String s) {
        return Text.asOneLine(Text.orEmpty(s));
    }
}

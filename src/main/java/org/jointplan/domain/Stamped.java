package org.jointplan.domain;

import java.util.UUID;

/** A record with an id and a change stamp: what an edit saves, removes and merging compares. */
public interface Stamped {
    UUID id();

    Stamp stamp();

    /** The same record, stamped anew (by whoever is making the change, now). */
    Stamped withStamp(Stamp stamp);
}

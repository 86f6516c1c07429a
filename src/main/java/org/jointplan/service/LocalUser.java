package org.jointplan.service;

import java.util.Objects;
import org.jointplan.domain.Stamp;
import org.jointplan.store.Store;

/**
 * Who is working on this laptop: the person and their organisation, stamped on every change and package. Kept in
 * the store's settings; until set, the person is the operating-system user and the organisation is blank.
 */
public record LocalUser(String organisation, String person) {
    static final String ORGANISATION = "user.organisation";
    static final String PERSON = "user.person";

    public LocalUser {
        organisation = organisation == null ? "" : organisation.strip();
        person = person == null || person.isBlank() ? System.getProperty("user.name", "") : person.strip();
    }

    public static LocalUser of(Store store) {
        return new LocalUser(store.setting(ORGANISATION).orElse(""), store.setting(PERSON).orElse(null));
    }

    public void saveTo(Store store) {
        Objects.requireNonNull(store);
        store.write("your name and organisation", w -> {
            w.saveSetting(ORGANISATION, organisation);
            w.saveSetting(PERSON, person);
        });
    }

    /** A change stamp for now, by this user. */
    public Stamp stampNow() {
        return Stamp.now(organisation, person);
    }
}

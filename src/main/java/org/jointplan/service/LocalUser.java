package org.jointplan.service;

import java.util.Objects;
import java.util.Optional;
import org.jointplan.domain.Stamp;
import org.jointplan.domain.Text;
import org.jointplan.domain.ValidationException;
import org.jointplan.store.Store;

/**
 * Who is working on this laptop: the person and their organisation, stamped on every change and package. Kept in
 * the store's settings; until the name is set, the person is the operating-system user and the organisation is blank.
 */
public record LocalUser(String organisation, String person) {
    static final String ORGANISATION = "user.organisation";
    static final String PERSON = "user.person";
    static final int MAX_LENGTH = 200;

    public LocalUser {
        organisation = organisation == null ? "" : organisation.strip();
        person = person == null || person.isBlank() ? System.getProperty("user.name", "") : person.strip();
    }

    public static LocalUser of(Store store) {
        return new LocalUser(store.setting(ORGANISATION).orElse(""), store.setting(PERSON).orElse(null));
    }

    /** The name as set, if it is. */
    public static Optional<String> savedName(Store store) {
        return store.setting(PERSON).filter(s -> !s.isBlank());
    }

    /** The organisation as set, if it is. */
    public static Optional<String> savedOrganisation(Store store) {
        return store.setting(ORGANISATION).filter(s -> !s.isBlank());
    }

    /** True once both the name and the organisation are set: until then the window asks at start. */
    public static boolean isSet(Store store) {
        return savedName(store).isPresent() && savedOrganisation(store).isPresent();
    }

    /**
     * Sets the name, the organisation, or both (null leaves one as it is), in one transaction; returns who the user
     * now is. A blank value or one with control characters is refused and nothing is changed.
     */
    public static LocalUser save(Store store, String name, String organisation) {
        Objects.requireNonNull(store);
        String checkedName = name == null ? null : checked(name, "Your name");
        String checkedOrganisation = organisation == null ? null : checked(organisation, "Your organisation");
        store.write("your name and organisation", w -> {
            if (checkedName != null) {
                w.saveSetting(PERSON, checkedName);
            }
            if (checkedOrganisation != null) {
                w.saveSetting(ORGANISATION, checkedOrganisation);
            }
        });
        return of(store);
    }

    /** Why this name or organisation cannot be used, if it cannot; {@code what} is "Your name" or the like. */
    public static Optional<String> problem(String value, String what) {
        if (value == null || value.isBlank()) {
            return Optional.of(what + " cannot be blank: type it in full.");
        }
        if (!Text.isOneLine(value.strip())) {
            return Optional.of(what + " cannot contain line breaks, tabs or other control characters; type it on"
                    + " one line.");
        }
        if (value.strip().length() > MAX_LENGTH) {
            return Optional.of(what + " is longer than " + MAX_LENGTH + " characters; shorten it.");
        }
        return Optional.empty();
    }

    private static String checked(String value, String what) {
        problem(value, what).ifPresent(message -> {
            throw new ValidationException(message);
        });
        return value.strip();
    }

    /** A change stamp for now, by this user. */
    public Stamp stampNow() {
        return Stamp.now(organisation, person);
    }
}

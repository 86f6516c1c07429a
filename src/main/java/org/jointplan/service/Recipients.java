package org.jointplan.service;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jointplan.domain.ValidationException;

/** Who a package is sent to: organisations, as typed or chosen from the plan's partners. */
public final class Recipients {
    private static final String WHAT = "A recipient's organisation";

    private Recipients() {
    }

    /** Values as given ("A, B" or one each) into one list, in order, without repeats. */
    public static List<String> parse(List<String> given) {
        LinkedHashSet<String> organisations = new LinkedHashSet<>();
        parts(given).forEach(organisations::add);
        return List.copyOf(organisations);
    }

    /** Why these recipients cannot be recorded, if they cannot: a blank one, or one with control characters. */
    public static Optional<String> problem(List<String> given) {
        if (given.stream().anyMatch(String::isBlank)) {
            return LocalUser.problem("", WHAT);
        }
        return parts(given).map(v -> LocalUser.problem(v, WHAT)).flatMap(Optional::stream).findFirst();
    }

    /** Refuses a recipient that could not be shown on one line. */
    static void check(String organisation) {
        LocalUser.problem(organisation, WHAT).ifPresent(message -> {
            throw new ValidationException(message);
        });
    }

    private static Stream<String> parts(List<String> given) {
        return given.stream().flatMap(v -> Arrays.stream(v.split(","))).filter(s -> !s.isBlank()).map(String::strip);
    }
}

package org.jointplan.cli;

import java.util.UUID;
import picocli.CommandLine.ITypeConverter;

/** Reads an id given on the command line, and says where to find one when it is not an id. */
abstract class IdConverter implements ITypeConverter<UUID> {
    private final String kind;

    IdConverter(String kind) {
        this.kind = kind;
    }

    @Override
    public UUID convert(String value) {
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidValue("'" + value + "' is not " + kind + " id; list prints each " + kind
                    .substring(kind.indexOf(' ') + 1) + "'s id.");
        }
    }

    /** ACTION-ID of update. */
    static final class Action extends IdConverter {
        Action() {
            super("an action");
        }
    }

    /** --plan ID. */
    static final class Plan extends IdConverter {
        Plan() {
            super("a plan");
        }
    }
}

package org.jointplan.cli;

import java.util.UUID;
import picocli.CommandLine.ITypeConverter;

/** Reads an id given on the command line, and says where to find one when it is not an id. */
abstract class IdConverter implements ITypeConverter<UUID> {
    private final String kind;
    private final String lister;

    IdConverter(String kind) {
        this(kind, "list");
    }

    /** @param lister the command that prints these ids */
    IdConverter(String kind, String lister) {
        this.kind = kind;
        this.lister = lister;
    }

    @Override
    public UUID convert(String value) {
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidValue("'" + value + "' is not " + kind + " id; " + lister + " prints each " + kind
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

    /** MEASURE-ID of the measure commands. */
    static final class Measure extends IdConverter {
        Measure() {
            super("a measure", "measure list");
        }
    }

    /** --priority ID of measure add. */
    static final class Priority extends IdConverter {
        Priority() {
            super("a priority", "measure list");
        }
    }
}

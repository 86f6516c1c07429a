package org.jointplan.domain;

import java.util.Arrays;

/**
 * A priority's second rating, confidence in the outcome, which many boards ask for beside delivery progress. Each
 * level has a word and a colour; the code is what the store keeps.
 */
public enum Confidence {
    HIGH("high", "High", "Green"),
    MEDIUM("medium", "Medium", "Amber"),
    LOW("low", "Low", "Red");

    private final String code;
    private final String label;
    private final String colour;

    Confidence(String code, String label, String colour) {
        this.code = code;
        this.label = label;
        this.colour = colour;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** The colour this level is shown in, named as the BRAG colours are. */
    public String colour() {
        return colour;
    }

    public static Confidence fromCode(String code) {
        return Arrays.stream(values())
                .filter(c -> c.code.equalsIgnoreCase(code) || c.name().equalsIgnoreCase(code))
                .findFirst()
                .orElseThrow(() -> new ValidationException("'" + Text.printable(code)
                        + "' is not a confidence level; use high, medium or low."));
    }
}

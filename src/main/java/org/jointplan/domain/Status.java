package org.jointplan.domain;

import java.util.Arrays;

/**
 * Delivery status of an action, reported as BRAG. Each status has a word and a symbol so that colour is never the
 * only carrier of meaning. The code is what the store keeps; never rename it.
 */
public enum Status {
    NOT_STARTED("not_started", "Not started", "Grey", "○"),
    ON_TRACK("on_track", "On track", "Green", "✓"),
    AT_RISK("at_risk", "At risk", "Amber", "!"),
    OFF_TRACK("off_track", "Off track", "Red", "✕"),
    COMPLETE("complete", "Complete", "Blue", "●");

    private final String code;
    private final String label;
    private final String bragColour;
    private final String symbol;

    Status(String code, String label, String bragColour, String symbol) {
        this.code = code;
        this.label = label;
        this.bragColour = bragColour;
        this.symbol = symbol;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** The BRAG colour name committees use: Blue, Red, Amber, Green, or Grey for not started. */
    public String bragColour() {
        return bragColour;
    }

    public String symbol() {
        return symbol;
    }

    /** Amber and red ratings need a stated reason. */
    public boolean needsReason() {
        return this == AT_RISK || this == OFF_TRACK;
    }

    /** A status by its code, name, label or BRAG colour ("amber", "Grey" or "gray"), in any case. */
    public static Status fromCode(String code) {
        String word = "gray".equalsIgnoreCase(code) ? "grey" : code;
        return Arrays.stream(values())
                .filter(s -> s.code.equalsIgnoreCase(word) || s.name().equalsIgnoreCase(word)
                        || s.label.equalsIgnoreCase(word) || s.bragColour.equalsIgnoreCase(word))
                .findFirst()
                .orElseThrow(() -> new ValidationException("'" + code + "' is not a status; use one of: "
                        + String.join(", ", Arrays.stream(values()).map(Status::code).toList())
                        + ", or a BRAG colour (blue, green, amber, red, grey)."));
    }
}

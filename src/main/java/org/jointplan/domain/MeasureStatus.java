package org.jointplan.domain;

/**
 * A measure's latest figure against its trajectory for that period (or, where the period has no trajectory, the
 * target in force). "Within tolerance" is worse than planned by no more than {@link MeasureProgress#TOLERANCE} of the
 * planned figure; see docs/report-format.md.
 */
public enum MeasureStatus {
    ON_TRAJECTORY("on_trajectory", "On trajectory", "✓"),
    WITHIN_TOLERANCE("within_tolerance", "Within tolerance", "≈"),
    OFF_TRAJECTORY("off_trajectory", "Off trajectory", "✗"),
    NO_TRAJECTORY("no_trajectory", "No trajectory or target", "–"),
    NO_DATA("no_data", "No data yet", "–");

    private final String code;
    private final String label;
    private final String symbol;

    MeasureStatus(String code, String label, String symbol) {
        this.code = code;
        this.label = label;
        this.symbol = symbol;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public String symbol() {
        return symbol;
    }

    /** "✓ On trajectory": the symbol never alone. */
    public String describe() {
        return symbol + " " + label;
    }
}

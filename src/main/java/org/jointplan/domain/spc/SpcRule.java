package org.jointplan.domain.spc;

/**
 * The four Making Data Count rules, as NHSRplotthedots 0.2.2 applies them within each period between rebases. A
 * point's special cause is the first rule in this order that it is part of.
 */
public enum SpcRule {
    /** Above the upper or below the lower process limit. */
    OUTSIDE_LIMITS("outside_limits"),
    /** Part of a run of 7 points each strictly above (or each strictly below) the one before. */
    TREND("trend"),
    /** Beyond a two-sigma line (not a limit) with another of three consecutive points all on one side of the mean. */
    TWO_IN_THREE("two_in_three"),
    /** Part of a run of 7 points strictly on one side of the mean. */
    SHIFT("shift");

    private final String code;

    SpcRule(String code) {
        this.code = code;
    }

    /** The name in report data: "outside_limits". */
    public String code() {
        return code;
    }
}

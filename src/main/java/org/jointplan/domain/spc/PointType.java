package org.jointplan.domain.spc;

/** How a point reads against the direction that is better. */
public enum PointType {
    COMMON_CAUSE("common_cause", "Common cause"),
    SPECIAL_CAUSE_IMPROVEMENT("special_cause_improvement", "Special cause: improvement"),
    SPECIAL_CAUSE_CONCERN("special_cause_concern", "Special cause: concern"),
    /** A special cause on a measure where neither direction is better. */
    SPECIAL_CAUSE_NEITHER("special_cause_neither", "Special cause: neither improvement nor concern");

    private final String code;
    private final String label;

    PointType(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }
}

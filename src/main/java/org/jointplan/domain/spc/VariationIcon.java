package org.jointplan.domain.spc;

/** The Making Data Count variation icon, from the last point, with the words shown beside it. */
public enum VariationIcon {
    COMMON_CAUSE("common_cause", "Common cause variation"),
    IMPROVEMENT_HIGH("improvement_high", "Special cause improvement: higher values"),
    IMPROVEMENT_LOW("improvement_low", "Special cause improvement: lower values"),
    CONCERN_HIGH("concern_high", "Special cause concern: higher values"),
    CONCERN_LOW("concern_low", "Special cause concern: lower values"),
    NEITHER_HIGH("neither_high", "Special cause: higher values"),
    NEITHER_LOW("neither_low", "Special cause: lower values");

    private final String code;
    private final String label;

    VariationIcon(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    static VariationIcon of(PointType type, int side) {
        return switch (type) {
            case COMMON_CAUSE -> COMMON_CAUSE;
            case SPECIAL_CAUSE_IMPROVEMENT -> side > 0 ? IMPROVEMENT_HIGH : IMPROVEMENT_LOW;
            case SPECIAL_CAUSE_CONCERN -> side > 0 ? CONCERN_HIGH : CONCERN_LOW;
            case SPECIAL_CAUSE_NEITHER -> side > 0 ? NEITHER_HIGH : NEITHER_LOW;
        };
    }
}

package org.jointplan.domain;

/** How often a measure is reported: each value belongs to a calendar month or to a financial quarter. */
public enum Frequency {
    MONTHLY("monthly", 1), QUARTERLY("quarterly", 3);

    private final String code;
    private final int months;

    Frequency(String code, int months) {
        this.code = code;
        this.months = months;
    }

    public String code() {
        return code;
    }

    /** The length of one period in months. */
    public int months() {
        return months;
    }

    public static Frequency fromCode(String code) {
        for (Frequency f : values()) {
            if (f.code.equalsIgnoreCase(code == null ? "" : code.strip()) || f.name().equalsIgnoreCase(code)) {
                return f;
            }
        }
        throw new ValidationException("A measure is reported monthly or quarterly.");
    }
}

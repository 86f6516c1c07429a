package org.jointplan.domain.spc;

/** Which way a measure gets better: up, down, or neither (special causes are then only high or low). */
public enum Improvement {
    INCREASE(1, "higher", "Higher is better"),
    DECREASE(-1, "lower", "Lower is better"),
    NEUTRAL(0, "neither", "Neither way is better");

    private final int sign;
    private final String code;
    private final String label;

    Improvement(int sign, String code, String label) {
        this.sign = sign;
        this.code = code;
        this.label = label;
    }

    /** +1 when higher is better, -1 when lower is, 0 for neither. */
    public int sign() {
        return sign;
    }

    /** "higher", "lower" or "neither", as the command line and stored records write it. */
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** Reads "higher", "lower" or "neither"; anything else is refused with a plain sentence (spc needs nothing of domain). */
    public static Improvement fromCode(String code) {
        for (Improvement i : values()) {
            if (i.code.equalsIgnoreCase(code == null ? "" : code.strip()) || i.name().equalsIgnoreCase(code)) {
                return i;
            }
        }
        throw new IllegalArgumentException("Say which way is better: higher, lower or neither.");
    }
}

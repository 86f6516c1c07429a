package org.jointplan.domain.spc;

/** Which way a measure gets better: up, down, or neither (special causes are then only high or low). */
public enum Improvement {
    INCREASE(1), DECREASE(-1), NEUTRAL(0);

    private final int sign;

    Improvement(int sign) {
        this.sign = sign;
    }

    /** +1 when higher is better, -1 when lower is, 0 for neither. */
    public int sign() {
        return sign;
    }
}

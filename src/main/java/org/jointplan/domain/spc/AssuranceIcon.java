package org.jointplan.domain.spc;

/**
 * The Making Data Count assurance icon: where the target lies against the last period's process limits. None when
 * there is no target, or when neither direction is better.
 */
public enum AssuranceIcon {
    CONSISTENT_PASS("consistent_pass", "Target consistently met"),
    CONSISTENT_FAIL("consistent_fail", "Target consistently missed"),
    INCONSISTENT("inconsistent", "Hit and miss: the target may or may not be met");

    private final String code;
    private final String label;

    AssuranceIcon(String code, String label) {
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

package org.jointplan.ui.measures;

import java.math.BigDecimal;

/** A stored figure as a user edits it: every digit it has, none added ("36.6", not "36.60"). */
final class Digits {
    private Digits() {
    }

    static String plain(Double value) {
        return value == null ? "" : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}

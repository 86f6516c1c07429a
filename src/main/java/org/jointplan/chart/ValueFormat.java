package org.jointplan.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers as a UK reader expects them: "1,234.5", "36.6%", "54 weeks"; very large ones as "1.2E15". */
final class ValueFormat {
    private static final double HUGE = 1e12;

    private ValueFormat() {
    }

    /** The number with the given decimals, grouped in thousands. */
    static String number(double value, int decimals) {
        if (Math.abs(value) >= HUGE) {
            return new DecimalFormat("0.##E0", DecimalFormatSymbols.getInstance(Locale.UK)).format(value);
        }
        DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.UK));
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        f.setRoundingMode(RoundingMode.HALF_UP);
        String s = f.format(new BigDecimal(Double.toString(value)));
        return s.matches("-0(\\.0*)?") ? s.substring(1) : s;
    }

    /** The number with its unit: "36.6%", "54 weeks", "12". */
    static String withUnit(double value, int decimals, String unit) {
        String n = number(value, decimals);
        if (unit.isEmpty()) {
            return n;
        }
        return unit.equals("%") ? n + "%" : n + " " + unit;
    }

    /** How many decimals tick labels a step apart need: 0 for 5, 1 for 0.5, 2 for 0.25. */
    static int decimalsOf(double step) {
        for (int d = 0; d < 10; d++) {
            double scaled = step * Math.pow(10, d);
            if (Math.abs(scaled - Math.rint(scaled)) < 1e-6 * Math.max(1, scaled)) {
                return d;
            }
        }
        return 10;
    }
}

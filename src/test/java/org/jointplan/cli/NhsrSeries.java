package org.jointplan.cli;

import java.time.YearMonth;

/** NHSRplotthedots 0.2.2's own example series (its tests/testthat), as monthly figures from January 2019. */
final class NhsrSeries {
    /** R's set.seed(123); rnorm(20), the series of the package's tests (as in XmrChartTest). */
    static final double[] RNORM_123 = {-0.56047565, -0.23017749, 1.55870831, 0.07050839, 0.12928774,
        1.71506499, 0.46091621, -1.26506123, -0.68685285, -0.44566197, 1.22408180, 0.35981383, 0.40077145,
        0.11068272, -0.55584113, 1.78691314, 0.49785048, -1.96661716, 0.70135590, -0.47279141};
    static final YearMonth FIRST = YearMonth.of(2019, 1);

    private NhsrSeries() {
    }

    static String period(int index) {
        return FIRST.plusMonths(index).toString();
    }

    /** A CSV file's text: a header, then period and value. */
    static String csv(double[] values) {
        StringBuilder text = new StringBuilder("Period,Value\n");
        for (int i = 0; i < values.length; i++) {
            text.append(period(i)).append(',').append(values[i]).append('\n');
        }
        return text.toString();
    }
}

package org.jointplan.chart;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Series the chart tests and the sandbox draw. */
final class ChartSamples {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

    private ChartSamples() {
    }

    /** "Jan 2024", "Feb 2024", … */
    static List<String> months(int year, int month, int count) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            labels.add(YearMonth.of(year, month).plusMonths(i).format(MONTH).replace("Sept", "Sep"));
        }
        return labels;
    }

    /** The 2024/25 plan's measure, real values from domain.md: % of new EHC plans issued within 20 weeks. */
    static ChartSeries ehcPlans() {
        return ChartSeries.of("% of new EHC plans issued within 20 weeks", "%", 1, months(2024, 1, 7),
                List.of(28.8, 36.1, 29.7, 41.3, 39.8, 42.7, 36.6)).withTarget(40);
    }

    /**
     * Thirty months: seventeen around 48 whose last seven sit above the mean (a shift), then a service change and
     * thirteen around 62 after a rebase. Higher is better; the target is 60.
     */
    static ChartSeries shiftAndRebase() {
        double[] v = {46, 49, 45, 48, 47, 50, 44, 48, 46, 47, 52, 53, 51, 54, 52, 55, 53,
            60, 63, 61, 64, 59, 62, 65, 61, 63, 60, 64, 62, 63};
        List<Double> values = new ArrayList<>();
        for (double d : v) {
            values.add(d);
        }
        return ChartSeries.of("Annual reviews completed in timescale", "%", 0, months(2022, 4, 30), values)
                .withTarget(60).withRebaseAt(Set.of(17));
    }

    static List<Double> list(Double... values) {
        return java.util.Arrays.asList(values);
    }
}

package org.jointplan.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * The value axis: round tick values (1, 2 or 5 times a power of ten apart) that cover the data, no closer together
 * than a minimum distance on screen. A flat series gets room above and below it.
 */
record NiceScale(double min, double max, double step, List<Double> ticks) {

    /**
     * @param low, high the range of the data
     * @param length    the axis length in layout units
     * @param minGap    the least distance between two ticks
     */
    static NiceScale of(double low, double high, double length, double minGap) {
        if (high - low <= Math.abs(high) * 1e-12) {
            double pad = low == 0 ? 1 : Math.abs(low) * 0.1;
            low -= pad;
            high += pad;
        }
        int wanted = (int) Math.max(2, Math.min(8, Math.floor(length / (minGap * 1.4))));
        double step = nice((high - low) / wanted);
        while (true) {
            double first = Math.floor(low / step) * step;
            double last = Math.ceil(high / step) * step;
            long count = Math.round((last - first) / step);
            if (count <= 1 || length / count >= minGap || !Double.isFinite(step * 10)) {
                List<Double> ticks = new ArrayList<>();
                for (long i = 0; i <= count; i++) {
                    ticks.add(first + i * step);
                }
                return new NiceScale(first, last, step, List.copyOf(ticks));
            }
            if (count == 2) { // either side of zero: a wider step gives two steps again, so leave out the middle
                return new NiceScale(first, last, step, length >= minGap ? List.of(first, last) : List.of(first));
            }
            step = nice(step * 1.01);
        }
    }

    /** The least 1, 2 or 5 × 10^n that is at least x. */
    static double nice(double x) {
        double power = Math.pow(10, Math.floor(Math.log10(x)));
        double f = x / power;
        double n = f <= 1 + 1e-9 ? 1 : f <= 2 + 1e-9 ? 2 : f <= 5 + 1e-9 ? 5 : 10;
        return n * power;
    }
}

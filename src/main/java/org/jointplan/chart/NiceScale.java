package org.jointplan.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * The value axis: the data's range with 5% room above and below (so no point sits on the axis, as ggplot2 and so
 * the Making Data Count charts do), and round ticks inside it, 1, 2 or 5 times a power of ten apart and no closer on
 * screen than a minimum gap. A flat series gets room above and below it; a series shown without decimals gets no
 * ticks between whole numbers.
 */
record NiceScale(double min, double max, double step, List<Double> ticks) {
    private static final double ROOM = 0.05;

    /**
     * @param low, high the range of the data
     * @param length    the axis length in layout units
     * @param minGap    the least distance between two ticks
     * @param minStep   the least step between ticks (1 for whole numbers)
     */
    static NiceScale of(double low, double high, double length, double minGap, double minStep) {
        if (high - low <= Math.abs(high) * 1e-12) {
            double pad = low == 0 ? Math.max(1, minStep) : Math.abs(low) * 0.1;
            low -= pad;
            high += pad;
        }
        double lo = low - (high - low) * ROOM;
        double hi = high + (high - low) * ROOM;
        int wanted = (int) Math.max(2, Math.min(8, Math.floor(length / (minGap * 1.4))));
        double step = Math.max(nice((hi - lo) / wanted), nice(minStep));
        for (int guard = 0; guard < 100; guard++) {
            List<Double> ticks = multiples(step, lo, hi);
            if (ticks.size() < 2) { // fewer than two ticks inside: widen the axis to the ticks around the data
                double first = Math.floor(lo / step) * step;
                double last = Math.ceil(hi / step) * step;
                List<Double> outer = multiples(step, first, last);
                if (length / (outer.size() - 1) < minGap) {
                    outer = length < minGap ? List.of(first) : List.of(first, last);
                }
                return new NiceScale(first, last, step, outer);
            }
            if (step / (hi - lo) * length >= minGap) {
                return new NiceScale(lo, hi, step, ticks);
            }
            step = nice(step * 1.01);
        }
        return new NiceScale(lo, hi, step, List.of());
    }

    private static List<Double> multiples(double step, double from, double to) {
        List<Double> ticks = new ArrayList<>();
        double e = step * 1e-9;
        for (double k = Math.ceil((from - e) / step); k * step <= to + e; k++) {
            ticks.add(k * step == 0 ? 0.0 : k * step);
        }
        return ticks;
    }

    /** The least 1, 2 or 5 × 10^n that is at least x. */
    static double nice(double x) {
        double power = Math.pow(10, Math.floor(Math.log10(x)));
        double f = x / power;
        double n = f <= 1 + 1e-9 ? 1 : f <= 2 + 1e-9 ? 2 : f <= 5 + 1e-9 ? 5 : 10;
        return n * power;
    }
}

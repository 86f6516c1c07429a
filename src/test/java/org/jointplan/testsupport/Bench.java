package org.jointplan.testsupport;

import java.util.Arrays;
import java.util.Locale;

/** Prints benchmark figures as one line each: BENCH name value unit [baseline=b ratio=r]. */
public final class Bench {
    private Bench() {
    }

    public static void report(String name, double value, String unit) {
        System.out.println(String.format(Locale.ROOT, "BENCH %s %.3f %s", name, value, unit));
    }

    public static void report(String name, double value, String unit, double baseline) {
        System.out.println(String.format(Locale.ROOT, "BENCH %s %.3f %s baseline=%.3f ratio=%.2f", name, value, unit,
                baseline, value / baseline));
    }

    /** Median of timings in nanoseconds, as milliseconds. */
    public static double medianMillis(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1_000_000.0;
    }

    public static double usedHeapMb() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return (rt.totalMemory() - rt.freeMemory()) / (1024.0 * 1024.0);
    }
}

package org.jointplan.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jointplan.domain.spc.Improvement;
import org.jointplan.domain.spc.SpcResult;
import org.jointplan.domain.spc.XmrChart;
import org.jointplan.testsupport.Bench;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** SPC of a 10,000-point series with a shift and a rebase (target ≤ 10 ms). */
@Tag("bench")
class SpcBench {

    @Test
    void spc10k() {
        Random random = new Random(14);
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            values.add(50 + random.nextGaussian() * 5 + (i > 6_000 ? 8 : 0));
        }
        long[] times = new long[15];
        int special = 0;
        for (int run = -30; run < times.length; run++) {
            long t0 = System.nanoTime();
            SpcResult result = XmrChart.of(values, Set.of(8_000), Improvement.INCREASE, 55.0);
            long elapsed = System.nanoTime() - t0;
            special = (int) result.points().stream().filter(p -> p.cause() != null).count();
            if (run >= 0) {
                times[run] = elapsed;
            }
        }
        if (special == 0) {
            throw new AssertionError("a shifted series shows special causes");
        }
        Bench.report("measure.spc10k", Bench.medianMillis(times), "ms");
    }
}

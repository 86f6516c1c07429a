package org.jointplan.bench;

import java.nio.file.Path;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.ReportPosition;
import org.jointplan.service.SheetExports;
import org.jointplan.testsupport.Bench;
import org.jointplan.testsupport.PlanGenerator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spreadsheet export (issue 16): a 10,000-action plan's tracker built from its position and written to a file, as
 * export-sheet and File > Export spreadsheet… do. Run with mvn -Pbench verify -Dtest=SheetExportBench. Target:
 * sheet.export10k (the .xlsx) within 2 s.
 */
@Tag("bench")
class SheetExportBench {
    private static final int RUNS = 5;
    private static final int WARM_UP = 2;

    @TempDir
    Path dir;

    @Test
    void tenThousandActions() {
        PlanData plan = PlanGenerator.plan(10_000, 47);
        ReportPosition position = ReportPosition.of(plan, plan.plan().period().end());
        Path xlsx = dir.resolve("big.xlsx");
        long t0 = System.nanoTime();
        SheetExports.write(position, false, xlsx);
        Bench.report("sheet.export10k.first", (System.nanoTime() - t0) / 1e6, "ms");
        Bench.report("sheet.export10k", median(position, false, xlsx), "ms", 2000.0);
        Bench.report("sheet.export10k.size", xlsx.toFile().length() / 1e6, "MB");
        Bench.report("sheet.export10k.perPriority", median(position, true, dir.resolve("sheets.xlsx")), "ms",
                2000.0);
        Bench.report("sheet.export10k.csv", median(position, false, dir.resolve("big.csv")), "ms", 2000.0);
    }

    private static double median(ReportPosition position, boolean perPriority, Path out) {
        long[] times = new long[RUNS];
        for (int i = -WARM_UP; i < RUNS; i++) {
            long t0 = System.nanoTime();
            SheetExports.write(position, perPriority, out);
            long elapsed = System.nanoTime() - t0;
            if (i >= 0) {
                times[i] = elapsed;
            }
        }
        return Bench.medianMillis(times);
    }
}

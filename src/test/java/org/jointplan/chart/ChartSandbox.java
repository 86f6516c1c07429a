package org.jointplan.chart;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.jointplan.domain.spc.Improvement;

/**
 * Writes the sample charts as PNG (900 x 450 in the window's type, 1600 x 900 in the presentation's) and SVG into a
 * folder (target/chart-sandbox by default), to look at them as a committee member would.
 */
public final class ChartSandbox {
    private ChartSandbox() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/chart-sandbox");
        Files.createDirectories(dir);
        ChartSeries nst = ChartSeries.of("Average wait for a neurodevelopmental (NST) assessment", "weeks", 0,
                ChartSamples.months(2023, 7, 18), ChartSamples.list(62.0, null, null, null, null, 68.0, null, null,
                        null, null, null, null, 54.0, null, null, null, null, null))
                .withTrajectory(ChartSamples.list(null, null, null, null, null, null, null, null, null, null, null,
                        null, 59.0, 57.0, 55.0, 53.0, 52.0, 50.0))
                .withImprovement(Improvement.DECREASE);
        ChartSeries small = ChartSeries.of("Children placed out of area", "children", 0,
                ChartSamples.months(2024, 1, 9), List.of(8.0, 6.0, 3.0, 7.0, 4.0, 2.0, 5.0, 9.0, 6.0))
                .withSuppressBelow(5.0).withImprovement(Improvement.DECREASE);
        ChartSeries empty = ChartSeries.of("Annual reviews completed in timescale", "%", 1,
                ChartSamples.months(2024, 4, 12), Collections.nCopies(12, null)).withTarget(80);
        write(dir, "ehc", ChartSamples.ehcPlans());
        write(dir, "reviews", ChartSamples.shiftAndRebase());
        write(dir, "nst", nst);
        write(dir, "small", small);
        write(dir, "empty", empty);
        System.out.println("Charts written to " + dir.toAbsolutePath());
    }

    private static void write(Path dir, String name, ChartSeries s) throws Exception {
        for (ChartMode mode : ChartMode.values()) {
            String base = name + "-" + mode.name().toLowerCase(java.util.Locale.ROOT);
            ChartFiles.write(MeasureChart.layout(s, mode, 900, 450, TypeScale.WINDOW), dir.resolve(base + "-900.png"),
                    1);
            ChartFiles.write(MeasureChart.layout(s, mode, 1600, 900, TypeScale.PRESENTATION),
                    dir.resolve(base + "-1600.png"), 1);
            ChartFiles.write(MeasureChart.layout(s, mode, 900, 450, TypeScale.WINDOW), dir.resolve(base + ".svg"), 1);
        }
    }
}

package org.jointplan.bench;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jointplan.testsupport.AppProcess;
import org.jointplan.testsupport.Bench;
import org.jointplan.testsupport.PackagedApp;
import org.jointplan.testsupport.VirtualDisplay;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Resident memory (VmRSS) of the packaged application idling with the 2024/25 plan open, as shipped and with the
 * JVM's default options (the "before" of the launcher's tuning), and of the bare JavaFX window for scale.
 */
@Tag("bench")
class MemoryBench {
    private static final int RUNS = 3;
    private static final long IDLE_MILLIS = 15_000;

    @TempDir
    Path dir;

    private int started;

    @Test
    void residentMemoryIdlingWithThePlanOpen() throws Exception {
        Optional<PackagedApp> found = PackagedApp.find();
        if (found.isEmpty()) {
            System.out.println("MemoryBench skipped: " + PackagedApp.MISSING);
        }
        assumeTrue(found.isPresent(), PackagedApp.MISSING);
        PackagedApp app = found.get();
        Optional<VirtualDisplay> xvfb = VirtualDisplay.start();
        if (xvfb.isEmpty()) {
            System.out.println("MemoryBench skipped: it needs Xvfb (apt-get install xvfb)");
        }
        assumeTrue(xvfb.isPresent(), "no Xvfb");
        try (VirtualDisplay x = xvfb.get()) {
            Path store = dir.resolve("plan.sqlite");
            List<String> untuned = app.javaOptions().stream().filter(o -> !isTuning(o)).toList();
            String bareClassPath = app.classPath() + java.io.File.pathSeparator
                    + Path.of("target/test-classes").toAbsolutePath();
            double[] shipped = new double[RUNS];
            double[] defaults = new double[RUNS];
            double[] bare = new double[RUNS];
            for (int run = 0; run < RUNS; run++) {
                shipped[run] = idle(x, List.of(app.launcher().toString()), store, true);
                defaults[run] = idle(x, java(app, untuned, app.classPath(), "org.jointplan.Main"), store, false);
                bare[run] = idle(x, java(app, untuned, bareClassPath, BareWindow.class.getName()), null, false);
            }
            System.out.println("memory: VmRSS " + IDLE_MILLIS / 1000 + " s after the first frame, Xvfb, "
                    + RUNS + " runs, median; launcher options " + app.javaOptions());
            Bench.report("memory.idle", median(shipped), "MB");
            Bench.report("memory.idle.jvm-defaults", median(defaults), "MB");
            Bench.report("memory.idle.bare-window", median(bare), "MB");
        }
    }

    /** The launcher's heap, collector and compiler options (packaging/java-options.txt), which this measures. */
    private static boolean isTuning(String option) {
        return option.startsWith("-Xm") || option.equals("-XX:+UseSerialGC")
                || option.startsWith("-XX:TieredStopAtLevel");
    }

    private static List<String> java(PackagedApp app, List<String> options, String classPath, String main) {
        List<String> command = new ArrayList<>();
        command.add(app.java().toString());
        command.addAll(options);
        command.add("-Djointplan.reportFirstFrame=stay");
        command.add("-cp");
        command.add(classPath);
        command.add(main);
        return command;
    }

    private double idle(VirtualDisplay display, List<String> command, Path store, boolean launcher) throws Exception {
        int n = started++;
        Map<String, String> env = new HashMap<>(Map.of("DISPLAY", display.name(),
                "XDG_DATA_HOME", dir.resolve("data" + n).toString()));
        if (store != null) {
            env.put("JOINTPLAN_STORE", store.toString());
        }
        if (launcher) {
            env.put("JAVA_TOOL_OPTIONS", "-Djointplan.reportFirstFrame=stay");
        }
        Path errors = dir.resolve("stderr" + n + ".txt");
        try (AppProcess process = AppProcess.start(command, env, errors)) {
            process.millisToFirstFrame(errors);
            Thread.sleep(IDLE_MILLIS);
            return process.residentMb();
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}

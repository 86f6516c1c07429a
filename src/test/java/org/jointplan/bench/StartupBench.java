package org.jointplan.bench;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
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
 * Cold start of the packaged application to the first rendered frame of the main window with the 2024/25 plan,
 * against a bare JavaFX window showing one label, each in a fresh process on the same Xvfb display, started in
 * turn so that both meet the same machine load; the median of several runs. Needs the app-image (mvn -Ppackage
 * package) and Xvfb; skips with a message otherwise.
 */
@Tag("bench")
class StartupBench {
    private static final int RUNS = 11;

    @TempDir
    Path dir;

    private PackagedApp app;
    private String display;
    private int started;

    @Test
    void coldStartAgainstABareJavaFxWindow() throws Exception {
        Optional<PackagedApp> found = PackagedApp.find();
        if (found.isEmpty()) {
            System.out.println("StartupBench skipped: " + PackagedApp.MISSING);
        }
        assumeTrue(found.isPresent(), PackagedApp.MISSING);
        app = found.get();
        Optional<VirtualDisplay> xvfb = VirtualDisplay.start();
        if (xvfb.isEmpty()) {
            System.out.println("StartupBench skipped: it needs Xvfb (apt-get install xvfb)");
        }
        assumeTrue(xvfb.isPresent(), "no Xvfb");
        try (VirtualDisplay x = xvfb.get()) {
            display = x.name();
            measure();
        }
    }

    private void measure() throws Exception {
        Path existing = dir.resolve("existing.sqlite");
        List<String> noCache = app.javaOptionsWithoutAotCache();
        String bareClassPath = app.classPath() + java.io.File.pathSeparator + Path.of("target/test-classes")
                .toAbsolutePath();
        long[] appShipped = new long[RUNS];
        long[] appExisting = new long[RUNS];
        long[] appNoCache = new long[RUNS];
        long[] barePlain = new long[RUNS];
        long[] bareNoCache = new long[RUNS];
        for (int run = -1; run < RUNS; run++) { // run -1 warms the file cache and makes the existing store
            long a = launcher(dir.resolve("fresh" + run + ".sqlite"));
            long b = java(List.of(), bareClassPath, BareWindow.class.getName(), null);
            long c = launcher(existing);
            long d = java(noCache, app.classPath(), "org.jointplan.Main", dir.resolve("plain" + run + ".sqlite"));
            long e = java(noCache, bareClassPath, BareWindow.class.getName(), null);
            if (run >= 0) {
                appShipped[run] = a;
                barePlain[run] = b;
                appExisting[run] = c;
                appNoCache[run] = d;
                bareNoCache[run] = e;
            }
        }
        System.out.println("startup: Xvfb " + display + ", Prism's default pipeline (software under Xvfb), "
                + RUNS + " runs each, median; app-image " + app.launcher() + (app.hasAotCache()
                ? " with its AOT cache" : " WITHOUT an AOT cache") + "; time from process creation"
                + " to the first pulse after the plan is shown (fresh store in a temporary folder)");
        System.out.println("  baseline: a bare JavaFX window with one label, same jlink runtime and class path");
        double plain = median(barePlain);
        Bench.report("startup.cold", median(appShipped), "ms", plain);
        Bench.report("startup.cold.existing-store", median(appExisting), "ms", plain);
        Bench.report("startup.cold.vs-bare-same-options", median(appShipped), "ms", median(bareNoCache));
        Bench.report("startup.cold.no-aot-cache", median(appNoCache), "ms", median(bareNoCache));
        System.out.println("  startup.cold: packaged app as shipped against the bare window started plainly (java -cp,"
                + " the runtime's default CDS); vs-bare-same-options: against the bare window with the launcher's"
                + " heap, collector and compiler options; no-aot-cache: the app with those options, no AOT cache");
    }

    /** The app-image's launcher, as a user starts it; the store is chosen as a double-click would (environment). */
    private long launcher(Path store) throws Exception {
        return time(List.of(app.launcher().toString()), store, "-Djointplan.reportFirstFrame=true");
    }

    private long java(List<String> options, String classPath, String mainClass, Path store) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(app.java().toString());
        command.addAll(options);
        command.add("-Djointplan.reportFirstFrame=true");
        command.add("-cp");
        command.add(classPath);
        command.add(mainClass);
        return time(command, store, null);
    }

    private long time(List<String> command, Path store, String toolOptions) throws Exception {
        int n = started++;
        Map<String, String> env = new java.util.HashMap<>(Map.of("DISPLAY", display,
                "XDG_DATA_HOME", dir.resolve("data" + n).toString()));
        if (store != null) {
            env.put("JOINTPLAN_STORE", store.toString());
        }
        if (toolOptions != null) {
            env.put("JAVA_TOOL_OPTIONS", toolOptions);
        }
        Path errors = dir.resolve("stderr" + n + ".txt");
        try (AppProcess process = AppProcess.start(command, env, errors)) {
            return process.millisToFirstFrame(errors);
        }
    }

    static double median(long[] millis) {
        long[] sorted = millis.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}

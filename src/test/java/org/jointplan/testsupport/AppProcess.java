package org.jointplan.testsupport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One start of the application (or of the baseline window) in a fresh process, timed from just before the process
 * is created to the first-frame line it prints: "JOINTPLAN_FIRST_FRAME … epoch_ms=N".
 */
public final class AppProcess implements AutoCloseable {
    private static final Pattern FIRST_FRAME = Pattern.compile("JOINTPLAN_FIRST_FRAME .*epoch_ms=(\\d+)");

    private final Process process;
    private final long startedMillis;
    private final CompletableFuture<Long> firstFrame = new CompletableFuture<>();

    private AppProcess(Process process, long startedMillis) {
        this.process = process;
        this.startedMillis = startedMillis;
        Thread reader = new Thread(this::read, "app-output");
        reader.setDaemon(true);
        reader.start();
    }

    public static AppProcess start(List<String> command, Map<String, String> environment, Path errors)
            throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(errors.toFile());
        builder.environment().putAll(environment);
        long started = System.currentTimeMillis();
        return new AppProcess(builder.start(), started);
    }

    private void read() {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                Matcher m = FIRST_FRAME.matcher(line);
                if (m.find()) {
                    firstFrame.complete(Long.parseLong(m.group(1)));
                }
            }
        } catch (IOException e) {
            firstFrame.completeExceptionally(e);
        }
        firstFrame.completeExceptionally(new IllegalStateException("the process ended without a first frame"));
    }

    /** Milliseconds from process creation to the first frame. */
    public long millisToFirstFrame(Path errors) throws Exception {
        try {
            return firstFrame.get(90, TimeUnit.SECONDS) - startedMillis;
        } catch (Exception e) {
            throw new AssertionError("no first frame: " + Files.readString(errors), e);
        }
    }

    public long pid() {
        return process.pid();
    }

    /** Resident memory (VmRSS) in MB, from /proc. */
    public double residentMb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
            }
        }
        throw new IllegalStateException("no VmRSS for " + process.pid());
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        }
    }
}

package org.jointplan.testsupport;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** A private X display for benchmarks of the real application: an Xvfb server of our own, stopped on close. */
public final class VirtualDisplay implements AutoCloseable {
    private final Process server;
    private final String name;

    private VirtualDisplay(Process server, String name) {
        this.server = server;
        this.name = name;
    }

    /** Starts Xvfb on a free display number; empty when Xvfb is not installed or does not start. */
    public static Optional<VirtualDisplay> start() throws InterruptedException {
        if (!onPath("Xvfb")) {
            return Optional.empty();
        }
        for (int number = 91; number < 120; number++) {
            if (Files.exists(Path.of("/tmp/.X11-unix/X" + number)) || Files.exists(Path.of("/tmp/.X" + number
                    + "-lock"))) {
                continue;
            }
            try {
                Process server = new ProcessBuilder("Xvfb", ":" + number, "-screen", "0", "1920x1080x24",
                        "-nolisten", "tcp").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start();
                Path socket = Path.of("/tmp/.X11-unix/X" + number);
                for (int i = 0; i < 100 && server.isAlive() && !Files.exists(socket); i++) {
                    Thread.sleep(50);
                }
                if (server.isAlive() && Files.exists(socket)) {
                    return Optional.of(new VirtualDisplay(server, ":" + number));
                }
                server.destroy();
            } catch (java.io.IOException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    public String name() {
        return name;
    }

    @Override
    public void close() throws InterruptedException {
        server.destroy();
        if (!server.waitFor(5, TimeUnit.SECONDS)) {
            server.destroyForcibly();
        }
    }

    static boolean onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}

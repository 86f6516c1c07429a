package org.jointplan.ui;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * For the start-up benchmark and the smoke test: with -Djointplan.reportFirstFrame=true (or =stay), prints one line
 * at the first pulse after the plan is shown, "JOINTPLAN_FIRST_FRAME uptime_ms=… epoch_ms=…", where uptime is the
 * time since the process started; "true" then quits, "stay" keeps the window open.
 */
final class FirstFrameProbe {
    static final String PROPERTY = "jointplan.reportFirstFrame";
    private static final AtomicBoolean REPORTED = new AtomicBoolean();

    private FirstFrameProbe() {
    }

    static void armIfAsked(Scene scene) {
        String mode = System.getProperty(PROPERTY, "");
        if (!mode.equals("true") && !mode.equals("stay")) {
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            if (REPORTED.compareAndSet(false, true)) {
                System.out.println(line(System.currentTimeMillis()));
                System.out.flush();
                if (mode.equals("true")) {
                    Platform.exit();
                }
            }
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    static String line(long now) {
        long started = ProcessHandle.current().info().startInstant().map(i -> i.toEpochMilli()).orElse(now);
        return String.format(Locale.ROOT, "JOINTPLAN_FIRST_FRAME uptime_ms=%d epoch_ms=%d", now - started, now);
    }
}

package org.jointplan.launch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jointplan.service.AppInfo;
import org.jointplan.service.LaunchRequest;
import org.jointplan.service.StoreLocation;
import org.jointplan.service.Workspace;
import org.jointplan.ui.JointPlanApp;
import org.jointplan.ui.LaterStarts;

/**
 * Starts the window for a launch request: first makes sure this is the only window on the store (else hands the
 * request to the one open and returns), then starts the log file and the JavaFX application.
 */
public final class WindowLauncher {
    /** How long a second start waits for the open window to take its request: longer than a slow first start. */
    static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final Logger LOG = Logger.getLogger(WindowLauncher.class.getName());

    private WindowLauncher() {
    }

    public static void launch(LaunchRequest request) {
        Path data = StoreLocation.dataFolder();
        HandOff handOff = new HandOff(request.planPackage());
        SingleInstance.Claim claim = SingleInstance.claim(data.resolve("instances"), request.store(), handOff,
                PATIENCE);
        if (claim.outcome() == SingleInstance.Outcome.HANDED_OVER) {
            System.out.println(handedOverMessage(request));
            return;
        }
        if (claim.outcome() == SingleInstance.Outcome.NOT_ANSWERING) {
            // go on: the window says plainly that the store is open elsewhere, which the user can see
            System.err.println("JointPlan is already open on this plan store but did not answer.");
        }
        Optional<AppLog> log = claim.outcome() == SingleInstance.Outcome.NOT_ANSWERING ? Optional.empty()
                : AppLog.install(data.resolve("logs"));
        Thread.setDefaultUncaughtExceptionHandler((thread, e) ->
                LOG.log(Level.SEVERE, "Unexpected error on the thread " + thread.getName(), e));
        // the store opens (and a new one is seeded) while JavaFX starts, and the first log line is written there too:
        // formatting it is slow enough on a cold JVM to show in the start-up time
        FutureTask<Workspace> opening = new FutureTask<>(() -> {
            LOG.info(AppInfo.NAME + " " + AppInfo.version() + " starting: Java " + System.getProperty("java.version")
                    + " on " + System.getProperty("os.name") + " " + System.getProperty("os.arch") + "; plan store "
                    + request.store() + request.planPackage().map(p -> "; plan package " + p).orElse(""));
            return Workspace.open(request.store());
        });
        Thread opener = new Thread(opening, "jointplan-open-store");
        opener.setDaemon(true);
        opener.start();
        try {
            JointPlanApp.launchWindow(request, laterStarts(claim.owner()), log.map(AppLog::folder).orElse(null),
                    opening);
        } finally {
            LOG.info(AppInfo.NAME + " closed");
            log.ifPresent(AppLog::close);
        }
    }

    /** The window hears of later starts through the instance this start owns (none if it did not claim one). */
    private static LaterStarts laterStarts(InstanceOwner owner) {
        if (owner == null) {
            return null;
        }
        return new LaterStarts() {
            @Override
            public void listen(Consumer<Optional<Path>> onStart) {
                owner.listen(handOff -> onStart.accept(handOff.planPackage()));
            }

            @Override
            public void close() {
                owner.close();
            }
        };
    }

    static String handedOverMessage(LaunchRequest request) {
        return request.planPackage()
                .map(p -> "JointPlan is already open on this plan store: the plan package " + p
                        + " was handed to its window.")
                .orElse("JointPlan is already open on this plan store: its window was brought to the front.");
    }
}

package org.jointplan.service;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The single background thread that talks to the store. Results go back through {@code handBack} (the UI passes
 * Platform::runLater), so the service does not depend on JavaFX.
 */
public final class BackgroundTaskRunner implements TaskRunner {
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "jointplan-store");
        thread.setDaemon(true);
        return thread;
    });
    private final Consumer<Runnable> handBack;

    public BackgroundTaskRunner(Consumer<Runnable> handBack) {
        this.handBack = handBack;
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onFailure) {
        executor.execute(() -> {
            try {
                T result = work.call();
                handBack.accept(() -> onDone.accept(result));
            } catch (Exception | Error e) {
                handBack.accept(() -> onFailure.accept(e));
            }
        });
    }

    /** Lets queued work finish (every edit is saved), then stops the thread. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

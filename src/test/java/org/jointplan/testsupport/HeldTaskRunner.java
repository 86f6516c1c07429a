package org.jointplan.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jointplan.service.TaskRunner;

/**
 * A store thread that can be held: while held, work queues up as it would behind a slow save, and runs in order on
 * its own thread once released. Lets a test make two edits before either is saved, or change a control after an
 * edit was handed over and before it runs.
 */
public final class HeldTaskRunner implements TaskRunner {
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> new Thread(r, "held-store"));
    private final Consumer<Runnable> handBack;
    private final List<Runnable> held = new ArrayList<>();
    private boolean holding;

    /** @param handBack how results go back to the UI thread: Platform::runLater */
    public HeldTaskRunner(Consumer<Runnable> handBack) {
        this.handBack = handBack;
    }

    public synchronized void hold() {
        holding = true;
    }

    public synchronized void release() {
        holding = false;
        held.forEach(thread::execute);
        held.clear();
    }

    public synchronized int waiting() {
        return held.size();
    }

    @Override
    public synchronized <T> void run(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onFailure) {
        Runnable job = () -> {
            try {
                T result = work.call();
                handBack.accept(() -> onDone.accept(result));
            } catch (Exception | Error e) {
                handBack.accept(() -> onFailure.accept(e));
            }
        };
        if (holding) {
            held.add(job);
        } else {
            thread.execute(job);
        }
    }

    @Override
    public void close() {
        release();
        thread.shutdown();
        try {
            thread.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

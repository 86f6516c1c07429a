package org.jointplan.service;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs store and file work away from the UI thread and hands the result back on it. The application uses a single
 * background thread (so store calls never race); tests use an inline runner.
 */
public interface TaskRunner extends AutoCloseable {

    <T> void run(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onFailure);

    @Override
    void close();
}

package org.jointplan.chart.slides;

import java.util.function.Supplier;

/** A value worked out the first time it is asked for, then kept (safe to ask from more than one thread). */
final class Once<T> implements Supplier<T> {
    private Supplier<T> work;
    private T value;

    Once(Supplier<T> work) {
        this.work = work;
    }

    @Override
    public synchronized T get() {
        if (work != null) {
            value = work.get();
            work = null;
        }
        return value;
    }
}

package org.jointplan.ui;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Later starts of JointPlan on the store this window has open: each brings the window to the front, and may hand it
 * a plan package to open. The launcher provides it; the window knows nothing of how starts find each other.
 */
public interface LaterStarts {
    /** Calls {@code onStart} (on any thread) with each later start's plan package, if it has one. */
    void listen(Consumer<Optional<Path>> onStart);

    /** Stops listening: the window is closing. */
    void close();
}

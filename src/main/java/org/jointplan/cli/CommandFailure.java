package org.jointplan.cli;

/** A command that cannot do what was asked, for a reason the user can fix: its message is the one plain sentence. */
public final class CommandFailure extends RuntimeException {
    CommandFailure(String message) {
        super(message);
    }

    CommandFailure(String message, Throwable cause) {
        super(message, cause);
    }
}

package org.jointplan.cli;

/** A command refused what it was asked: its message is the one plain sentence to print, exit code 1. */
final class CommandFailure extends RuntimeException {
    CommandFailure(String message) {
        super(message);
    }
}

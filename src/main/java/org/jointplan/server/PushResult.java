package org.jointplan.server;

/**
 * What a push came to. Not a failure when the server has moved on: the caller pulls, merges and pushes again.
 */
public sealed interface PushResult {
    /** Saved as one transaction: the plan is now at {@code revision}, stamped as {@code member}. */
    record Pushed(long revision, Member member, int saved, int removed) implements PushResult {
    }

    /** Someone pushed since {@code basedOn}: nothing was changed; the server's plan is at {@code revision}. */
    record ServerMovedOn(long basedOn, long revision) implements PushResult {
    }
}

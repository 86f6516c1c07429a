package org.jointplan.ui.sync;

import org.jointplan.service.SyncResult;

/** What a sync did, in one plain sentence for the window. */
final class SyncOutcomeText {
    private SyncOutcomeText() {
    }

    static String of(SyncResult result) {
        return switch (result.outcome()) {
            case PUBLISHED -> "The plan is now on the server (revision " + result.revision() + "); share it with"
                    + " other logins so that they can sync it too.";
            case FETCHED -> "The plan was fetched from the server (revision " + result.revision() + ").";
            case CONFLICTS_LEFT -> "Both sides changed the same things and these were not settled, so nothing"
                    + " changed on either side.";
            case SYNCED -> result.pushed() == 0 && result.pulled() == 0
                    ? "The plan was already the same as on the server (revision " + result.revision() + ")."
                    : "Sent " + changes(result.pushed()) + " to the server and took " + changes(result.pulled())
                            + " from it; the plan is at revision " + result.revision() + ".";
        };
    }

    private static String changes(int n) {
        return n == 1 ? "1 change" : n + " changes";
    }
}

package org.jointplan.service;

import java.util.List;
import java.util.UUID;
import org.jointplan.domain.Difference;

/**
 * What one plan's sync did.
 *
 * @param outcome   what happened
 * @param pushed    records saved or removed on the server by this sync
 * @param pulled    the server's changes taken into the local plan (for a fetch, every record of the plan)
 * @param revision  the server's revision of the plan now (the new base)
 * @param conflicts the conflicts met: settled (by the user or a policy) unless the outcome is {@link
 *                  Outcome#CONFLICTS_LEFT}, when nothing was changed on either side
 */
public record SyncResult(UUID planId, String title, Outcome outcome, int pushed, int pulled, long revision,
                         List<Difference> conflicts) {
    public enum Outcome {
        /** The plan was new to the server. */
        PUBLISHED,
        /** The plan was new to this store. */
        FETCHED,
        /** Changes were pulled, pushed, or both (or neither: already in step). */
        SYNCED,
        /** Conflicts were left unsettled (the policy "fail"): nothing changed on either side. */
        CONFLICTS_LEFT
    }

    public SyncResult {
        conflicts = List.copyOf(conflicts);
    }

    public boolean unsettled() {
        return outcome == Outcome.CONFLICTS_LEFT;
    }
}

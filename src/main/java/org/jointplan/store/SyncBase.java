package org.jointplan.store;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A plan this store follows on a partnership's server, as last synced: the base of the next sync's three-way merge.
 *
 * @param server   the server's address (jdbc:postgresql://…), never with a password
 * @param login    the server login that synced
 * @param revision the server's revision of the plan at that sync
 * @param snapshot the plan as the server held it at that revision, as JSON
 */
public record SyncBase(UUID planId, String server, String login, long revision, String snapshot,
                       Instant syncedAt) {
    public SyncBase {
        Objects.requireNonNull(planId);
        Objects.requireNonNull(server);
        Objects.requireNonNull(login);
        Objects.requireNonNull(snapshot);
        Objects.requireNonNull(syncedAt);
        if (revision < 1) {
            throw new IllegalArgumentException("A synced plan has a revision of 1 or more.");
        }
    }
}

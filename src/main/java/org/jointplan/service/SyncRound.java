package org.jointplan.service;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jointplan.domain.Difference;
import org.jointplan.domain.PlanData;
import org.jointplan.server.ServerPlan;
import org.jointplan.server.ServerStore;

/**
 * The first phase of syncing one plan (see {@link SyncService#prepare}): what the server holds, read at one moment,
 * and what pulling it would change in the local plan, before anything is changed on either side. The window shows
 * {@link #proposal()} in its review window; {@link SyncService#finish} then applies, pushes and records the base.
 */
public final class SyncRound {
    /** What the sync of this plan will be. */
    public enum Kind {
        /** The server lacks the plan: the local plan is published whole. */
        PUBLISH,
        /** This store lacks the plan: the server's plan is stored locally. */
        FETCH,
        /** Both have it: pull and merge the server's changes, then push the local ones. */
        MERGE
    }

    private final Kind kind;
    private final ServerStore server;
    private final UUID planId;
    private final PlanData local;
    private final PlanData base;
    private final long baseRevision;
    private final ServerPlan theirs;
    private final List<Difference> differences;
    private final List<String> warnings;

    SyncRound(Kind kind, ServerStore server, UUID planId, PlanData local, PlanData base, long baseRevision,
              ServerPlan theirs, List<Difference> differences, List<String> warnings) {
        this.kind = kind;
        this.server = server;
        this.planId = planId;
        this.local = local;
        this.base = base;
        this.baseRevision = baseRevision;
        this.theirs = theirs;
        this.differences = List.copyOf(differences);
        this.warnings = List.copyOf(warnings);
    }

    public Kind kind() {
        return kind;
    }

    public UUID planId() {
        return planId;
    }

    /** The plan's title: the local one, or the server's when fetching. */
    public String title() {
        return local != null ? local.plan().title() : theirs.plan().plan().title();
    }

    /** The server's revision at the last sync (0 when never synced). */
    public long baseRevision() {
        return baseRevision;
    }

    /** The server's revision of the plan as read (0 when the server lacks it). */
    public long serverRevision() {
        return theirs == null ? 0 : theirs.revision();
    }

    /**
     * The server's changes since the last sync, as a review window shows a partner's package (its sender is the
     * server), conflicts included; empty when there is nothing to pull (nothing changed on the server, a first
     * publish, or a fetch). Accepting a difference takes the server's value; leaving one out keeps yours, which the
     * push then sends to the server.
     */
    public Optional<MergeService.Proposal> proposal() {
        if (differences.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new MergeService.Proposal(null, null, "the server", local, base, differences, warnings,
                false));
    }

    /** What the user should know before taking the server's changes (a server restored from a backup, say). */
    public List<String> warnings() {
        return warnings;
    }

    /** Every difference pulling would bring, conflicts included (none for PUBLISH and FETCH). */
    public List<Difference> differences() {
        return differences;
    }

    /** The differences where both sides changed the same thing: settled by the user or a policy, never the clock. */
    public List<Difference> conflicts() {
        return differences.stream().filter(Difference::isConflict).toList();
    }

    ServerStore server() {
        return server;
    }

    PlanData local() {
        return local;
    }

    ServerPlan theirs() {
        return theirs;
    }
}

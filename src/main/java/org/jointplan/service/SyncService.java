package org.jointplan.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.jointplan.bundle.merge.Merge;
import org.jointplan.bundle.merge.ThreeWayDiff;
import org.jointplan.domain.AuditEntry;
import org.jointplan.domain.Difference;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.Stamped;
import org.jointplan.domain.ValidationException;
import org.jointplan.server.PushResult;
import org.jointplan.server.ServerException;
import org.jointplan.server.ServerPlan;
import org.jointplan.server.ServerStore;
import org.jointplan.store.Store;
import org.jointplan.store.SyncBase;

/**
 * Syncs one plan of the local store with a partnership's server (docs/server.md, "Sync"). The base is the plan as
 * the server held it at the last sync (table sync_state); mine is the local plan; theirs is the server's plan now.
 * The server's changes are merged three-way (a conflict is settled by the user or a policy, never by the clock),
 * applied locally as one undoable change, and the local changes since the server's plan are pushed as one server
 * transaction based on its revision; when the server has moved on meanwhile, the round is done again (a few
 * times). Only once the push has committed is the new base recorded, in the same local transaction as the merged
 * changes, so a dropped connection or a killed laptop leaves the old base and the next sync completes the work.
 *
 * <p>Two phases, so that the window can show the server's changes before taking them: {@link #prepare} (reads,
 * changes nothing) and {@link #finish} (applies, pushes, records). The command line runs both with a {@link
 * MergeService.ConflictPolicy} ({@link #sync}). An action's private notes never go to the server, and the
 * server's copy never changes them. Not thread-safe: call it from the one background thread.
 */
public final class SyncService {
    /** Rounds tried when other laptops keep pushing between this one's pull and push. */
    static final int ATTEMPTS = 20;

    private final Store store;
    private final LocalUser user;
    private final PlanSession open;

    /** For the command line: changes are saved through a session of their own. */
    public SyncService(Store store, LocalUser user) {
        this.store = store;
        this.user = user;
        this.open = null;
    }

    /** For the window: the open plan's changes go through its session, so that Undo takes a sync back. */
    public SyncService(PlanSession open) {
        this.store = open.store();
        this.user = open.user();
        this.open = open;
    }

    /**
     * Reads the plan's state on both sides and what pulling would change; changes nothing.
     *
     * @throws ServerException when the server cannot be read, the plan is on neither side, or the plan follows
     *                         another server
     */
    public SyncRound prepare(ServerStore server, UUID planId) {
        Optional<PlanData> local = localPlan(planId);
        Optional<SyncBase> base = store.syncBase(planId);
        base.filter(b -> !b.server().equals(server.login().url())).ifPresent(b -> {
            throw new ServerException("This plan is synced with another server (" + b.server() + "), so it was"
                    + " not synced with this one.");
        });
        Optional<ServerPlan> theirs = load(server, planId);
        if (local.isEmpty()) {
            ServerPlan fetched = theirs.orElseThrow(() -> new ServerException("There is no plan with the id "
                    + planId + " in this store, nor on the server for this login; check the id, or ask a member of"
                    + " the plan to share it with your login."));
            return new SyncRound(SyncRound.Kind.FETCH, server, planId, null, null, 0, fetched, List.of(), List.of());
        }
        if (theirs.isEmpty()) {
            return new SyncRound(SyncRound.Kind.PUBLISH, server, planId, local.get(), null,
                    base.map(SyncBase::revision).orElse(0L), null, List.of(), List.of());
        }
        PlanData mine = local.get();
        long revision = theirs.get().revision();
        long baseRevision = base.map(SyncBase::revision).orElse(0L);
        // No common ancestor: a copy this store held before it ever synced (a package, the shipped sample), or a
        // server behind this laptop's base because it was restored from a backup. Every difference is then a
        // conflict to settle rather than a change of one side's taken on a guess; identical values merge.
        boolean neverSynced = base.isEmpty();
        boolean restored = revision < baseRevision;
        PlanData basePlan = neverSynced || restored ? null
                : PrivateNotes.keptFrom(mine, Snapshots.plan(base.get().snapshot()));
        List<Difference> differences = revision == baseRevision ? List.of()
                : ThreeWayDiff.compare(basePlan, mine, PrivateNotes.keptFrom(mine, theirs.get().plan()));
        List<String> warnings = neverSynced ? List.of("This store's copy of the plan was never synced with the"
                + " server, so there is no common base: every difference from the server's copy is shown as a"
                + " conflict to settle.")
                : restored ? List.of("The server's copy of the plan is older than the one this store last synced"
                + " (the server may have been restored from a backup), so every difference is shown as a conflict"
                + " to settle.") : List.of();
        return new SyncRound(SyncRound.Kind.MERGE, server, planId, mine, basePlan, baseRevision,
                theirs.get(), differences, warnings);
    }

    /**
     * Takes the accepted differences of the round (accepting takes the server's value; leaving one out keeps
     * yours, and the push sends it), pushes the local changes, and records the new base. When the server or the
     * local plan has moved on since {@link #prepare}, the round is read again: differences the user saw keep their
     * answer, new ones merge by themselves unless they conflict, when {@code accepted} decides.
     */
    public SyncResult finish(SyncRound round, Predicate<Difference> accepted) {
        return finish(round, accepted, false, () -> { });
    }

    /** Both phases for the command line: conflicts settled by the policy; FAIL changes nothing when there are any. */
    public SyncResult sync(ServerStore server, UUID planId, MergeService.ConflictPolicy policy) {
        // no one to ask: wait for the plan's turn, then go; the turn is given back once the push is done
        try (ServerStore.Turn turn = server.turn(planId)) {
            SyncRound round = prepare(server, planId);
            boolean failOnConflict = policy == MergeService.ConflictPolicy.FAIL;
            if (failOnConflict && !round.conflicts().isEmpty()) {
                return unsettled(round);
            }
            return finish(round, policy.accepts(), failOnConflict, turn::close);
        }
    }

    /** The server's plan; a row another tool wrote that breaks a rule of the records is refused plainly. */
    private static Optional<ServerPlan> load(ServerStore server, UUID planId) {
        try {
            return server.load(planId);
        } catch (IllegalArgumentException e) { // ValidationException among them, whose message is plain
            String rule = e instanceof ValidationException ? " (" + e.getMessage() + ")" : "";
            throw new ServerException("The server's copy of the plan holds a record that breaks JointPlan's rules"
                    + rule + ", so nothing was changed; ask the server's administrator to correct it.", e);
        }
    }

    /** Where a followed plan stands with its server; empty when this store does not follow it. */
    public Optional<SyncStatus> status(UUID planId) {
        return store.syncBase(planId).map(base -> new SyncStatus(base.server(), base.login(), base.revision(),
                base.syncedAt(), localPlan(planId).map(mine -> !SyncPush.between(Snapshots.plan(base.snapshot()),
                        PrivateNotes.removed(mine), user.stampNow()).isEmpty()).orElse(false)));
    }

    /** @param pushDone told once the server has what it will get, before the local save */
    private SyncResult finish(SyncRound first, Predicate<Difference> accepted, boolean failOnConflict,
                              Runnable pushDone) {
        if (first.kind() == SyncRound.Kind.FETCH) {
            return fetch(first);
        }
        Set<Difference> seen = new HashSet<>(first.differences());
        Predicate<Difference> take = d -> seen.contains(d) ? accepted.test(d) : !d.isConflict() || accepted.test(d);
        SyncRound round = first;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            if (attempt > 1 || open != null && !open.plan().equals(round.local())) { // the window may have edited
                backOff(attempt);
                round = prepare(round.server(), round.planId());
                if (failOnConflict && !round.conflicts().isEmpty()) {
                    return unsettled(round);
                }
            }
            Optional<SyncResult> done = attempt(round, take, pushDone);
            if (done.isPresent()) {
                return done.get();
            }
        }
        throw new ServerException("Other laptops kept changing the plan on the server while this one synced, so"
                + " nothing was pushed; try again in a moment.");
    }

    /** A short random wait before reading again, so that laptops that met at the server do not meet again. */
    private static void backOff(int attempt) {
        if (attempt > 1) {
            try {
                Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(20L * Math.min(attempt, 10)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ServerException("The sync was interrupted, so nothing more was pushed.");
            }
        }
    }

    /** One pull-merge-push round; empty when the server moved on before the push. */
    private Optional<SyncResult> attempt(SyncRound round, Predicate<Difference> take, Runnable pushDone) {
        PlanData local = round.local();
        Merge.Result merge = Merge.apply(local, round.differences(), take);
        PlanData merged = PlanChanges.apply(local, Change.merged("", merge.removals(), merge.saves()),
                user.stampNow());
        PlanData shared = PrivateNotes.removed(merged);
        boolean publish = round.kind() == SyncRound.Kind.PUBLISH;
        SyncPush push = publish ? SyncPush.whole(shared)
                : SyncPush.between(round.theirs().plan(), shared, user.stampNow());
        long revision = publish ? 0 : round.theirs().revision();
        PlanData serverNow = publish ? null : round.theirs().plan();
        List<Stamped> restamped = List.of();
        if (publish || !push.isEmpty()) {
            PushResult result = round.server().push(round.planId(), revision, push.saves(), push.tombstones());
            if (result instanceof PushResult.ServerMovedOn) {
                return Optional.empty();
            }
            PushResult.Pushed pushed = (PushResult.Pushed) result;
            revision = pushed.revision();
            serverNow = publish ? SyncPush.published(shared, pushed.member()) : push.appliedTo(serverNow,
                    pushed.member());
            restamped = restampedLocally(merged, push, pushed);
        }
        long taken = round.differences().stream().filter(take).count();
        List<AuditEntry> audit = round.server().audit(round.planId(), round.baseRevision());
        pushDone.run();
        saveLocally(round, merge, restamped, new SyncBase(round.planId(), round.server().login().url(),
                round.server().login().user(), revision, Snapshots.json(serverNow), Instant.now()), audit);
        List<Difference> conflicts = round.conflicts();
        return Optional.of(new SyncResult(round.planId(), round.title(), publish ? SyncResult.Outcome.PUBLISHED
                : SyncResult.Outcome.SYNCED, publish ? 0 : push.size(), (int) taken, revision, conflicts));
    }

    /** The local copies of the pushed records, stamped as the server stamped them (private notes kept). */
    private static List<Stamped> restampedLocally(PlanData merged, SyncPush push, PushResult.Pushed pushed) {
        Map<UUID, Stamped> local = new LinkedHashMap<>();
        SyncPlans.records(merged).forEach(r -> local.put(r.id(), r));
        List<Stamped> restamped = new ArrayList<>();
        for (Stamped r : push.saves()) {
            Stamped mine = local.get(r.id());
            if (mine != null) {
                restamped.add((Stamped) mine.withStamp(SyncPush.stampOf(mine.stamp(), pushed.member())));
            }
        }
        return restamped;
    }

    /** The merged changes, the server's stamps and the new base: one local transaction, undoable as one. */
    private void saveLocally(SyncRound round, Merge.Result merge, List<Stamped> restamped, SyncBase base,
                             List<AuditEntry> audit) {
        Map<UUID, Stamped> saves = new LinkedHashMap<>();
        merge.saves().forEach(r -> saves.put(r.id(), r));
        restamped.forEach(r -> saves.put(r.id(), r));
        Change change = Change.merged("Sync with the server", merge.removals(), List.copyOf(saves.values()));
        if (change.isEmpty()) {
            store.write("the sync with the server", w -> {
                w.recordSync(base);
                w.recordAudit(base.planId(), audit);
            });
            return;
        }
        session(round.planId(), round.local()).apply(change, w -> {
            w.recordSync(base);
            w.recordAudit(base.planId(), audit);
        });
    }

    private SyncResult fetch(SyncRound round) {
        ServerPlan theirs = round.theirs();
        PlanData plan = theirs.plan();
        SyncBase base = new SyncBase(round.planId(), round.server().login().url(), round.server().login().user(),
                theirs.revision(), Snapshots.json(plan), Instant.now());
        List<AuditEntry> audit = round.server().audit(round.planId(), 0);
        store.write("the plan fetched from the server", w -> {
            w.lifecycle().revive(plan.id());
            w.savePlan(plan);
            w.recordSync(base);
            w.recordAudit(plan.id(), audit);
        });
        return new SyncResult(round.planId(), plan.plan().title(), SyncResult.Outcome.FETCHED, 0,
                SyncPlans.records(plan).size(), theirs.revision(), List.of());
    }

    private static SyncResult unsettled(SyncRound round) {
        return new SyncResult(round.planId(), round.title(), SyncResult.Outcome.CONFLICTS_LEFT, 0, 0,
                round.serverRevision(), round.conflicts());
    }

    private PlanSession session(UUID planId, PlanData local) {
        return open != null && open.plan().id().equals(planId) ? open : new PlanSession(store, user, local);
    }

    private Optional<PlanData> localPlan(UUID planId) {
        return open != null && open.plan().id().equals(planId) ? Optional.of(open.plan()) : store.load(planId);
    }
}

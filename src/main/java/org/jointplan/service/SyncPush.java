package org.jointplan.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.jointplan.bundle.merge.ThreeWayDiff;
import org.jointplan.domain.Difference;
import org.jointplan.domain.EntityKind;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.Stamp;
import org.jointplan.domain.Stamped;
import org.jointplan.domain.Tombstone;
import org.jointplan.server.Member;

/**
 * What a push sends: the records of the local plan (merged, private notes taken out) whose content differs from the
 * server's, and tombstones for the server's records the local plan no longer has. Stamps alone never make a
 * difference, so a record is not pushed again only because the server stamped it.
 */
record SyncPush(List<Stamped> saves, List<Tombstone> tombstones) {

    /** Publishing: every record of the plan, and its tombstones. */
    static SyncPush whole(PlanData mine) {
        return new SyncPush(SyncPlans.records(mine), mine.tombstones());
    }

    /** The local changes against the server's plan; deletions the local plan does not record are stamped {@code now}. */
    static SyncPush between(PlanData server, PlanData mine, Stamp now) {
        // The server's own tombstones are left out of its side, so that a record the server deleted but this
        // laptop kept (its user did not take the deletion) is pushed back, rather than diverge quietly.
        PlanData serverRecords = SyncPlans.withoutTombstones(server);
        Map<UUID, Tombstone> localTombstones = new LinkedHashMap<>();
        mine.tombstones().forEach(t -> localTombstones.put(t.id(), t));
        Map<UUID, Stamped> saves = new LinkedHashMap<>();
        List<Tombstone> tombstones = new ArrayList<>();
        for (Difference d : ThreeWayDiff.compare(server, serverRecords, mine)) {
            if (d.type() == Difference.Type.DELETED) {
                Stamped gone = d.record();
                tombstones.add(localTombstones.getOrDefault(gone.id(),
                        new Tombstone(gone.id(), mine.id(), EntityKind.of(gone), now)));
            } else {
                saves.putIfAbsent(d.recordId(), d.record());
            }
        }
        return new SyncPush(List.copyOf(saves.values()), List.copyOf(tombstones));
    }

    boolean isEmpty() {
        return saves.isEmpty() && tombstones.isEmpty();
    }

    int size() {
        return saves.size() + tombstones.size();
    }

    /** The server's plan after this push, as the server stamps it: each record keeps its time, with the member. */
    PlanData appliedTo(PlanData server, Member member) {
        UnaryOperator<Stamped> stamped = r -> r.withStamp(stampOf(r.stamp(), member));
        List<Stamped> removals = new ArrayList<>();
        Map<UUID, Stamped> onServer = new LinkedHashMap<>();
        SyncPlans.records(server).forEach(r -> onServer.put(r.id(), r));
        for (Tombstone t : tombstones) {
            if (onServer.containsKey(t.id())) {
                removals.add(onServer.get(t.id()));
            }
        }
        List<Stamped> saved = saves.stream().map(stamped).toList();
        PlanData after = PlanChanges.apply(server, Change.merged("", removals, saved), stampOf(Stamp.now("", ""),
                member));
        return SyncPlans.withTombstones(after, restamped(after.tombstones(), member));
    }

    /** A plan published whole, as the server then holds it. */
    static PlanData published(PlanData mine, Member member) {
        return SyncPlans.restamped(mine, r -> r.withStamp(stampOf(r.stamp(), member)),
                restamped(mine.tombstones(), member));
    }

    private static List<Tombstone> restamped(List<Tombstone> tombstones, Member member) {
        return tombstones.stream().map(t -> new Tombstone(t.id(), t.planId(), t.kind(), stampOf(t.stamp(), member)))
                .toList();
    }

    /** As the server stamps a pushed record: its own change time, with the login's person and organisation. */
    static Stamp stampOf(Stamp stamp, Member member) {
        return new Stamp(stamp.at(), member.organisation(), member.person());
    }
}

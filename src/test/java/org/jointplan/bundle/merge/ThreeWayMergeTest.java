package org.jointplan.bundle.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jointplan.domain.Action;
import org.jointplan.domain.Difference;
import org.jointplan.domain.EntityKind;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.PlanRules;
import org.jointplan.domain.Stamp;
import org.jointplan.domain.Stamped;
import org.jointplan.domain.Status;
import org.jointplan.domain.Tombstone;
import org.jointplan.testsupport.PlanGenerator;
import org.junit.jupiter.api.Test;

class ThreeWayMergeTest {
    private static final Stamp OFFICER = new Stamp(Instant.parse("2024-11-01T10:00:00Z"), "City", "Officer");
    private static final Stamp ICB = new Stamp(Instant.parse("2024-11-02T10:00:00Z"), "ICB", "Partner A");
    private static final Stamp COUNTY = new Stamp(Instant.parse("2024-11-03T10:00:00Z"), "County", "Partner B");

    private final PlanData base = PlanGenerator.plan(40, 77);

    private static PlanData edit(PlanData plan, int index, Function<Action.Builder, Action.Builder> change,
                                 Stamp stamp) {
        List<Action> actions = new ArrayList<>(plan.actions());
        actions.set(index, change.apply(actions.get(index).toBuilder()).stamp(stamp).build());
        return with(plan, actions, plan.tombstones());
    }

    private static PlanData delete(PlanData plan, int index, Stamp stamp) {
        Action gone = plan.actions().get(index);
        List<Action> actions = new ArrayList<>(plan.actions());
        actions.remove(index);
        List<Tombstone> tombstones = new ArrayList<>(plan.tombstones());
        tombstones.add(new Tombstone(gone.id(), plan.id(), EntityKind.ACTION, stamp));
        return new PlanData(plan.plan(), plan.partners(), plan.priorities(), actions,
                plan.milestones().stream().filter(m -> !gone.id().equals(m.actionId())).toList(),
                plan.dependencies().stream().filter(d -> !d.beforeActionId().equals(gone.id())
                        && !d.afterActionId().equals(gone.id())).toList(),
                plan.updates().stream().filter(u -> !u.actionId().equals(gone.id())).toList(),
                plan.measures(), plan.measureValues(), plan.committeeDates(), plan.snapshots(), plan.dateMoves(), tombstones);
    }

    private static PlanData with(PlanData p, List<Action> actions, List<Tombstone> tombstones) {
        return new PlanData(p.plan(), p.partners(), p.priorities(), actions, p.milestones(), p.dependencies(),
                p.updates(), p.measures(), p.measureValues(), p.committeeDates(), p.snapshots(), p.dateMoves(), tombstones);
    }

    /** Applies a merge result to a plan the way the store does: remove, then save by id. */
    private static PlanData applyTo(PlanData plan, Merge.Result result) {
        Map<UUID, Stamped> removed = result.removals().stream().collect(Collectors.toMap(Stamped::id, r -> r));
        Map<UUID, Action> saved = result.saves().stream().filter(r -> r instanceof Action)
                .collect(Collectors.toMap(Stamped::id, r -> (Action) r));
        List<Action> actions = new ArrayList<>();
        for (Action a : plan.actions()) {
            if (!removed.containsKey(a.id())) {
                actions.add(saved.getOrDefault(a.id(), a));
            }
        }
        saved.values().stream().filter(a -> plan.action(a.id()).isEmpty()).forEach(actions::add);
        return new PlanData(plan.plan(), plan.partners(), plan.priorities(), actions,
                plan.milestones().stream().filter(m -> !removed.containsKey(m.id())).toList(),
                plan.dependencies().stream().filter(d -> !removed.containsKey(d.id())).toList(),
                plan.updates().stream().filter(u -> !removed.containsKey(u.id())).toList(),
                plan.measures(), plan.measureValues(),
                plan.committeeDates(), plan.snapshots(), plan.dateMoves(), plan.tombstones());
    }

    @Test
    void partnerStatusesAndOfficerDatesMergeWithoutConflict() {
        PlanData mine = edit(base, 1, b -> b.due(LocalDate.of(2025, 12, 31)), OFFICER);
        PlanData theirs = edit(base, 2, b -> b.status(Status.AT_RISK).statusReason("Recruitment"), ICB);
        List<Difference> diffs = ThreeWayDiff.compare(base, mine, theirs);
        assertTrue(diffs.stream().noneMatch(Difference::isConflict), diffs.toString());
        assertTrue(diffs.stream().anyMatch(d -> d.description().contains(": status and percent complete changed from")), diffs.toString());
        PlanData merged = applyTo(mine, Merge.apply(mine, diffs, d -> true));
        assertEquals(LocalDate.of(2025, 12, 31), merged.actions().get(1).due(), "the officer's date stays");
        assertEquals(Status.AT_RISK, merged.action(base.actions().get(2).id()).orElseThrow().status());
        assertEquals("ICB", merged.action(base.actions().get(2).id()).orElseThrow().stamp().organisation(),
                "the change keeps who made it");
        assertEquals(List.of(), PlanRules.problems(merged));
    }

    @Test
    void sameDueDateChangedDifferentlyIsAConflict() {
        LocalDate start = base.actions().get(3).start();
        PlanData mine = edit(base, 3, b -> b.due(start.plusDays(100)), OFFICER);
        PlanData theirs = edit(base, 3, b -> b.due(start.plusDays(200)), ICB);
        List<Difference> diffs = ThreeWayDiff.compare(base, mine, theirs);
        assertEquals(1, diffs.size(), diffs.toString());
        Difference conflict = diffs.get(0);
        assertTrue(conflict.isConflict());
        assertEquals("start+due", conflict.field(), "start and due move together");
        assertTrue(conflict.description().contains("start date and due date: yours is"), conflict.description());
        PlanData keptMine = applyTo(mine, Merge.apply(mine, diffs, d -> false));
        assertEquals(start.plusDays(100), keptMine.actions().get(3).due());
        PlanData tookTheirs = applyTo(mine, Merge.apply(mine, diffs, d -> true));
        assertEquals(start.plusDays(200), tookTheirs.actions().get(3).due());
    }

    @Test
    void partnerDeletingWhatTheOfficerEditedIsAConflict() {
        PlanData mine = edit(base, 4, b -> b.owner("New owner"), OFFICER);
        PlanData theirs = delete(base, 4, ICB);
        List<Difference> diffs = ThreeWayDiff.compare(base, mine, theirs);
        assertTrue(diffs.stream().anyMatch(d -> d.isConflict() && d.description().startsWith("They deleted action")),
                diffs.toString());
    }

    @Test
    void officerDeletingWhatThePartnerEditedIsAConflict() {
        PlanData mine = delete(base, 5, OFFICER);
        PlanData theirs = edit(base, 5, b -> b.owner("Partner's owner"), ICB);
        List<Difference> diffs = ThreeWayDiff.compare(base, mine, theirs);
        assertTrue(diffs.stream().anyMatch(d -> d.isConflict() && d.description().startsWith("You deleted action")),
                diffs.toString());
    }

    @Test
    void unchangedDeletionByThePartnerIsADeletion() {
        PlanData theirs = delete(base, 6, ICB);
        List<Difference> diffs = ThreeWayDiff.compare(base, base, theirs);
        assertTrue(diffs.stream().noneMatch(Difference::isConflict));
        PlanData merged = applyTo(base, Merge.apply(base, diffs, d -> true));
        assertTrue(merged.action(base.actions().get(6).id()).isEmpty());
        assertEquals(List.of(), PlanRules.problems(merged));
    }

    @Test
    void samePackageTwiceChangesNothingTheSecondTime() {
        PlanData theirs = edit(base, 7, b -> b.percentComplete(60), ICB);
        List<Difference> first = ThreeWayDiff.compare(base, base, theirs);
        PlanData merged = applyTo(base, Merge.apply(base, first, d -> true));
        // after the import, the base of this exchange is the package itself
        assertEquals(List.of(), ThreeWayDiff.compare(theirs, merged, theirs));
    }

    @Test
    void threePartnersEachSendingTheirOwnCopyAreAllMerged() {
        PlanData a = edit(base, 10, b -> b.status(Status.OFF_TRACK).statusReason("Supplier"), ICB);
        PlanData b = edit(base, 11, x -> x.owner("County owner"), COUNTY);
        PlanData c = edit(base, 12, x -> x.due(x.build().due().plusDays(30)), OFFICER);
        PlanData mine = base;
        for (PlanData copy : List.of(a, b, c)) {
            List<Difference> diffs = ThreeWayDiff.compare(base, mine, copy);
            assertTrue(diffs.stream().noneMatch(Difference::isConflict), diffs.toString());
            mine = applyTo(mine, Merge.apply(mine, diffs, d -> true));
        }
        assertEquals(Status.OFF_TRACK, mine.actions().get(10).status());
        assertEquals("County owner", mine.actions().get(11).owner());
        assertEquals(base.actions().get(12).due().plusDays(30), mine.actions().get(12).due());
    }

    @Test
    void withoutAKnownBaseEveryDifferenceIsAConflict() {
        PlanData theirs = edit(base, 8, b -> b.owner("Someone else"), ICB);
        List<Difference> diffs = ThreeWayDiff.compare(null, base, theirs);
        assertEquals(1, diffs.size());
        assertTrue(diffs.get(0).isConflict());
    }

    @Test
    void movingAnActionToAnotherPriorityIsReportedAsAMove() {
        Action moved = base.actions().get(9);
        UUID other = base.priorities().stream().filter(p -> !p.id().equals(moved.priorityId())).findFirst()
                .orElseThrow().id();
        PlanData theirs = edit(base, 9, b -> b.priorityId(other), ICB);
        List<Difference> diffs = ThreeWayDiff.compare(base, base, theirs);
        assertTrue(diffs.stream().anyMatch(d -> d.type() == Difference.Type.MOVED), diffs.toString());
    }
}

package org.jointplan.store;

import static org.jointplan.testsupport.PlanAssertions.assertSamePlan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jointplan.domain.Action;
import org.jointplan.domain.EntityKind;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.Status;
import org.jointplan.domain.Tombstone;
import org.jointplan.testsupport.PlanGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void planComesBackFieldForFieldAfterReopening() {
        PlanData plan = PlanGenerator.plan(300, 11);
        Path file = dir.resolve("plan.sqlite");
        try (Store store = Store.open(file)) {
            store.write("the plan", w -> w.savePlan(plan));
        }
        try (Store store = Store.open(file)) {
            assertSamePlan(plan, store.load(plan.id()).orElseThrow());
            assertEquals(List.of(plan.plan()), store.plans());
        }
    }

    @Test
    void actionUpdateIsKeptWithItsOtherPriorities() {
        PlanData plan = PlanGenerator.plan(20, 12);
        try (Store store = Store.open(dir.resolve("plan.sqlite"))) {
            store.write("the plan", w -> w.savePlan(plan));
            Action changed = plan.actions().get(3).toBuilder().due(LocalDate.of(2025, 12, 31))
                    .status(Status.AT_RISK).statusReason("Supplier delay").owner("New owner")
                    .otherPriorityIds(Set.of(plan.priorities().get(4).id(), plan.priorities().get(2).id()))
                    .stamp(plan.actions().get(3).stamp().renewed()).build();
            store.write("the action", w -> w.saveAction(changed));
            assertEquals(changed, store.load(plan.id()).orElseThrow().action(changed.id()).orElseThrow());
        }
    }

    @Test
    void anActionMovedToAnotherPriorityIsKeptThereAndAnUnmovedOneKeepsItsPriority() {
        PlanData plan = PlanGenerator.plan(20, 14);
        try (Store store = Store.open(dir.resolve("plan.sqlite"))) {
            store.write("the plan", w -> w.savePlan(plan));
            Action first = plan.actions().get(0);
            java.util.UUID elsewhere = plan.priorities().stream().map(p -> p.id())
                    .filter(id -> !id.equals(first.priorityId())).findFirst().orElseThrow();
            Action moved = first.toBuilder().priorityId(elsewhere).stamp(first.stamp().renewed()).build();
            Action second = plan.actions().get(1);
            Action renamed = second.toBuilder().title("Renamed").stamp(second.stamp().renewed()).build();
            store.write("the move", w -> w.saveAction(moved));
            store.write("the rename", w -> w.save(plan.id(), renamed));
            PlanData after = store.load(plan.id()).orElseThrow();
            assertEquals(moved, after.action(moved.id()).orElseThrow());
            assertEquals(renamed, after.action(renamed.id()).orElseThrow());
        }
    }

    @Test
    void aRecordWithTheIdOfAnotherPlansRecordIsRefusedAndChangesNothing() {
        PlanData mine = PlanGenerator.plan(10, 15);
        PlanData theirs = PlanGenerator.plan(10, 16);
        try (Store store = Store.open(dir.resolve("plan.sqlite"))) {
            store.write("my plan", w -> w.savePlan(mine));
            store.write("their plan", w -> w.savePlan(theirs));
            Action taken = mine.actions().get(0);
            Action t = theirs.actions().get(0);
            Action clash = new Action(taken.id(), t.planId(), t.priorityId(), Set.of(), "Not mine", t.description(),
                    t.leadPartnerId(), t.owner(), t.start(), t.due(), t.status(), t.percentComplete(),
                    t.statusReason(), t.notes(), null, null, "", "", t.stamp());
            StoreException refused = org.junit.jupiter.api.Assertions.assertThrows(StoreException.class,
                    () -> store.write("their action", w -> w.saveAction(clash)));
            assertTrue(refused.getMessage().contains("another plan"), refused.getMessage());
            assertSamePlan(mine, store.load(mine.id()).orElseThrow());
            assertSamePlan(theirs, store.load(theirs.id()).orElseThrow());
        }
    }

    @Test
    void deletingAnActionLeavesTombstonesForItAndItsChildren() {
        PlanData plan = PlanGenerator.plan(40, 13);
        Action doomed = plan.actions().get(0); // index 0 has a milestone and an update
        try (Store store = Store.open(dir.resolve("plan.sqlite"))) {
            store.write("the plan", w -> w.savePlan(plan));
            store.write("the deletion", w -> w.deleteAction(plan.id(), doomed.id(), doomed.stamp().renewed()));
            PlanData after = store.load(plan.id()).orElseThrow();
            assertTrue(after.action(doomed.id()).isEmpty());
            assertTrue(after.milestones().stream().noneMatch(m -> doomed.id().equals(m.actionId())));
            assertTrue(after.updates().stream().noneMatch(u -> u.actionId().equals(doomed.id())));
            Set<EntityKind> kinds = after.tombstones().stream().map(Tombstone::kind)
                    .collect(java.util.stream.Collectors.toSet());
            assertTrue(kinds.containsAll(Set.of(EntityKind.ACTION, EntityKind.MILESTONE,
                    EntityKind.PROGRESS_UPDATE)), kinds.toString());
            assertEquals(plan.actions().size() - 1, after.actions().size());
        }
    }

    @Test
    void settingsAreKept() {
        try (Store store = Store.open(dir.resolve("plan.sqlite"))) {
            store.saveSetting("organisation", "Nottingham City Council");
            assertEquals("Nottingham City Council", store.setting("organisation").orElseThrow());
            assertTrue(store.setting("missing").isEmpty());
        }
    }
}

package org.jointplan.service;

import static org.jointplan.testsupport.PlanAssertions.assertSamePlan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.jointplan.domain.Action;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.Status;
import org.jointplan.domain.ValidationException;
import org.jointplan.store.Store;
import org.jointplan.testsupport.PlanGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanSessionTest {
    @TempDir
    Path dir;
    private Store store;
    private PlanSession session;
    private PlanData original;

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("plan.sqlite"));
        original = PlanGenerator.plan(40, 5);
        store.write("the plan", w -> w.savePlan(original));
        session = new PlanSession(store, new LocalUser("Nottingham City Council", "Officer"), original);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private PlanData stored() {
        return store.load(original.id()).orElseThrow();
    }

    @Test
    void editIsSavedStampedAndUndoneAndRedone() {
        Action a = original.actions().get(2);
        LocalDate newDue = a.due().plusWeeks(3);
        var edited = session.apply(Edits.editAction(a.toBuilder().due(newDue).build(), "due date"));
        Action saved = stored().action(a.id()).orElseThrow();
        assertEquals(newDue, saved.due());
        assertEquals("Nottingham City Council", saved.stamp().organisation());
        assertEquals(Optional.of("Change due date"), edited.undoDescription());
        assertSamePlan(stored(), session.plan());

        var undone = session.undo();
        assertEquals(a.due(), stored().action(a.id()).orElseThrow().due());
        assertEquals(Optional.of("Change due date"), undone.redoDescription());
        assertTrue(undone.undoDescription().isEmpty());

        session.redo();
        assertEquals(newDue, stored().action(a.id()).orElseThrow().due());
        assertSamePlan(stored(), session.plan());
    }

    @Test
    void deleteRemovesChildrenWithTombstonesAndUndoBringsAllBack() {
        Action a = original.actions().get(0); // has a milestone and an update
        session.apply(Edits.deleteAction(session.plan(), a.id()));
        PlanData afterDelete = stored();
        assertTrue(afterDelete.action(a.id()).isEmpty());
        assertTrue(afterDelete.tombstones().stream().anyMatch(t -> t.id().equals(a.id())));
        assertSamePlan(afterDelete, session.plan());

        session.undo();
        PlanData restored = stored();
        assertEquals(original.actions().size(), restored.actions().size());
        assertEquals(original.milestones().size(), restored.milestones().size());
        assertEquals(original.updates().size(), restored.updates().size());
        assertEquals(original.dependencies().size(), restored.dependencies().size());
        assertTrue(restored.tombstones().isEmpty(), "undoing the delete removes its tombstones");
        assertSamePlan(restored, session.plan());
    }

    @Test
    void addedActionIsRemovedByUndo() {
        var added = session.apply(Edits.newAction(session.plan(), original.priorities().get(1).id(),
                LocalDate.of(2024, 6, 1)));
        assertEquals(original.actions().size() + 1, stored().actions().size());
        assertEquals(original.actions().size() + 1, added.plan().actions().size());
        session.undo();
        assertEquals(original.actions().size(), stored().actions().size());
    }

    @Test
    void progressUpdateSetsTheActionsStatus() {
        Action a = original.actions().stream().filter(x -> x.status() == Status.ON_TRACK).findFirst().orElseThrow();
        session.apply(Edits.addUpdate(a, LocalDate.of(2024, 11, 1), "Supplier delay", Status.AT_RISK, "Officer"));
        PlanData now = stored();
        assertEquals(Status.AT_RISK, now.action(a.id()).orElseThrow().status());
        assertTrue(now.updates().stream().anyMatch(u -> u.text().equals("Supplier delay")));
        session.undo();
        assertEquals(Status.ON_TRACK, stored().action(a.id()).orElseThrow().status());
    }

    @Test
    void cyclicDependencyIsRefusedAndNothingIsSaved() {
        Action a = original.actions().get(0);
        Action b = original.actions().get(1);
        session.apply(Edits.addDependency(session.plan(), a.id(), b.id()));
        var e = assertThrows(ValidationException.class,
                () -> session.apply(Edits.addDependency(session.plan(), b.id(), a.id())));
        assertTrue(e.getMessage().contains("loop"));
        assertFalse(stored().dependencies().stream().anyMatch(d -> d.beforeActionId().equals(b.id())
                && d.afterActionId().equals(a.id())));
        assertSamePlan(stored(), session.plan());
    }

    @Test
    void movingAPriorityDownSwapsPositions() {
        var first = original.priorities().get(0);
        session.apply(Edits.movePriority(session.plan(), first.id(), +1));
        assertEquals(2, stored().priority(first.id()).orElseThrow().order());
        session.undo();
        assertEquals(1, stored().priority(first.id()).orElseThrow().order());
    }
}

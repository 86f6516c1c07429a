package org.jointplan.service;

import static org.jointplan.testsupport.PlanAssertions.assertSamePlan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jointplan.bundle.PackageException;
import org.jointplan.domain.FinancialYear;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.ValidationException;
import org.jointplan.store.Store;
import org.jointplan.testsupport.PlanGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanLifecycleTest {
    private static final LocalUser USER = new LocalUser("Nottingham City Council", "Sam Officer");

    @TempDir
    Path dir;
    private Store store;
    private PlanSession session;
    private PlanData first;
    private PlanData second;

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("plan.sqlite"));
        first = PlanGenerator.plan(30, 1);
        second = PlanGenerator.plan(10, 2);
        store.write("the plans", w -> {
            w.savePlan(first);
            w.savePlan(second);
        });
        session = new PlanSession(store, USER, first);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aNewEmptyPlanIsMadeOpenedAndUndoneAndRedone() {
        var made = PlanLifecycle.newPlan(session, "Joint SEND Delivery Plan 2026/27", new FinancialYear(2026));
        PlanData plan = made.plan();
        assertEquals("Joint SEND Delivery Plan 2026/27", plan.plan().title());
        assertEquals(java.time.LocalDate.of(2026, 4, 1), plan.plan().start());
        assertEquals(java.time.LocalDate.of(2027, 3, 31), plan.plan().end());
        assertTrue(plan.actions().isEmpty() && plan.priorities().isEmpty() && plan.partners().isEmpty());
        assertEquals("Sam Officer", plan.plan().stamp().person());
        assertEquals(3, store.plans().size());
        assertSamePlan(plan, store.load(plan.id()).orElseThrow());
        assertEquals(Optional.of("New plan"), made.undoDescription());

        var undone = session.undo();
        assertEquals(first.id(), undone.plan().id(), "the plan before is shown again");
        assertEquals(2, store.plans().size());
        assertEquals(Optional.empty(), store.planDeletion(plan.id()), "a plan undone at once leaves no trace");
        var redone = session.redo();
        assertEquals(plan.id(), redone.plan().id());
        assertSamePlan(plan, store.load(plan.id()).orElseThrow());
    }

    @Test
    void aBlankOrControlCharacterTitleIsRefused() {
        for (String title : List.of(" ", "Plan\nPlan Fake", "Plan\u001b[2J")) {
            assertThrows(ValidationException.class, () -> PlanLifecycle.newPlan(session, title,
                    new FinancialYear(2026)));
            assertThrows(ValidationException.class, () -> PlanLifecycle.rename(session, title));
        }
        assertEquals(2, store.plans().size());
        assertEquals(first.plan().title(), store.load(first.id()).orElseThrow().plan().title());
    }

    @Test
    void renamingIsUndoable() {
        PlanLifecycle.rename(session, "  Renamed plan ");
        assertEquals("Renamed plan", store.load(first.id()).orElseThrow().plan().title());
        session.undo();
        assertEquals(first.plan().title(), store.load(first.id()).orElseThrow().plan().title());
    }

    @Test
    void archivingIsUndoableAndListed() {
        var archived = PlanLifecycle.setArchived(session, true);
        assertEquals(java.util.Set.of(first.id()), store.archivedPlans());
        assertEquals(Optional.of("Archive plan"), archived.undoDescription());
        assertEquals(first.id(), archived.plan().id(), "the archived plan stays open");
        session.undo();
        assertEquals(java.util.Set.of(), store.archivedPlans());
        session.redo();
        assertEquals(java.util.Set.of(first.id()), store.archivedPlans());
        PlanLifecycle.setArchived(session, false);
        assertEquals(java.util.Set.of(), store.archivedPlans());
    }

    @Test
    void deletingLeavesATombstoneOpensAnotherPlanAndUndoRestoresEverything() throws Exception {
        PackageService packages = new PackageService();
        Path pkg = dir.resolve("sent.jplan");
        packages.exportPlan(store, first.id(), pkg, USER, new ExportOptions(null, false, List.of("NHS ICB")), f -> { });
        PlanLifecycle.setArchived(session, true);
        var history = store.exchanges(first.id());
        PlanData before = store.load(first.id()).orElseThrow();

        var deleted = PlanLifecycle.delete(session);
        assertEquals(second.id(), deleted.plan().id(), "another plan is opened");
        assertEquals(Optional.empty(), store.load(first.id()));
        assertEquals(List.of(), store.exchanges(first.id()));
        assertEquals("Sam Officer", store.planDeletion(first.id()).orElseThrow().person());
        var refused = assertThrows(PackageException.class, () -> packages.importPackage(store, pkg, null, f -> { }));
        assertTrue(refused.getMessage().startsWith("You deleted the plan"), refused.getMessage());
        assertEquals(Optional.empty(), store.load(first.id()), "a partner's package does not quietly bring it back");

        var undone = session.undo();
        assertEquals(first.id(), undone.plan().id());
        assertSamePlan(before, store.load(first.id()).orElseThrow());
        assertEquals(history, store.exchanges(first.id()), "the exchanges, recipients and merge bases come back");
        assertTrue(store.exchangeSnapshot(history.get(0).packageId()).isPresent());
        assertEquals(java.util.Set.of(first.id()), store.archivedPlans());
        assertEquals(Optional.empty(), store.planDeletion(first.id()));
        assertEquals(List.of(), store.integrityProblems());
    }

    @Test
    void theOnlyPlanIsNotDeleted() {
        PlanLifecycle.delete(session);
        var alone = new PlanSession(store, USER, store.load(second.id()).orElseThrow());
        var refused = assertThrows(ValidationException.class, () -> PlanLifecycle.delete(alone));
        assertTrue(refused.getMessage().startsWith("This is the only plan in the store"), refused.getMessage());
        assertEquals(1, store.plans().size());
    }

    @Test
    void rollingForwardIsUndoable() {
        var rolled = PlanLifecycle.rollForward(session);
        assertEquals(first.plan().financialYear().next(), rolled.plan().plan().financialYear());
        assertEquals(3, store.plans().size());
        assertEquals(Optional.of("New plan from this one"), rolled.undoDescription());
        var undone = session.undo();
        assertEquals(first.id(), undone.plan().id());
        assertEquals(2, store.plans().size());
        assertFalse(store.load(rolled.plan().id()).isPresent());
        session.redo();
        assertSamePlan(rolled.plan(), store.load(rolled.plan().id()).orElseThrow());
    }

    @Test
    void editsBeforeALifecycleStepAreUndoneOnTheirOwnPlan() {
        PlanLifecycle.rename(session, "First, renamed");
        PlanLifecycle.rollForward(session);
        PlanLifecycle.rename(session, "Next year, renamed");
        session.undo();
        session.undo();
        assertEquals(first.id(), session.plan().id());
        session.undo();
        assertEquals(first.plan().title(), store.load(first.id()).orElseThrow().plan().title());
        assertEquals(2, store.plans().size());
    }
}

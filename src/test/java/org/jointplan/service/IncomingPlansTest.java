package org.jointplan.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jointplan.domain.Action;
import org.jointplan.domain.Difference;
import org.jointplan.domain.ImportNote;
import org.jointplan.domain.ImportedField;
import org.jointplan.domain.IncomingPlan;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.Priority;
import org.jointplan.domain.Stamp;
import org.jointplan.domain.Status;
import org.jointplan.store.Store;
import org.jointplan.testsupport.IncomingCopies;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plan read from another application's file is added whole as a new plan, or updates a stored plan through the
 * review's proposal: matched by reference, else by title; only the fields the file carried change; nothing the file
 * lacks is removed.
 */
class IncomingPlansTest {
    private static final LocalUser OFFICER = new LocalUser("Nottingham City Council", "Officer");
    private static final Stamp READ = Stamp.now("", "");
    private static final Set<ImportedField> TRACKER = EnumSet.of(ImportedField.PRIORITY, ImportedField.TITLE,
            ImportedField.LEAD_PARTNER, ImportedField.START, ImportedField.DUE, ImportedField.STATUS,
            ImportedField.PERCENT_COMPLETE, ImportedField.STATUS_REASON);

    @TempDir
    Path dir;

    private Store store;
    private PlanData sample;

    @BeforeEach
    void openStore() {
        store = Store.open(dir.resolve("store.sqlite"));
        LocalUser.save(store, OFFICER.person(), OFFICER.organisation());
        PlanData shipped = SamplePlan.load();
        store.write("the sample", w -> w.savePlan(shipped));
        sample = store.load(shipped.id()).orElseThrow(); // in the store's order, which numbers the actions
    }

    @Test
    void aNewPlanIsAddedWholeAndStampedByWhoeverAddsIt() {
        IncomingPlan incoming = IncomingCopies.of(sample, a -> a, TRACKER);
        IncomingPlans.Added added = IncomingPlans.addAsNew(store, OFFICER, incoming);
        PlanData stored = store.load(added.planId()).orElseThrow();
        assertEquals(sample.actions().size(), stored.actions().size());
        assertEquals(sample.actions().size(), added.actions());
        assertTrue(stored.actions().stream().allMatch(a -> a.stamp().person().equals("Officer")));
        assertEquals(2, store.plans().size());
    }

    @Test
    void theSameReadingIsNotAddedTwice() {
        IncomingPlan incoming = IncomingCopies.of(sample, a -> a, TRACKER);
        IncomingPlans.addAsNew(store, OFFICER, incoming);
        var refused = assertThrows(RuntimeException.class, () -> IncomingPlans.addAsNew(store, OFFICER, incoming));
        assertTrue(refused.getMessage().contains("already in your store"), refused.getMessage());
        assertEquals(2, store.plans().size());
    }

    @Test
    void anUnchangedTrackerProposesNothing() {
        var proposal = IncomingPlans.proposeUpdate(store, sample.id(), IncomingCopies.of(sample, a -> a, TRACKER));
        assertEquals(List.of(), proposal.differences());
        assertEquals(0, proposal.conflicts());
    }

    @Test
    void onlyTheCarriedFieldsOfMatchedActionsChange() {
        Action first = sample.actions().get(0);
        LocalDate later = first.due().plusDays(14);
        IncomingPlan incoming = IncomingCopies.of(sample, a -> a.title().equals(first.title())
                ? a.toBuilder().due(later).status(Status.AT_RISK).statusReason("Recruitment slipped")
                        .owner("Somebody else").build() : a, TRACKER);
        var proposal = IncomingPlans.proposeUpdate(store, sample.id(), incoming);
        Set<String> fields = new java.util.TreeSet<>();
        proposal.differences().forEach(d -> {
            assertEquals(first.id(), d.recordId());
            fields.add(String.valueOf(d.field()));
        });
        assertFalse(fields.isEmpty());
        assertFalse(fields.stream().anyMatch(f -> f.toLowerCase().contains("owner")), fields.toString());
        new MergeService(new PackageService()).apply(store, OFFICER, proposal, MergeService.ConflictPolicy.THEIRS);
        Action stored = store.load(sample.id()).orElseThrow().action(first.id()).orElseThrow();
        assertEquals(later, stored.due());
        assertEquals(Status.AT_RISK, stored.status());
        assertEquals(first.owner(), stored.owner());
        assertEquals(first.notes(), stored.notes());
        assertTrue(store.exchanges(sample.id()).isEmpty(), "a file from another application is no exchange");
    }

    @Test
    void actionsAreMatchedByReferenceEvenWhenRetitled() {
        Action first = sample.actionsOf(sample.priorities().get(0).id()).get(0);
        IncomingPlan incoming = IncomingCopies.of(sample, a -> a.title().equals(first.title())
                ? a.toBuilder().title("A clearer title").build() : a, EnumSet.of(ImportedField.TITLE));
        var proposal = IncomingPlans.proposeUpdate(store, sample.id(), incoming);
        assertEquals(1, proposal.differences().size(), proposal.differences().toString());
        assertEquals(first.id(), proposal.differences().get(0).recordId());
    }

    @Test
    void aNewRowIsAddedAndMissingRowsAreKeptWithAWarning() {
        Action dropped = sample.actions().get(1);
        PlanData fewer = without(sample, dropped);
        Priority lane = sample.priorities().get(0);
        Action extra = new Action(UUID.randomUUID(), sample.id(), lane.id(), Set.of(), "Run a parents' forum",
                "", null, "", LocalDate.of(2024, 9, 1), LocalDate.of(2024, 12, 31), Status.NOT_STARTED, 0, "", "",
                null, null, "", "", READ);
        PlanData more = with(fewer, extra);
        var proposal = IncomingPlans.proposeUpdate(store, sample.id(), IncomingCopies.of(more, a -> a, TRACKER));
        assertEquals(1, proposal.differences().size(), proposal.differences().toString());
        Difference added = proposal.differences().get(0);
        assertTrue(added.theirs() instanceof Action a && a.title().equals("Run a parents' forum"));
        assertTrue(proposal.warnings().stream().anyMatch(w -> w.startsWith("1 action of your plan is not in")),
                proposal.warnings().toString());
        new MergeService(new PackageService()).apply(store, OFFICER, proposal, MergeService.ConflictPolicy.THEIRS);
        PlanData stored = store.load(sample.id()).orElseThrow();
        assertTrue(stored.action(dropped.id()).isPresent());
        assertEquals(sample.actions().size() + 1, stored.actions().size());
        Action storedExtra = stored.actions().stream().filter(a -> a.title().equals("Run a parents' forum"))
                .findFirst().orElseThrow();
        assertEquals(lane.id(), storedExtra.priorityId());
    }

    @Test
    void theFilesNotesTravelToTheReview() {
        IncomingPlan plain = IncomingCopies.of(sample, a -> a, TRACKER);
        IncomingPlan noted = new IncomingPlan(plain.source(), plain.plan(), plain.carried(), plain.references(),
                List.of(ImportNote.warning("Sheet 'SLCN', row 7, cell F7", "'Mar-25' was read as 31/03/2025."),
                        ImportNote.skipped("Sheet 'SLCN', row 40", "A hidden row was left out.")));
        var proposal = IncomingPlans.proposeUpdate(store, sample.id(), noted);
        assertTrue(proposal.warnings().contains("Sheet 'SLCN', row 7, cell F7: 'Mar-25' was read as 31/03/2025."));
        assertTrue(proposal.warnings().stream().anyMatch(w -> w.startsWith("1 part of the file was left out")));
        assertEquals("tracker.xlsx", proposal.sender());
    }

    @Test
    void aDueDateBeforeTheStoredStartLeavesThatActionAsItIs() {
        Action first = sample.actions().get(0);
        IncomingPlan incoming = IncomingCopies.of(sample, a -> a.title().equals(first.title())
                ? a.toBuilder().start(first.start().minusYears(1)).due(first.start().minusDays(1)).build() : a,
                EnumSet.of(ImportedField.DUE));
        var proposal = IncomingPlans.proposeUpdate(store, sample.id(), incoming);
        assertEquals(List.of(), proposal.differences());
        assertTrue(proposal.warnings().stream().anyMatch(w -> w.contains("was left as it is")));
    }

    private static PlanData without(PlanData plan, Action gone) {
        return new PlanData(plan.plan(), plan.partners(), plan.priorities(),
                plan.actions().stream().filter(a -> !a.id().equals(gone.id())).toList(),
                plan.milestones().stream().filter(m -> !gone.id().equals(m.actionId())).toList(),
                plan.dependencies().stream().filter(d -> !d.beforeActionId().equals(gone.id())
                        && !d.afterActionId().equals(gone.id())).toList(),
                null, null, null, null, null, null, null);
    }

    private static PlanData with(PlanData plan, Action extra) {
        List<Action> actions = new ArrayList<>(plan.actions());
        actions.add(extra);
        return new PlanData(plan.plan(), plan.partners(), plan.priorities(), actions, plan.milestones(),
                plan.dependencies(), null, null, null, null, null, null, null);
    }
}

package org.jointplan.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.jointplan.domain.Action;
import org.jointplan.domain.Dependency;
import org.jointplan.domain.Difference;
import org.jointplan.domain.ImportNote;
import org.jointplan.domain.ImportedField;
import org.jointplan.domain.IncomingPlan;
import org.jointplan.domain.Milestone;
import org.jointplan.domain.Partner;
import org.jointplan.domain.Plan;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.Priority;
import org.jointplan.domain.Stamp;
import org.jointplan.domain.Status;
import org.jointplan.store.Store;
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
        IncomingPlan incoming = copyOf(sample, a -> a, TRACKER);
        IncomingPlans.Added added = IncomingPlans.addAsNew(store, OFFICER, incoming);
        PlanData stored = store.load(added.planId()).orElseThrow();
        assertEquals(sample.actions().size(), stored.actions().size());
        assertEquals(sample.actions().size(), added.actions());
        assertTrue(stored.actions().stream().allMatch(a -> a.stamp().person().equals("Officer")));
        assertEquals(2, store.plans().size());
    }

    @Test
    void theSameReadingIsNotAddedTwice() {
        IncomingPlan incoming = copyOf(sample, a -> a, TRACKER);
        IncomingPlans.addAsNew(store, OFFICER, incoming);
        var refused = assertThrows(RuntimeException.class, () -> IncomingPlans.addAsNew(store, OFFICER, incoming));
        assertTrue(refused.getMessage().contains("already in your store"), refused.getMessage());
        assertEquals(2, store.plans().size());
    }

    @Test
    void anUnchangedTrackerProposesNothing() {
        var proposal = IncomingPlans.proposeUpdate(store, sample.id(), copyOf(sample, a -> a, TRACKER));
        assertEquals(List.of(), proposal.differences());
        assertEquals(0, proposal.conflicts());
    }

    @Test
    void onlyTheCarriedFieldsOfMatchedActionsChange() {
        Action first = sample.actions().get(0);
        LocalDate later = first.due().plusDays(14);
        IncomingPlan incoming = copyOf(sample, a -> a.title().equals(first.title())
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
        IncomingPlan incoming = copyOf(sample, a -> a.title().equals(first.title())
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
        var proposal = IncomingPlans.proposeUpdate(store, sample.id(), copyOf(more, a -> a, TRACKER));
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
        IncomingPlan plain = copyOf(sample, a -> a, TRACKER);
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
        IncomingPlan incoming = copyOf(sample, a -> a.title().equals(first.title())
                ? a.toBuilder().start(first.start().minusYears(1)).due(first.start().minusDays(1)).build() : a,
                EnumSet.of(ImportedField.DUE));
        var proposal = IncomingPlans.proposeUpdate(store, sample.id(), incoming);
        assertEquals(List.of(), proposal.differences());
        assertTrue(proposal.warnings().stream().anyMatch(w -> w.contains("was left as it is")));
    }

    /** The plan as a reader would give it: every record with a fresh id, references as a tracker writes them. */
    private static IncomingPlan copyOf(PlanData plan, UnaryOperator<Action> edit, Set<ImportedField> carried) {
        Map<UUID, UUID> ids = new HashMap<>();
        UUID planId = fresh(ids, plan.id());
        Plan header = new Plan(planId, plan.plan().title(), plan.plan().strategy(), plan.plan().period(),
                plan.plan().financialYear(), plan.plan().governanceGroups(), plan.plan().bragKey(), READ);
        List<Partner> partners = plan.partners().stream().map(p -> new Partner(fresh(ids, p.id()), planId, p.name(),
                p.shortName(), READ)).toList();
        List<Priority> priorities = plan.priorities().stream().map(p -> new Priority(fresh(ids, p.id()), planId,
                p.order(), p.name(), p.shortName(), p.rationale(), ids.get(p.leadPartnerId()), p.leadOfficer(),
                p.retired(), null, "", p.confidence(), READ)).toList();
        List<Action> actions = new ArrayList<>();
        Map<UUID, String> references = new HashMap<>();
        for (Priority p : plan.priorities()) {
            List<Action> of = plan.actionsOf(p.id());
            for (int i = 0; i < of.size(); i++) {
                Action a = edit.apply(of.get(i));
                UUID id = fresh(ids, a.id());
                references.put(id, p.order() + "." + (i + 1));
                actions.add(new Action(id, planId, ids.get(a.priorityId()), Set.of(), a.title(), a.description(),
                        ids.get(a.leadPartnerId()), a.owner(), a.start(), a.due(), a.status(), a.percentComplete(),
                        a.statusReason(), "", null, null, a.correctiveAction(), a.decisionNeeded(), READ));
            }
        }
        List<Milestone> milestones = plan.milestones().stream().map(m -> new Milestone(fresh(ids, m.id()), planId,
                ids.get(m.actionId()), ids.get(m.priorityId()), m.title(), m.baselineDate(), m.date(), "",
                m.achieved(), READ)).toList();
        List<Dependency> dependencies = plan.dependencies().stream().map(d -> new Dependency(fresh(ids, d.id()),
                planId, ids.get(d.beforeActionId()), ids.get(d.afterActionId()), READ)).toList();
        PlanData read = new PlanData(header, partners, priorities, actions, milestones, dependencies, null, null,
                null, null, null, null, null);
        return new IncomingPlan("tracker.xlsx", read, carried, references, List.of());
    }

    private static UUID fresh(Map<UUID, UUID> ids, UUID old) {
        return ids.computeIfAbsent(old, k -> UUID.randomUUID());
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

package org.jointplan.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jointplan.bundle.ExportDetails;
import org.jointplan.bundle.PackageException;
import org.jointplan.bundle.PackageWriter;
import org.jointplan.domain.Action;
import org.jointplan.domain.Exchange;
import org.jointplan.domain.PlanData;
import org.jointplan.store.Store;
import org.jointplan.testsupport.PlanGenerator;
import org.jointplan.testsupport.StoreSnapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A package whose base is unknown or missing has no base: it may not "delete" what its sender never had by
 * borrowing another exchange (here another partner's) as the base.
 */
class MergeBaseTest {
    private static final Instant NOW = Instant.parse("2025-02-01T10:00:00Z");

    @org.junit.jupiter.api.io.TempDir
    Path dir;

    private Store store;
    private PlanData plan;
    private Action fromCounty;

    @BeforeEach
    void aPlanWithAnActionThatOnlyTheCountySentUs() {
        store = Store.open(dir.resolve("officer.sqlite"));
        PlanData generated = PlanGenerator.plan(6, 31);
        Action a = generated.actions().get(0);
        fromCounty = new Action(UUID.randomUUID(), a.planId(), a.priorityId(), Set.of(), "Added by the county", "",
                a.leadPartnerId(), "", a.start(), a.due(), a.status(), a.percentComplete(), "", "", null, null, "", "", a.stamp());
        plan = withActions(generated, plus(generated.actions(), fromCounty));
        store.write("the plan", w -> w.savePlan(plan));
        Exchange county = new Exchange(UUID.randomUUID(), plan.id(), Exchange.Direction.RECEIVED, NOW, "County",
                "Cee", NOW, "county.jplan", "Merged 1 of 1 changes");
        store.write("the county's package", w -> w.recordExchange(county, Snapshots.json(plan)));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @ParameterizedTest(name = "based on {0}")
    @ValueSource(strings = {"unknown", "missing"})
    void anUnknownOrMissingBaseIsNoBaseAndEveryDifferenceIsAConflict(String basedOn) throws Exception {
        // the city never had the county's action, and retitled another one
        List<Action> cityActions = new ArrayList<>(plan.actions());
        cityActions.remove(fromCounty);
        cityActions.set(1, cityActions.get(1).toBuilder().title("Retitled by the city").build());
        UUID base = basedOn.equals("unknown") ? UUID.randomUUID() : null;
        Path file = Files.write(dir.resolve("city.jplan"), new PackageWriter().write(withActions(plan, cityActions),
                new ExportDetails("t", NOW, "City", "Bee", UUID.randomUUID(), base), null, f -> { }));

        MergeService merges = new MergeService(new PackageService());
        MergeService.Proposal proposal = merges.prepare(store, file, null, f -> { });

        assertTrue(proposal.differences().stream().noneMatch(d -> d.recordId().equals(fromCounty.id())),
                "nothing the sender never had is deleted: " + proposal.differences());
        assertTrue(proposal.base() == null, "no base");
        assertTrue(proposal.differences().size() > 0 && proposal.differences().stream()
                .allMatch(d -> d.isConflict()), proposal.differences().toString());
        assertTrue(proposal.warnings().stream().anyMatch(w -> w.contains("there is no common base: every"
                + " difference is shown as a conflict")), proposal.warnings().toString());
        StoreSnapshot before = StoreSnapshot.of(store);
        assertThrows(PackageException.class, () -> merges.apply(store, new LocalUser("Org", "Me"), proposal,
                MergeService.ConflictPolicy.FAIL));
        before.assertSameAs(store);
    }

    private static List<Action> plus(List<Action> actions, Action more) {
        List<Action> all = new ArrayList<>(actions);
        all.add(more);
        return all;
    }

    static PlanData withActions(PlanData p, List<Action> actions) {
        return new PlanData(p.plan(), p.partners(), p.priorities(), actions, p.milestones(), p.dependencies(),
                p.updates(), p.measures(), p.measureValues(),
                p.committeeDates(), p.snapshots(), p.dateMoves(), p.tombstones());
    }
}

package org.jointplan.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jointplan.domain.Action;
import org.jointplan.domain.PlanData;
import org.jointplan.store.Store;
import org.jointplan.testsupport.PackageTinker;
import org.jointplan.testsupport.PlanGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Private notes stay at home unless the user sends them, and a partner's package never changes them. */
class PrivateNotesTest {
    private static final String SECRET = "Ring Jo: budget may be cut";
    private static final LocalUser OFFICER = new LocalUser("City", "Officer");
    private static final LocalUser PARTNER = new LocalUser("County", "Partner");

    @TempDir
    Path dir;

    private final PackageService packages = new PackageService();

    @Test
    void privateNotesAreLeftOutOfAPackageByDefault() throws Exception {
        PlanData plan = withSecret(PlanGenerator.plan(8, 61));
        Path file = dir.resolve("plan.jplan");
        try (Store store = Store.open(dir.resolve("officer.sqlite"))) {
            store.write("the plan", w -> w.savePlan(plan));
            packages.exportPlan(store, plan.id(), file, null, OFFICER, f -> { });
        }
        assertTrue(packages.read(file, null, f -> { }).plan().actions().stream().allMatch(a -> a.notes().isEmpty()));
        PackageTinker opened = PackageTinker.of(Files.readAllBytes(file));
        assertFalse(new String(opened.entry("plan.json"), StandardCharsets.UTF_8).contains(SECRET));
        assertFalse(new String(opened.entry("summary.html"), StandardCharsets.UTF_8).contains(SECRET));
    }

    @Test
    void theyGoOnlyWhenTheUserChoosesToSendThem() {
        PlanData plan = withSecret(PlanGenerator.plan(8, 62));
        Path file = dir.resolve("plan.jplan");
        try (Store store = Store.open(dir.resolve("officer.sqlite"))) {
            store.write("the plan", w -> w.savePlan(plan));
            packages.exportPlan(store, plan.id(), file, OFFICER, new ExportOptions(null, true, List.of()), f -> { });
        }
        assertEquals(SECRET, packages.read(file, null, f -> { }).plan().action(plan.actions().get(0).id())
                .orElseThrow().notes());
    }

    @Test
    void aPartnersPackageNeverChangesTheLocalNotes() {
        PlanData plan = withSecret(PlanGenerator.plan(8, 63));
        Action first = plan.actions().get(0);
        Path sent = dir.resolve("sent.jplan");
        Path back = dir.resolve("back.jplan");
        try (Store officer = Store.open(dir.resolve("officer.sqlite"));
             Store partner = Store.open(dir.resolve("partner.sqlite"))) {
            officer.write("the plan", w -> w.savePlan(plan));
            packages.exportPlan(officer, plan.id(), sent, null, OFFICER, f -> { });
            packages.importPackage(partner, sent, null, f -> { });
            PlanData theirs = partner.load(plan.id()).orElseThrow();
            Action edited = theirs.action(first.id()).orElseThrow().toBuilder().title("Retitled by the county")
                    .notes("The county's own notes").stamp(PARTNER.stampNow()).build();
            new PlanSession(partner, PARTNER, theirs).apply(new Change("Edit", List.of(), List.of(edited)));
            packages.exportPlan(partner, plan.id(), back, PARTNER, new ExportOptions(null, true, List.of()), f -> { });

            MergeService merges = new MergeService(packages);
            MergeService.Proposal proposal = merges.prepare(officer, back, null, f -> { });
            assertTrue(proposal.differences().stream().noneMatch(d -> "notes".equalsIgnoreCase(d.field())
                    || d.description().contains("notes")), proposal.differences().toString());
            merges.apply(officer, OFFICER, proposal, MergeService.ConflictPolicy.THEIRS);
            Action merged = officer.load(plan.id()).orElseThrow().action(first.id()).orElseThrow();
            assertEquals("Retitled by the county", merged.title(), "the partner's change is taken");
            assertEquals(SECRET, merged.notes(), "the private notes are the officer's own");
        }
    }

    private static PlanData withSecret(PlanData p) {
        List<Action> actions = new ArrayList<>(p.actions());
        actions.set(0, actions.get(0).toBuilder().notes(SECRET).build());
        return new PlanData(p.plan(), p.partners(), p.priorities(), actions, p.milestones(), p.dependencies(),
                p.updates(), p.measures(), p.measureValues(),
                p.committeeDates(), p.snapshots(), p.dateMoves(), p.tombstones());
    }
}

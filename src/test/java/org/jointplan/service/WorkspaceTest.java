package org.jointplan.service;

import static org.jointplan.testsupport.PlanAssertions.assertSamePlan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jointplan.domain.Measure;
import org.jointplan.domain.Partner;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.PlanRules;
import org.jointplan.domain.Priority;
import org.jointplan.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceTest {
    @TempDir
    Path dir;

    @Test
    void newStoreHoldsTheNottinghamAndNottinghamshirePlan() {
        try (Workspace workspace = Workspace.open(dir.resolve("plan.sqlite"))) {
            PlanData plan = workspace.defaultPlan().orElseThrow();
            assertEquals("2024/25", plan.plan().financialYear().label());
            assertEquals(Set.of("Nottingham City Council", "Nottinghamshire County Council",
                            "NHS Nottingham and Nottinghamshire Integrated Care Board"),
                    plan.partners().stream().map(Partner::name).collect(Collectors.toSet()));
            List<String> priorities = plan.priorities().stream().map(Priority::name).toList();
            assertEquals(5, priorities.size());
            assertTrue(priorities.get(0).startsWith("Speech, Language and Communication Needs"), priorities.get(0));
            assertTrue(priorities.get(4).contains("Data Dashboard"), priorities.get(4));
            assertTrue(plan.actions().size() >= 20, "at least 20 actions");
            assertTrue(plan.priorities().stream().allMatch(p -> !plan.actionsOf(p.id()).isEmpty()));
            assertTrue(plan.milestones().size() >= 10 && plan.dependencies().size() >= 5);
            assertEquals(4, plan.measures().size(), "the three real measures and the OT waiting list");
            Measure ehc = plan.measures().stream().filter(m -> m.name().contains("20 weeks")).findFirst()
                    .orElseThrow();
            assertEquals(40.0, ehc.finalTarget().value());
            assertTrue(plan.measureValues().stream().anyMatch(v -> v.measureId().equals(ehc.id())
                    && v.date().equals(java.time.LocalDate.of(2024, 4, 1)) && Double.valueOf(41.3).equals(v.actual())));
            assertEquals(List.of(), PlanRules.problems(plan));
        }
    }

    @Test
    void openingTwiceNeverDuplicatesTheSamplePlan() {
        Path file = dir.resolve("plan.sqlite");
        PlanData first;
        try (Workspace workspace = Workspace.open(file)) {
            first = workspace.defaultPlan().orElseThrow();
        }
        try (Workspace workspace = Workspace.open(file)) {
            assertEquals(1, workspace.plans().size());
            assertSamePlan(first, workspace.defaultPlan().orElseThrow());
        }
    }

    @Test
    void sampleIsNotSeededAgainAfterTheUserDeletedItsActions() {
        Path file = dir.resolve("plan.sqlite");
        try (Workspace workspace = Workspace.open(file)) {
            PlanData plan = workspace.defaultPlan().orElseThrow();
            var action = plan.actions().get(0);
            workspace.store().write("the deletion", w -> w.deleteAction(plan.id(), action.id(),
                    action.stamp().renewed()));
        }
        try (Workspace workspace = Workspace.open(file)) {
            PlanData plan = workspace.defaultPlan().orElseThrow();
            assertEquals(SamplePlan.load().actions().size() - 1, plan.actions().size());
        }
    }

    @Test
    void aNewStoreMadeThroughADanglingLinkIsMadeWhereItPointsForItsOwnerOnly() throws Exception {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path target = Files.createDirectory(dir.resolve("data")).resolve("plan.sqlite");
        Path link = Files.createSymbolicLink(dir.resolve("plan.sqlite"), target);
        try (Workspace workspace = Workspace.open(link)) {
            assertEquals(1, workspace.plans().size());
            assertEquals(target.toRealPath(), workspace.file());
        }
        assertTrue(Files.isSymbolicLink(link), "the link stays a link");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
    }

    @Test
    void failureMessagesArePlainSentences() {
        assertEquals("The disk is full.", UserMessages.of(new RuntimeException("wrapped",
                new org.jointplan.store.StoreException("The disk is full."))));
        assertTrue(UserMessages.of(new IllegalStateException("boom")).startsWith("JointPlan met an unexpected"));
    }

    @Test
    void aLeftoverLogWhereANewStoreWouldBeMadeIsRefusedWithNothingMade() throws Exception {
        Path file = dir.resolve("plan.sqlite");
        Path wal = dir.resolve("plan.sqlite-wal");
        Files.write(wal, new byte[] {1, 2, 3, 4}); // a store deleted without its log: SQLite would replay it
        StoreException e = assertThrows(StoreException.class, () -> Workspace.open(file).close());
        assertEquals(wal + " is left from an earlier store where a new plan store would be made; move it away,"
                + " then try again.", e.getMessage());
        assertEquals(List.of(wal), Files.list(dir).toList(), "no store, no lock file");
    }
}

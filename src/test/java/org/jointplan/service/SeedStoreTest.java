package org.jointplan.service;

import static org.jointplan.testsupport.PlanAssertions.assertSamePlan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jointplan.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedStoreTest {
    @TempDir
    Path dir;

    @Test
    void theBuildShipsASeedStoreHoldingExactlyTheSamplePlan() throws Exception {
        assertNotNull(SeedStore.class.getResource(SeedStore.RESOURCE), "pom.xml makes it at process-classes");
        Path file = dir.resolve("plan.sqlite");
        assertTrue(SeedStore.copyIfNew(file));
        try (Store store = Store.open(file)) {
            assertEquals(List.of(), store.integrityProblems());
            assertEquals(1, store.plans().size());
            assertSamePlan(SamplePlan.load(), store.load(store.plans().get(0).id()).orElseThrow());
            assertEquals(Optional.of(SamplePlan.load().id().toString()), store.setting(Workspace.SEEDED));
            assertEquals(Optional.empty(), store.setting(LocalUser.PERSON), "nobody's name comes with it");
            assertEquals(List.of(), store.exchanges(store.plans().get(0).id()));
        }
        try (var left = Files.list(file.getParent())) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no copy left behind");
        }
    }

    @Test
    void aNewWorkspaceIsACopyOfTheSeedNotAStoreSeededAtStart() {
        Path file = dir.resolve("plan.sqlite");
        try (Workspace workspace = Workspace.open(file)) {
            assertFalse(workspace.store().wasCreated(), "the file was there (the copy) before the store opened");
            assertEquals(1, workspace.plans().size());
            assertSamePlan(SamplePlan.load(), workspace.defaultPlan().orElseThrow());
        }
    }

    @Test
    void aMissingFolderIsExplainedAndNotCreated() {
        Path missing = dir.resolve("Docments");
        var refused = org.junit.jupiter.api.Assertions.assertThrows(org.jointplan.store.StoreException.class,
                () -> Workspace.open(missing.resolve("plan.sqlite")));
        assertTrue(refused.getMessage().contains("does not exist"), refused.getMessage());
        assertFalse(Files.exists(missing));
    }

    @Test
    void anExistingFileIsNeverReplaced() throws Exception {
        Path file = Files.writeString(dir.resolve("plan.sqlite"), "somebody's file");
        assertFalse(SeedStore.copyIfNew(file));
        assertEquals("somebody's file", Files.readString(file));
    }
}

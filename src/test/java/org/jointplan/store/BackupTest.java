package org.jointplan.store;

import static org.jointplan.testsupport.PlanAssertions.assertSamePlan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jointplan.domain.PlanData;
import org.jointplan.testsupport.PlanGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupTest {
    @TempDir
    Path dir;

    @Test
    void backupIsACompleteStoreAndOnlyTheNewestAreKept() throws Exception {
        PlanData plan = PlanGenerator.plan(50, 31);
        Path file = dir.resolve("plan.sqlite");
        try (Store store = Store.open(file)) {
            store.write("the plan", w -> w.savePlan(plan));
            for (int i = 0; i < Backups.KEEP + 2; i++) {
                store.backup();
                Thread.sleep(2); // backup names carry milliseconds
            }
            List<Path> backups = store.backups().list();
            assertEquals(Backups.KEEP, backups.size());
            try (var files = Files.list(store.backups().folder())) {
                assertTrue(files.noneMatch(f -> f.toString().endsWith(".partial")));
            }
            Path newest = backups.get(0);
            Path copy = Files.copy(newest, dir.resolve("restored.sqlite"));
            try (Store restored = Store.open(copy)) {
                assertSamePlan(plan, restored.load(plan.id()).orElseThrow());
            }
        }
    }

    @Test
    void backupIsTakenOnlyWhenTheNewestIsOldEnough() {
        try (Store store = Store.open(dir.resolve("plan.sqlite"))) {
            assertTrue(store.backupIfOlderThan(Duration.ofDays(1)));
            assertFalse(store.backupIfOlderThan(Duration.ofDays(1)));
            assertEquals(1, store.backups().list().size());
        }
    }
}

package org.jointplan.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.jointplan.store.Backups;
import org.jointplan.store.StoreException;
import org.jointplan.testsupport.PlanGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupRestoreTest {
    @TempDir
    Path dir;

    /** A store with the sample plan, backed up, and then a second plan added after the backup. */
    private Workspace storeChangedSinceItsBackup(Path file) {
        Workspace workspace = Workspace.open(file);
        workspace.store().backup();
        workspace.addPlan(PlanGenerator.plan(20, 7));
        return workspace;
    }

    @Test
    void backupsDatedInTheFutureCostNeitherTheSafetyBackupNorTheOneRestored() throws Exception {
        Path file = dir.resolve("plan.sqlite");
        Workspace workspace = storeChangedSinceItsBackup(file);
        Path chosen = workspace.store().backups().list().get(0);
        // A clock that was once ahead: the backups it took are named and dated years from now.
        for (int i = 1; i <= Backups.KEEP; i++) {
            Path future = Files.copy(chosen, chosen.resolveSibling("plan-2099010" + i + "-120000-000.sqlite"));
            Files.setLastModifiedTime(future, FileTime.from(Instant.parse("2099-01-0" + i + "T12:00:00Z")));
        }

        BackupRestore.Outcome outcome = BackupRestore.restore(workspace, chosen);
        try (Workspace restored = outcome.workspace()) {
            assertTrue(outcome.restored(), outcome.message());
            List<Path> backups = restored.store().backups().list();
            assertTrue(Files.exists(outcome.safetyBackup()), "the plan as it was before the restore is kept");
            assertEquals(outcome.safetyBackup(), backups.get(0), "and listed as the newest");
            assertTrue(Files.exists(chosen), "the backup just restored is kept");
            assertEquals(1, restored.plans().size());
        }
    }

    @Test
    void aRestoredStoreKeepsTheStoresPermissions() throws Exception {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path file = dir.resolve("plan.sqlite");
        Workspace workspace = storeChangedSinceItsBackup(file);
        Path backup = workspace.store().backups().list().get(0);
        Files.setPosixFilePermissions(backup, PosixFilePermissions.fromString("rw-r--r--")); // as older versions made
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        try (Workspace restored = BackupRestore.restore(workspace, backup).workspace()) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        }
    }

    @Test
    void restoringABackupBringsThePlansBackAndKeepsTheStoreAsItWasAsANewBackup() throws Exception {
        Path file = dir.resolve("plan.sqlite");
        Workspace workspace = storeChangedSinceItsBackup(file);
        Path backup = workspace.store().backups().list().get(0);
        assertEquals(2, workspace.plans().size());

        BackupRestore.Outcome outcome = BackupRestore.restore(workspace, backup);
        try (Workspace restored = outcome.workspace()) {
            assertTrue(outcome.restored(), outcome.message());
            assertEquals(1, restored.plans().size(), "the plan added after the backup is gone");
            assertEquals(List.of(), restored.store().integrityProblems());
            assertTrue(restored.store().backups().list().contains(outcome.safetyBackup()));
            assertTrue(outcome.message().contains(outcome.safetyBackup().getFileName().toString()));
            assertNoLeftovers();

            BackupRestore.Outcome back = BackupRestore.restore(restored, outcome.safetyBackup());
            try (Workspace again = back.workspace()) {
                assertEquals(2, again.plans().size(), "restoring the safety backup undoes the restore");
            }
        }
    }

    @Test
    void aDamagedBackupIsRefusedAndTheOpenStoreIsUntouchedAndStillUsable() throws Exception {
        Path file = dir.resolve("plan.sqlite");
        try (Workspace workspace = storeChangedSinceItsBackup(file)) {
            Path backup = workspace.store().backups().list().get(0);
            byte[] bytes = Files.readAllBytes(backup);
            Files.write(backup, Arrays.copyOf(bytes, bytes.length / 3)); // truncated, as by a full disk
            List<Path> backupsBefore = workspace.store().backups().list();

            StoreException refused = assertThrows(StoreException.class,
                    () -> BackupRestore.restore(workspace, backup));
            assertTrue(refused.getMessage().startsWith("The backup " + backup.getFileName() + " cannot be restored"),
                    refused.getMessage());
            assertTrue(refused.getMessage().endsWith("The plan store has not been changed."), refused.getMessage());
            assertFalse(refused.getMessage().contains(".restoring"), refused.getMessage());
            assertEquals(2, workspace.plans().size(), "the store is still open and unchanged");
            workspace.addPlan(PlanGenerator.plan(5, 8));
            assertEquals(3, workspace.plans().size(), "and still takes changes");
            assertEquals(backupsBefore, workspace.store().backups().list(), "no backup taken or pruned");
            assertNoLeftovers();
        }
    }

    @Test
    void aBackupThatIsNotADatabaseIsRefusedInOnePlainSentence() throws Exception {
        try (Workspace workspace = Workspace.open(dir.resolve("plan.sqlite"))) {
            Path backup = workspace.store().backup();
            Files.writeString(backup, "root:x:0:0:root:/root:/bin/bash\n"); // not a database at all
            StoreException refused = assertThrows(StoreException.class,
                    () -> BackupRestore.restore(workspace, backup));
            assertEquals("The backup " + backup.getFileName() + " cannot be restored: it is not a JointPlan store"
                    + " (it is not a database file). The plan store has not been changed.", refused.getMessage());
            assertEquals(1, workspace.plans().size());
        }
    }

    @Test
    void aFileThatIsNotABackupOfThisStoreIsRefused() throws Exception {
        try (Workspace workspace = Workspace.open(dir.resolve("plan.sqlite"));
             Workspace other = Workspace.open(dir.resolve("other.sqlite"))) {
            Path foreign = other.store().backup();
            StoreException refused = assertThrows(StoreException.class,
                    () -> BackupRestore.restore(workspace, foreign));
            assertTrue(refused.getMessage().contains("Only a backup of this plan store"), refused.getMessage());
            assertEquals(1, workspace.plans().size());
        }
    }

    @Test
    void backupsAreListedNewestFirstWithTheirTimeAndSize() throws Exception {
        try (Workspace workspace = Workspace.open(dir.resolve("plan.sqlite"),
                Clock.fixed(Instant.parse("2026-11-30T09:00:00Z"), ZoneOffset.UTC))) {
            Path older = workspace.store().backup();
            Path newer = workspace.store().backup();
            List<BackupRestore.Entry> entries = BackupRestore.list(workspace.store());
            assertEquals(List.of(newer, older), entries.stream().map(BackupRestore.Entry::file).toList());
            assertFalse(entries.get(0).taken().isBefore(entries.get(1).taken()));
            assertEquals(Files.size(newer), entries.get(0).bytes());
        }
    }

    @Test
    void aStoreThatCannotBeOpenedIsReplacedByItsBackupAndKeptAside() throws Exception {
        Path file = dir.resolve("plan.sqlite");
        Path backup;
        try (Workspace workspace = storeChangedSinceItsBackup(file)) {
            backup = workspace.store().backups().list().get(0);
        }
        byte[] damaged = Arrays.copyOf(Files.readAllBytes(file), 3 * 4096); // cut short, as by a failing disk
        Files.write(file, damaged);
        assertThrows(StoreException.class, () -> Workspace.open(file).close());
        assertEquals(List.of(backup), BackupRestore.listUnopened(file).stream().map(BackupRestore.Entry::file)
                .toList());

        BackupRestore.Outcome outcome = BackupRestore.restoreUnopened(file, backup);
        try (Workspace restored = outcome.workspace()) {
            assertEquals(1, restored.plans().size());
            assertEquals(List.of(), restored.store().integrityProblems());
        }
        assertTrue(outcome.safetyBackup().getFileName().toString().endsWith(".sqlite.set-aside"));
        assertArrayEquals(damaged, Files.readAllBytes(outcome.safetyBackup()), "the damaged file is kept as it was");
        assertTrue(outcome.message().contains(outcome.safetyBackup().getFileName().toString()), outcome.message());
        assertNoLeftovers();
    }

    @Test
    void aStoreOpenInAnotherJointPlanIsNotReplaced() throws Exception {
        Path file = dir.resolve("plan.sqlite");
        try (Workspace workspace = storeChangedSinceItsBackup(file)) {
            Path backup = workspace.store().backups().list().get(0);
            StoreException refused = assertThrows(StoreException.class,
                    () -> BackupRestore.restoreUnopened(file, backup));
            assertTrue(refused.getMessage().contains("already open"), refused.getMessage());
            assertEquals(2, workspace.plans().size(), "the open store is untouched");
            assertNoLeftovers();
        }
    }

    private void assertNoLeftovers() throws Exception {
        try (var files = Files.list(dir)) {
            List<String> names = files.map(f -> f.getFileName().toString()).toList();
            assertTrue(names.stream().noneMatch(n -> n.contains(".restoring")), names.toString());
        }
    }
}

package org.jointplan.store;

import static org.jointplan.testsupport.PlanAssertions.assertSamePlan;
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
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.jointplan.domain.PlanData;
import org.jointplan.testsupport.PlanGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupTest {
    private static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");
    private static final Clock STOPPED = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void backupIsACompleteStoreAndOnlyTheNewestAreKept() throws Exception {
        PlanData plan = PlanGenerator.plan(50, 31);
        Path file = dir.resolve("plan.sqlite");
        try (Store store = Store.open(file, STOPPED)) { // every backup at the same instant: still one each
            store.write("the plan", w -> w.savePlan(plan));
            Path first = store.backup();
            for (int i = 1; i < Backups.KEEP + 2; i++) {
                store.backup();
            }
            List<Path> backups = store.backups().list();
            assertEquals(Backups.KEEP, backups.size());
            assertFalse(backups.contains(first), "the oldest went first");
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
    void backupIsTakenOnlyWhenTheNewestIsOldEnough() throws Exception {
        Path file = dir.resolve("plan.sqlite");
        try (Store store = Store.open(file, STOPPED)) {
            assertTrue(store.backupIfOlderThan(Duration.ofDays(1)));
            Files.setLastModifiedTime(store.backups().list().get(0), FileTime.from(NOW.minusSeconds(60)));
            assertFalse(store.backupIfOlderThan(Duration.ofDays(1)));
            assertEquals(1, store.backups().list().size());
        }
        try (Store store = Store.open(file, Clock.offset(STOPPED, Duration.ofDays(1)))) {
            assertTrue(store.backupIfOlderThan(Duration.ofDays(1)), "a day later");
            assertEquals(2, store.backups().list().size());
        }
    }

    @Test
    void aClockThatWasAheadDecidesNothing() throws Exception {
        Path file = dir.resolve("plan.sqlite");
        Instant future = Instant.parse("2099-01-01T00:00:00Z");
        try (Store store = Store.open(file, Clock.fixed(future, ZoneOffset.UTC))) {
            for (int i = 0; i < Backups.KEEP; i++) {
                Files.setLastModifiedTime(store.backup(), FileTime.from(future)); // the system's clock was ahead
            }
        }
        try (Store store = Store.open(file, STOPPED)) {
            assertTrue(store.backupIfOlderThan(Duration.ofDays(1)), "a backup from the future is no reason to wait");
            Path taken = store.backups().list().get(0);
            assertTrue(taken.getFileName().toString().startsWith("plan-20261130-090000-000-"), taken.toString());
            assertTrue(Files.exists(taken), "the newest backup is the one just taken, and it is kept");
            assertEquals(Backups.KEEP, store.backups().list().size());
        }
    }

    @Test
    void backupsNamedBeforeTheyWereNumberedCountAsOlderThanAnyNumberedOne() throws Exception {
        Path file = dir.resolve("plan.sqlite");
        try (Store store = Store.open(file, STOPPED)) {
            Path model = store.backup();
            Path legacy = Files.copy(model, model.resolveSibling("plan-20990101-000000-000.sqlite"));
            Path newer = store.backup();
            assertEquals(List.of(newer, model, legacy), store.backups().list());
        }
    }

    @Test
    void backupsHaveTheStoresPermissionsInAFolderForItsOwnerOnly() throws Exception {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path file = dir.resolve("plan.sqlite");
        try (Store store = Store.open(file)) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
            Path backup = store.backup();
            assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(backup)));
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(
                    store.backups().folder())));
        }
    }

    @Test
    void aSequenceBeyondAnyLongStillOrdersTheBackups() throws Exception {
        Path file = dir.resolve("plan.sqlite");
        try (Store store = Store.open(file, STOPPED)) {
            Path model = store.backup();
            Path odd = Files.copy(model, model.resolveSibling("plan-99999999-999999-999-999999999999999999.sqlite"));
            Path next = store.backup();
            Path after = store.backup();
            assertEquals(List.of(after, next, odd, model), store.backups().list(), "each new one is the newest");
        }
    }

    @Test
    void onlyOrdinaryFilesAreBackupsAndNothingElseIsPruned() throws Exception {
        Path file = dir.resolve("plan.sqlite");
        try (Store store = Store.open(file, STOPPED)) {
            Path folder = store.backup().getParent();
            Path subfolder = Files.createDirectories(folder.resolve("plan-20000101-000000-000-000099.sqlite/x"));
            Path link = folder.resolve("plan-20000101-000000-000-000098.sqlite");
            try {
                Files.createSymbolicLink(link, Path.of("/etc/passwd"));
            } catch (UnsupportedOperationException | java.io.IOException e) {
                link = null;
            }
            for (int i = 0; i < Backups.KEEP + 1; i++) {
                store.backup(); // a folder or a link pruned as a backup would fail every backup, or follow it
            }
            assertEquals(Backups.KEEP, store.backups().list().size());
            assertTrue(store.backups().list().stream().allMatch(Files::isRegularFile));
            assertTrue(Files.isDirectory(subfolder), "not a backup: left alone");
            assertTrue(link == null || Files.isSymbolicLink(link), "not a backup: neither offered nor pruned");
            assertFalse(store.backups().list().contains(link));
        }
    }

    @Test
    void aFileInPlaceOfTheBackupsFolderIsNamedAsSuch() throws Exception {
        Path file = dir.resolve("plan.sqlite");
        try (Store store = Store.open(file, STOPPED)) {
            Files.writeString(store.backups().folder(), "not a folder");
            StoreException refused = assertThrows(StoreException.class, store::backup);
            assertEquals(store.backups().folder() + " is a file, not the folder of backups; move it away so that"
                    + " JointPlan can keep backups there.", refused.getMessage());
            assertEquals("not a folder", Files.readString(store.backups().folder()));
        }
    }

    @Test
    void aBackupThatFailsLeavesNoPartialFileBehind() throws Exception {
        Path file = dir.resolve("plan.sqlite");
        try (Store store = Store.open(file, STOPPED)) {
            // VACUUM INTO refuses to run inside a transaction: a failure after the partial file was made
            assertThrows(StoreException.class, () -> store.write("the test", w -> store.backup()));
            try (var files = Files.list(store.backups().folder())) {
                assertEquals(List.of(), files.toList());
            }
        }
    }
}

package org.jointplan.service;

import static org.jointplan.testsupport.PlanAssertions.assertSamePlan;
import static org.jointplan.testsupport.PlanAssertions.withoutPrivateNotes;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.jointplan.bundle.PackageException;
import org.jointplan.bundle.PackageLimits;
import org.jointplan.bundle.PackageReader;
import org.jointplan.bundle.PlanPackage;
import org.jointplan.domain.PlanData;
import org.jointplan.store.Store;
import org.jointplan.testsupport.PlanGenerator;
import org.jointplan.testsupport.StoreSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PackageServiceTest {
    private static final Instant NOW = Instant.parse("2025-01-15T16:30:00Z");
    private static final LocalUser USER = new LocalUser("NHS Nottingham and Nottinghamshire ICB", "Sam Officer");

    @TempDir
    Path dir;

    private final PackageService service = new PackageService(PackageLimits.DEFAULT, Clock.fixed(NOW,
            ZoneOffset.UTC));

    @ParameterizedTest(name = "{0} actions, seed {1}")
    @CsvSource({"0, 1", "1, 2", "7, 3", "60, 4", "400, 5", "2500, 6"})
    void exportThenImportIntoAnEmptyStoreGivesTheSamePlanFieldForField(int actions, long seed) {
        Stored original = withDeletion(PlanGenerator.plan(actions, seed));
        Path file = dir.resolve("plan.jplan");
        service.exportPlan(original.store, original.data.id(), file, USER,
                new ExportOptions(null, true, List.of()), f -> { });
        original.store.close();
        try (Store empty = Store.open(dir.resolve("partner.sqlite"))) {
            PackageService.Imported done = service.importPackage(empty, file, null, f -> { });
            assertEquals(original.data.id(), done.planId());
            assertEquals(1, empty.plans().size());
            assertSamePlan(original.data, empty.load(original.data.id()).orElseThrow());
        }
    }

    @Test
    void anEncryptedPackageComesBackWithTheRightPassphrase() throws Exception {
        Stored original = withDeletion(PlanGenerator.plan(120, 9));
        Path file = dir.resolve("sealed.jplan");
        PackageService.Exported exported = service.exportPlan(original.store, null, file,
                "tea at four".toCharArray(), USER, f -> { });
        original.store.close();
        assertTrue(exported.encrypted());
        assertTrue(PackageService.isProtected(file));
        String raw = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        assertTrue(raw.startsWith("JPLANENC"), "the documented header");
        assertFalse(raw.contains(original.data.plan().title()), "nothing readable inside");
        try (Store empty = Store.open(dir.resolve("partner.sqlite"))) {
            PackageService.Imported done = service.importPackage(empty, file, "tea at four".toCharArray(), f -> { });
            assertTrue(done.encrypted());
            assertSamePlan(withoutPrivateNotes(original.data), empty.load(original.data.id()).orElseThrow());
        }
    }

    @Test
    void theManifestSaysWhoExportedWhichPlanAndWhen() {
        Stored original = withDeletion(PlanGenerator.plan(10, 10));
        Path file = dir.resolve("plan.jplan");
        service.exportPlan(original.store, null, file, null, USER, f -> { });
        original.store.close();
        PlanPackage pkg = new PackageReader().read(file, null, f -> { });
        assertEquals(org.jointplan.bundle.PackageFormat.VERSION, pkg.manifest().formatVersion());
        assertEquals(original.data.id(), pkg.manifest().planId());
        assertEquals(NOW, pkg.manifest().exportedAt());
        assertEquals("NHS Nottingham and Nottinghamshire ICB", pkg.manifest().exportedByOrganisation());
        assertEquals("Sam Officer", pkg.manifest().exportedByPerson());
        assertEquals(AppInfo.version(), pkg.manifest().applicationVersion());
    }

    @Test
    void progressRisesAndACancelledExportLeavesNoFileAndKeepsTheOldOne() throws Exception {
        Stored original = withDeletion(PlanGenerator.plan(50, 11));
        Path file = Files.writeString(dir.resolve("plan.jplan"), "last week's package");
        List<Double> seen = new ArrayList<>();
        assertThrows(CancellationException.class, () -> service.exportPlan(original.store, null, file, null, USER,
                f -> {
                    seen.add(f);
                    if (f >= 0.9) {
                        throw new CancellationException();
                    }
                }));
        original.store.close();
        assertTrue(seen.size() >= 5, seen.toString());
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i) >= seen.get(i - 1), "progress never goes back: " + seen);
        }
        assertEquals("last week's package", Files.readString(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(), files.filter(f -> f.toString().endsWith(".part")).toList());
        }
    }

    @Test
    void aCancelledImportChangesNothing() {
        Stored original = withDeletion(PlanGenerator.plan(50, 12));
        Path file = dir.resolve("plan.jplan");
        service.exportPlan(original.store, null, file, null, USER, f -> { });
        original.store.close();
        try (Store other = Store.open(dir.resolve("partner.sqlite"))) {
            StoreSnapshot before = StoreSnapshot.of(other);
            assertThrows(CancellationException.class, () -> service.importPackage(other, file, null, f -> {
                if (f >= 0.85) {
                    throw new CancellationException();
                }
            }));
            before.assertSameAs(other);
        }
    }

    @Test
    void exportingIntoAMissingFolderSaysSo() {
        Stored original = withDeletion(PlanGenerator.plan(5, 13));
        Path file = dir.resolve("no such folder").resolve("plan.jplan");
        PackageException e = assertThrows(PackageException.class,
                () -> service.exportPlan(original.store, null, file, null, USER, f -> { }));
        original.store.close();
        assertEquals("The folder " + file.getParent() + " does not exist; choose another place for the package.",
                e.getMessage());
    }

    @Test
    void anUnknownPlanOrAnEmptyPassphraseIsRefused() {
        Stored original = withDeletion(PlanGenerator.plan(5, 14));
        java.util.UUID unknown = java.util.UUID.randomUUID();
        Path file = dir.resolve("plan.jplan");
        assertEquals("The store holds no plan with the id " + unknown + ".", assertThrows(PackageException.class,
                () -> service.exportPlan(original.store, unknown, file, null, USER, f -> { })).getMessage());
        assertEquals("The passphrase is empty; type one, or export without a passphrase.",
                assertThrows(PackageException.class, () -> service.exportPlan(original.store, null, file,
                        new char[0], USER, f -> { })).getMessage());
        original.store.close();
        assertFalse(Files.exists(file));
    }

    @Test
    void aPassphraseFileLosesItsFinalLineBreakOnly() throws Exception {
        Path file = Files.write(dir.resolve("pass.txt"), " two words \r\n".getBytes(StandardCharsets.UTF_8));
        assertArrayEquals(" two words ".toCharArray(), PassphraseFile.read(file));
        Path empty = Files.writeString(dir.resolve("empty.txt"), "\n");
        assertEquals("The passphrase file " + empty + " is empty.",
                assertThrows(PackageException.class, () -> PassphraseFile.read(empty)).getMessage());
    }

    /** A store holding the plan with one action deleted, so that tombstones travel too. */
    private Stored withDeletion(PlanData plan) {
        Store store = Store.open(dir.resolve("officer.sqlite"));
        store.write("the plan", w -> w.savePlan(plan));
        if (plan.actions().size() > 2) {
            var doomed = plan.actions().get(1);
            store.write("the deletion", w -> w.deleteAction(plan.id(), doomed.id(), doomed.stamp().renewed()));
        }
        return new Stored(store, store.load(plan.id()).orElseThrow());
    }

    private record Stored(Store store, PlanData data) {
    }
}

package org.jointplan.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Path;
import org.jointplan.bundle.PackageCrypto;
import org.jointplan.domain.PlanData;
import org.jointplan.store.Store;
import org.jointplan.testsupport.PlanGenerator;
import org.jointplan.testsupport.StoreSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening a package reads and decrypts it once (one key derivation), and the service says what it is. */
class PackageOpenerTest {
    private static final LocalUser USER = new LocalUser("City", "Officer");

    @TempDir
    Path dir;

    private final PackageService packages = new PackageService();
    private final PackageOpener opener = new PackageOpener(packages, new MergeService(packages));

    @Test
    void aProtectedPackageIsDecryptedOnceWhetherItIsAddedOrReviewed() {
        PlanData plan = PlanGenerator.plan(30, 81);
        Path file = dir.resolve("sealed.jplan");
        try (Store officer = Store.open(dir.resolve("officer.sqlite"))) {
            officer.write("the plan", w -> w.savePlan(plan));
            packages.exportPlan(officer, plan.id(), file, "Sherwood at dawn".toCharArray(), USER, f -> { });
        }
        try (Store partner = Store.open(dir.resolve("partner.sqlite"))) {
            StoreSnapshot before = StoreSnapshot.of(partner);
            long start = PackageCrypto.keyDerivations();
            var locked = assertInstanceOf(PackageOpener.Locked.class, opener.open(partner, file, null, f -> { }));
            assertEquals("", locked.problem());
            assertEquals(start, PackageCrypto.keyDerivations(), "no passphrase, no derivation");
            var wrong = assertInstanceOf(PackageOpener.Locked.class,
                    opener.open(partner, file, "Sherwood at dusk".toCharArray(), f -> { }));
            assertEquals("The passphrase is not right for this package (or the file was damaged on the way).",
                    wrong.problem());
            before.assertSameAs(partner);

            long added = PackageCrypto.keyDerivations();
            var opened = assertInstanceOf(PackageOpener.Added.class,
                    opener.open(partner, file, "Sherwood at dawn".toCharArray(), f -> { }));
            assertEquals(1, PackageCrypto.keyDerivations() - added, "one key derivation to add a new plan");
            assertEquals(plan.id(), opened.imported().planId());

            long reviewed = PackageCrypto.keyDerivations();
            var again = assertInstanceOf(PackageOpener.ToReview.class,
                    opener.open(partner, file, "Sherwood at dawn".toCharArray(), f -> { }));
            assertEquals(1, PackageCrypto.keyDerivations() - reviewed, "one key derivation to review a copy");
            assertEquals(plan.id(), again.proposal().local().id());
        }
    }
}

package org.jointplan.cli;

import static org.jointplan.cli.Cli.run;
import static org.jointplan.testsupport.PlanAssertions.assertSamePlan;
import static org.jointplan.testsupport.PlanAssertions.withoutPrivateNotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jointplan.domain.Plan;
import org.jointplan.domain.PlanData;
import org.jointplan.store.Store;
import org.jointplan.testsupport.PlanGenerator;
import org.jointplan.cli.Cli.Result;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackageCliTest {
    @TempDir
    Path dir;

    private PlanData plan;
    private Path officer;
    private Path partner;

    @BeforeEach
    void anOfficerStoreWithAGeneratedPlan() {
        plan = PlanGenerator.plan(80, 21);
        officer = dir.resolve("officer.sqlite");
        try (Store store = Store.open(officer)) {
            store.write("the plan", w -> w.savePlan(plan));
        }
        partner = dir.resolve("partner.sqlite");
    }

    @Test
    void exportThenImportIntoAPartnersStore() {
        Path pkg = dir.resolve("plan.jplan");
        Result exported = run("--store", officer.toString(), "export", "--out", pkg.toString());
        assertEquals(0, exported.code(), exported.err());
        assertEquals("Exported 'Generated plan 80' (80 actions) to " + pkg + ".", exported.out().strip());
        Result imported = run("--store", partner.toString(), "import", pkg.toString());
        assertEquals(0, imported.code(), imported.err());
        assertTrue(imported.out().startsWith("Imported 'Generated plan 80' (80 actions, exported by "),
                imported.out());
        try (Store store = Store.open(partner)) {
            assertEquals(2, store.plans().size(), "the sample plan of a new store, and the imported plan");
            assertSamePlan(withoutPrivateNotes(plan), store.load(plan.id()).orElseThrow());
        }
    }

    @Test
    void diffOfAPackageThisStoreSentSaysItWasSentNotBroughtIn() {
        Path pkg = dir.resolve("sent.jplan");
        assertEquals(0, run("--store", officer.toString(), "export", "--out", pkg.toString(), "--plan",
                plan.id().toString()).code());
        Result diff = run("--store", officer.toString(), "diff", pkg.toString());
        assertEquals(0, diff.code(), diff.err());
        assertFalse(diff.err().contains("brought in"), diff.err());
        assertTrue(diff.err().contains("This store sent this package on "), diff.err());
    }

    @Test
    void aPassphraseFileProtectsThePackage() throws Exception {
        Path pkg = dir.resolve("plan.jplan");
        Path pass = Files.writeString(dir.resolve("pass.txt"), "Trent Bridge at dusk\n");
        assertEquals(0, run("--store", officer.toString(), "export", "--out", pkg.toString(), "--plan",
                plan.id().toString(), "--passphrase-file", pass.toString()).code());

        Result without = run("--store", partner.toString(), "import", pkg.toString());
        assertEquals(1, without.code());
        assertEquals("plan.jplan is protected by a passphrase; give it with --passphrase-file FILE.",
                without.err().strip());

        Path wrong = Files.writeString(dir.resolve("wrong.txt"), "Trent Bridge at dawn\n");
        Result refused = run("--store", partner.toString(), "import", pkg.toString(), "--passphrase-file",
                wrong.toString());
        assertEquals(1, refused.code());
        assertTrue(refused.err().startsWith("The passphrase is not right for this package"), refused.err());
        assertEquals(1, refused.err().strip().lines().count());

        Result imported = run("--store", partner.toString(), "import", pkg.toString(), "--passphrase-file",
                pass.toString());
        assertEquals(0, imported.code(), imported.err());
    }

    @Test
    void aHostilePackageIsOnePlainSentenceAndExitCodeOne() throws Exception {
        Path bad = Files.writeString(dir.resolve("invoice.jplan"), "<html>pay now</html>");
        run("--store", partner.toString(), "list"); // create the partner's store first
        List<Plan> before;
        try (Store store = Store.open(partner)) {
            before = store.plans();
        }
        Result result = run("--store", partner.toString(), "import", bad.toString());
        assertEquals(1, result.code());
        assertEquals("", result.out());
        assertEquals("invoice.jplan is not a JointPlan package.", result.err().strip());
        assertFalse(result.err().contains("Exception"));
        try (Store store = Store.open(partner)) {
            assertEquals(before, store.plans());
        }
    }

    @Test
    void importingAPlanAlreadyInTheStoreIsRefused() {
        Path pkg = dir.resolve("plan.jplan");
        assertEquals(0, run("--store", officer.toString(), "export", "--out", pkg.toString()).code());
        Result again = run("--store", officer.toString(), "import", pkg.toString());
        assertEquals(1, again.code());
        assertEquals("This plan is already in your store, so it was not added again; bring in the partner's changes"
                + " with import --merge (diff shows them first).", again.err().strip());
    }

    @Test
    void anExistingFileIsNotReplacedWithoutForce() throws Exception {
        Path pkg = Files.writeString(dir.resolve("plan.jplan"), "keep me");
        Result refused = run("--store", officer.toString(), "export", "--out", pkg.toString());
        assertEquals(1, refused.code());
        assertEquals(pkg + " already exists; choose another name, or add --force to replace it.",
                refused.err().strip());
        assertEquals("keep me", Files.readString(pkg));
        assertEquals(0, run("--store", officer.toString(), "export", "--out", pkg.toString(), "--force").code());
        assertTrue(Files.size(pkg) > 1000);
    }

    @Test
    void usageErrorsAndHelp() {
        assertEquals(2, run("export").code(), "--out is required");
        assertEquals(2, run("import").code(), "the file is required");
        for (String command : new String[] {"export", "import"}) {
            Result help = run(command, "--help");
            assertEquals(0, help.code());
            assertTrue(help.out().contains("--passphrase-file"), help.out());
        }
        Result missing = run("--store", officer.toString(), "export", "--out", dir.resolve("p.jplan").toString(),
                "--passphrase-file", dir.resolve("nope.txt").toString());
        assertEquals(1, missing.code());
        assertEquals("There is no passphrase file " + dir.resolve("nope.txt") + ".", missing.err().strip());
    }
}

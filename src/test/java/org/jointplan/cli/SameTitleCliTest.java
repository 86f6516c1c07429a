package org.jointplan.cli;

import static org.jointplan.cli.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.jointplan.bundle.ExportDetails;
import org.jointplan.bundle.PackageWriter;
import org.jointplan.domain.PlanData;
import org.jointplan.service.SamplePlan;
import org.jointplan.testsupport.PackageTinker;
import org.jointplan.testsupport.PlanGenerator;
import org.jointplan.cli.Cli.Result;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A partner's plan with the same title as yours is announced, and export never picks between them silently. */
class SameTitleCliTest {
    @TempDir
    Path dir;
    private String store;
    private PlanData sample;
    private PlanData namesake;
    private Path namesakePackage;

    @BeforeEach
    void aStoreWithTheSampleAndAPackageOfAnotherPlanWithItsTitle() throws Exception {
        store = dir.resolve("plan.sqlite").toString();
        assertEquals(0, run("--store", store, "list").code());
        sample = SamplePlan.load();
        namesake = PlanGenerator.plan(6, 9);
        byte[] good = new PackageWriter().write(namesake, new ExportDetails("test", Instant.parse(
                "2024-11-05T10:15:00Z"), "Nottingham City Council", "Test Officer"), null, f -> { });
        namesakePackage = Files.write(dir.resolve("namesake.jplan"), PackageTinker.of(good)
                .editPlan(p -> ((ObjectNode) p.get("plan")).put("title", sample.plan().title())).resign().zip());
    }

    @Test
    void importWarnsThatTheStoreNowHoldsTwoPlansWithOneTitle() {
        Result imported = run("--store", store, "import", namesakePackage.toString());
        assertEquals(0, imported.code(), imported.err());
        assertTrue(imported.out().startsWith("Imported '" + sample.plan().title() + "'"), imported.out());
        assertEquals("Warning: this store now holds 2 plans called '" + sample.plan().title() + "'; list shows"
                + " their ids, and export needs --plan ID to tell them apart.", imported.err().strip());
    }

    @Test
    void exportWithoutPlanRefusesToChooseAndListsThePlans() {
        assertEquals(0, run("--store", store, "import", namesakePackage.toString()).code());
        Path out = dir.resolve("out.jplan");
        Result refused = run("--store", store, "export", "--out", out.toString());
        assertEquals(1, refused.code());
        assertEquals(1, refused.err().lines().count(), refused.err());
        assertTrue(refused.err().contains("--plan"), refused.err());
        assertTrue(refused.err().contains(sample.id().toString()), refused.err());
        assertTrue(refused.err().contains(namesake.id().toString()), refused.err());
        assertTrue(refused.err().contains("'" + sample.plan().title() + "'"), refused.err());
        assertFalse(Files.exists(out));

        Result chosen = run("--store", store, "export", "--out", out.toString(), "--plan", namesake.id().toString());
        assertEquals(0, chosen.code(), chosen.err());
        assertTrue(Files.exists(out));
    }

    @Test
    void exportWithoutPlanTakesTheOnlyPlan() {
        Result exported = run("--store", store, "export", "--out", dir.resolve("only.jplan").toString());
        assertEquals(0, exported.code(), exported.err());
        assertTrue(exported.out().startsWith("Exported '" + sample.plan().title() + "'"), exported.out());
    }
}

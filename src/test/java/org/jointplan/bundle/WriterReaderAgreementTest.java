package org.jointplan.bundle;

import static org.jointplan.testsupport.PlanAssertions.assertSamePlan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jointplan.domain.Action;
import org.jointplan.domain.PlanData;
import org.jointplan.testsupport.PlanGenerator;
import org.junit.jupiter.api.Test;

/** What the writer makes, the reader reads: the same limits apply to both, compression ratio included. */
class WriterReaderAgreementTest {
    private static final ExportDetails DETAILS = new ExportDetails("9.9", Instant.parse("2024-07-01T13:05:00Z"),
            "City", "Officer");

    @Test
    void aPlanWithLongRepetitiveNotesComesBack() {
        PlanData plan = PlanGenerator.plan(20, 71);
        List<Action> actions = new ArrayList<>();
        for (Action a : plan.actions()) {
            // a pasted log, the same line again and again: deflates over 200:1, like a zip bomb
            actions.add(a.toBuilder().notes("Chased again, no reply. ".repeat(40_000)).build());
        }
        PlanData noisy = new PlanData(plan.plan(), plan.partners(), plan.priorities(), actions, plan.milestones(),
                plan.dependencies(), plan.updates(), plan.measures(), plan.measureValues(),
                plan.committeeDates(), plan.snapshots(), plan.dateMoves(), plan.tombstones());
        for (char[] passphrase : new char[][] {null, "a long passphrase".toCharArray()}) {
            byte[] file = new PackageWriter().write(noisy, DETAILS, passphrase, f -> { });
            PlanPackage back = new PackageReader().read(file, "noisy.jplan", passphrase, f -> { });
            assertSamePlan(noisy, back.plan());
        }
    }

    @Test
    void aSmallerReaderLimitIsTheWritersLimitToo() {
        PackageLimits tight = new PackageLimits(64L << 20, 16, 64L << 20, 128L << 20, 4, 64 * 1024);
        PlanData plan = PlanGenerator.plan(300, 72);
        byte[] file = new PackageWriter(tight).write(plan, DETAILS, null, f -> { });
        assertSamePlan(plan, new PackageReader(tight, java.time.Clock.systemUTC()).read(file, "p.jplan", null,
                f -> { }).plan());
    }
}

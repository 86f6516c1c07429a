package org.jointplan.bundle;

import static org.jointplan.testsupport.PlanAssertions.assertSamePlan;

import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.jointplan.domain.PlanData;
import org.jointplan.testsupport.PlanGenerator;

/** Writing then reading any generated plan gives it back field for field. */
class PackageRoundTripPropertyTest {
    private static final ExportDetails DETAILS = new ExportDetails("t", Instant.parse("2025-03-01T00:00:00Z"), "", "");

    @Property(tries = 25)
    void aPlanComesBackFieldForField(@ForAll @IntRange(min = 0, max = 300) int actions, @ForAll long seed) {
        PlanData plan = PlanGenerator.plan(actions, seed);
        byte[] pkg = new PackageWriter().write(plan, DETAILS, null, f -> { });
        assertSamePlan(plan, new PackageReader().read(pkg, "p.jplan", null, f -> { }).plan());
    }
}

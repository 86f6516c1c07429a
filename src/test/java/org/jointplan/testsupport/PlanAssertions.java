package org.jointplan.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.jointplan.domain.PlanData;

/** Compares plans field for field, ignoring the order in which records are listed. */
public final class PlanAssertions {
    private PlanAssertions() {
    }

    public static void assertSamePlan(PlanData expected, PlanData actual) {
        assertEquals(expected.plan(), actual.plan(), "plan");
        same(expected.partners(), actual.partners(), r -> r.id().toString(), "partners");
        same(expected.priorities(), actual.priorities(), r -> r.id().toString(), "priorities");
        same(expected.actions(), actual.actions(), r -> r.id().toString(), "actions");
        same(expected.milestones(), actual.milestones(), r -> r.id().toString(), "milestones");
        same(expected.dependencies(), actual.dependencies(), r -> r.id().toString(), "dependencies");
        same(expected.updates(), actual.updates(), r -> r.id().toString(), "updates");
        same(expected.measures(), actual.measures(), r -> r.id().toString(), "measures");
        same(expected.measureValues(), actual.measureValues(), r -> r.id().toString(), "measure values");
        same(expected.committeeDates(), actual.committeeDates(), r -> r.id().toString(), "committee dates");
        same(expected.snapshots(), actual.snapshots(), r -> r.id().toString(), "snapshots");
        same(expected.dateMoves(), actual.dateMoves(), r -> r.id().toString(), "date moves");
        same(expected.tombstones(), actual.tombstones(), r -> r.id().toString(), "tombstones");
    }

    /** The plan as a package sent without private notes (the default) carries it. */
    public static PlanData withoutPrivateNotes(PlanData p) {
        return new PlanData(p.plan(), p.partners(), p.priorities(), p.actions().stream()
                .map(a -> a.toBuilder().notes("").build()).toList(), p.milestones(), p.dependencies(), p.updates(),
                p.measures(), p.measureValues(), p.committeeDates(), p.snapshots(), p.dateMoves(), p.tombstones());
    }

    private static <T> void same(List<T> expected, List<T> actual, Function<T, String> key, String what) {
        Comparator<T> byKey = Comparator.comparing(key);
        assertEquals(expected.stream().sorted(byKey).toList(), actual.stream().sorted(byKey).toList(), what);
    }
}

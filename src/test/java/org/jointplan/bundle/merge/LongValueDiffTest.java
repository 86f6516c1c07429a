package org.jointplan.bundle.merge;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jointplan.domain.Action;
import org.jointplan.domain.Difference;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.Stamp;
import org.jointplan.testsupport.PlanGenerator;
import org.junit.jupiter.api.Test;

/** A change near the end of a long text shows in the difference's description, for both values. */
class LongValueDiffTest {
    private static final Stamp ICB = new Stamp(Instant.parse("2024-11-02T10:00:00Z"), "ICB", "Partner A");
    private static final String LONG = "Head of Service for Special Educational Needs and Disabilities, Integrated"
            + " Commissioning Hub, ";

    private final PlanData generated = PlanGenerator.plan(10, 5);

    private static PlanData withOwner(PlanData plan, String owner) {
        return edit(plan, b -> b.owner(owner));
    }

    private static PlanData edit(PlanData plan, UnaryOperator<Action.Builder> change) {
        List<Action> actions = new ArrayList<>(plan.actions());
        actions.set(0, change.apply(actions.get(0).toBuilder()).stamp(ICB).build());
        return new PlanData(plan.plan(), plan.partners(), plan.priorities(), actions, plan.milestones(),
                plan.dependencies(), plan.updates(), plan.measures(), plan.measureValues(),
                plan.committeeDates(), plan.snapshots(), plan.dateMoves(), plan.tombstones());
    }

    @Test
    void aChangeNearTheEndOfALongValueIsShownForOldAndNew() {
        PlanData base = withOwner(generated, LONG + "Nottingham North");
        PlanData theirs = withOwner(base, LONG + "Nottingham South");
        Difference d = ThreeWayDiff.compare(base, base, theirs).get(0);
        assertTrue(d.description().contains("North'") && d.description().contains("South'"), d.description());
        assertTrue(d.description().contains("…"), d.description());
    }

    @Test
    void aConflictShowsWhereYoursAndTheirsDiffer() {
        PlanData base = withOwner(generated, LONG + "Nottingham");
        PlanData mine = withOwner(base, LONG + "Nottingham City");
        PlanData theirs = withOwner(base, LONG + "Nottinghamshire County");
        Difference d = ThreeWayDiff.compare(base, mine, theirs).get(0);
        assertTrue(d.isConflict());
        assertTrue(d.description().contains("Nottingham City'") && d.description().contains("shire County'"),
                d.description());
    }
}

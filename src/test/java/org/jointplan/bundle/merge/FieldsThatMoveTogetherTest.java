package org.jointplan.bundle.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jointplan.domain.Action;
import org.jointplan.domain.Difference;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.Stamp;
import org.jointplan.domain.Status;
import org.jointplan.testsupport.PlanGenerator;
import org.junit.jupiter.api.Test;

/**
 * Fields tied by a record's rules (complete ⇔ 100%, start not after due) are one difference: whatever the user
 * ticks or unticks in the review, Apply never meets a record the rules refuse.
 */
class FieldsThatMoveTogetherTest {
    private static final Stamp OFFICER = new Stamp(Instant.parse("2024-11-01T10:00:00Z"), "City", "Officer");
    private static final Stamp ICB = new Stamp(Instant.parse("2024-11-02T10:00:00Z"), "ICB", "Partner");

    private final PlanData base = PlanGenerator.plan(12, 5);
    private final Action action = base.actions().stream().filter(a -> a.status() != Status.COMPLETE
            && a.percentComplete() < 90).findFirst().orElseThrow();

    private PlanData edit(PlanData plan, Function<Action.Builder, Action.Builder> change, Stamp stamp) {
        List<Action> actions = new ArrayList<>(plan.actions());
        actions.replaceAll(a -> a.id().equals(action.id()) ? change.apply(a.toBuilder()).stamp(stamp).build() : a);
        return new PlanData(plan.plan(), plan.partners(), plan.priorities(), actions, plan.milestones(),
                plan.dependencies(), plan.updates(), plan.measures(), plan.measureValues(),
                plan.committeeDates(), plan.snapshots(), plan.dateMoves(), plan.tombstones());
    }

    /** Applies every combination of accepted and rejected differences; none may be refused. */
    private static void everyChoiceApplies(PlanData mine, List<Difference> diffs) {
        for (int chosen = 0; chosen < 1 << diffs.size(); chosen++) {
            int mask = chosen;
            Merge.apply(mine, diffs, d -> (mask & 1 << diffs.indexOf(d)) != 0);
        }
    }

    @Test
    void statusAndPercentAreOneChangeAndSoAreStartAndDue() {
        PlanData theirs = edit(base, b -> b.status(Status.COMPLETE).start(action.due().plusDays(10))
                .due(action.due().plusDays(40)), ICB);
        List<Difference> diffs = ThreeWayDiff.compare(base, base, theirs);
        assertEquals(List.of("start+due", "status+percentComplete"), diffs.stream().map(Difference::field)
                .sorted().toList(), diffs.toString());
        assertTrue(diffs.stream().anyMatch(d -> d.description().contains(
                "status and percent complete changed from " + action.status().label() + ", "
                        + action.percentComplete() + " to Complete, 100")), diffs.toString());
        everyChoiceApplies(base, diffs);
    }

    @Test
    void aStatusChangedAgainstMyPercentIsOneConflictEitherWayOfWhichFits() {
        PlanData mine = edit(base, b -> b.percentComplete(60), OFFICER);
        PlanData theirs = edit(base, b -> b.status(Status.COMPLETE), ICB);
        List<Difference> diffs = ThreeWayDiff.compare(base, mine, theirs);
        assertEquals(1, diffs.size(), diffs.toString());
        assertTrue(diffs.get(0).isConflict());
        everyChoiceApplies(mine, diffs);
        Action taken = (Action) Merge.apply(mine, diffs, d -> true).saves().get(0);
        assertEquals(Status.COMPLETE, taken.status());
        assertEquals(100, taken.percentComplete());
    }
}

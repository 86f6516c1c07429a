package org.jointplan.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jointplan.domain.Action;
import org.jointplan.domain.Partner;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.PlanRules;
import org.jointplan.domain.Priority;
import org.jointplan.domain.StatusSummary;
import org.jointplan.testsupport.Bench;
import org.jointplan.testsupport.PlanGenerator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A plan as wide as it is long: 60,000 priorities of one action each. Listing it (each priority's actions, their
 * summary and each action's partner, as `list` does) and checking it (PlanRules) must stay linear; looking records
 * up by scanning lists took 26 s to list this shape.
 */
@Tag("bench")
class PlanShapeBench {
    private static final int SIZE = 60_000;

    @Test
    void list60kPriorities() {
        PlanData plan = wide(PlanGenerator.plan(SIZE, 5));
        long[] listing = new long[7];
        long[] checking = new long[7];
        for (int run = -2; run < listing.length; run++) {
            PlanData fresh = copy(plan); // the indexes are built on first use: count that in
            long t0 = System.nanoTime();
            int lines = list(fresh);
            long t1 = System.nanoTime();
            int problems = PlanRules.problems(fresh).size();
            long t2 = System.nanoTime();
            if (lines != 2 * SIZE || problems != 0) {
                throw new AssertionError(lines + " lines, " + problems + " problems");
            }
            if (run >= 0) {
                listing[run] = t1 - t0;
                checking[run] = t2 - t1;
            }
        }
        Bench.report("plan.list60k", Bench.medianMillis(listing), "ms");
        Bench.report("plan.check60k", Bench.medianMillis(checking), "ms");
    }

    /** What the command line's listing looks up, line by line. */
    private static int list(PlanData data) {
        int lines = 0;
        LocalDate today = LocalDate.of(2024, 10, 1);
        for (Priority priority : data.priorities()) {
            List<Action> actions = data.actionsOf(priority.id());
            lines += StatusSummary.of(actions, today).total() > 0 ? 1 : 0;
            for (Action a : actions) {
                UUID partner = a.leadPartnerId();
                lines += partner == null || data.partner(partner).map(Partner::shortName).isPresent() ? 1 : 0;
            }
        }
        return lines;
    }

    /** One priority for each action. */
    private static PlanData wide(PlanData p) {
        List<Priority> priorities = new ArrayList<>();
        List<Action> actions = new ArrayList<>();
        Priority model = p.priorities().get(0);
        for (int i = 0; i < p.actions().size(); i++) {
            Priority priority = new Priority(UUID.randomUUID(), p.id(), i + 1, "Priority " + i, "P" + i, "",
                    model.leadPartnerId(), "", false, null, "", null, model.stamp());
            priorities.add(priority);
            actions.add(p.actions().get(i).toBuilder().priorityId(priority.id()).otherPriorityIds(Set.of()).build());
        }
        return new PlanData(p.plan(), p.partners(), priorities, actions,
                p.milestones().stream().filter(m -> m.priorityId() == null).toList(), p.dependencies(), p.updates(),
                p.measures(), p.measureValues(), p.committeeDates(), p.snapshots(), p.dateMoves(), p.tombstones());
    }

    private static PlanData copy(PlanData p) {
        return new PlanData(p.plan(), p.partners(), p.priorities(), p.actions(), p.milestones(), p.dependencies(),
                p.updates(), p.measures(), p.measureValues(),
                p.committeeDates(), p.snapshots(), p.dateMoves(), p.tombstones());
    }
}

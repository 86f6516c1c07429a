package org.jointplan.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jointplan.domain.Difference;
import org.jointplan.bundle.merge.ThreeWayDiff;
import org.jointplan.domain.Action;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.Stamp;
import org.jointplan.testsupport.Bench;
import org.jointplan.testsupport.PlanGenerator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Three-way comparison of two 10,000-action versions with 1,000 changes (500 each side, 100 of them clashing). */
@Tag("bench")
class MergeBench {

    @Test
    void diff10k() {
        PlanData base = PlanGenerator.plan(10_000, 3);
        Stamp partner = new Stamp(Instant.parse("2024-12-01T09:00:00Z"), "ICB", "Partner");
        List<Action> mine = new ArrayList<>(base.actions());
        List<Action> theirs = new ArrayList<>(base.actions());
        for (int i = 0; i < 500; i++) {
            int m = i * 20;
            int t = i * 20 + (i % 5 == 0 ? 0 : 7); // every fifth change touches the same action: a conflict
            mine.set(m, mine.get(m).toBuilder().owner("Mine " + i).build());
            theirs.set(t, theirs.get(t).toBuilder().owner("Theirs " + i).stamp(partner).build());
        }
        PlanData minePlan = with(base, mine);
        PlanData theirPlan = with(base, theirs);
        long[] times = new long[9];
        int count = 0;
        for (int run = -3; run < times.length; run++) {
            long t0 = System.nanoTime();
            List<Difference> diffs = ThreeWayDiff.compare(base, minePlan, theirPlan);
            long elapsed = System.nanoTime() - t0;
            count = diffs.size();
            if (run >= 0) {
                times[run] = elapsed;
            }
        }
        if (count != 500) {
            throw new AssertionError("expected 500 differences, found " + count);
        }
        Bench.report("merge.diff10k", Bench.medianMillis(times), "ms");
    }

    private static PlanData with(PlanData p, List<Action> actions) {
        return new PlanData(p.plan(), p.partners(), p.priorities(), actions, p.milestones(), p.dependencies(),
                p.updates(), p.measures(), p.measureValues(),
                p.committeeDates(), p.snapshots(), p.dateMoves(), p.tombstones());
    }
}

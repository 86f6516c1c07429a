package org.jointplan.service;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jointplan.domain.Plan;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.Stamped;
import org.jointplan.domain.Tombstone;

/** Small whole-plan operations the sync needs: every record in a list, and copies with other stamps or tombstones. */
final class SyncPlans {
    private SyncPlans() {
    }

    /** Every record of the plan, the plan's own details first, parents before children. */
    static List<Stamped> records(PlanData p) {
        List<Stamped> all = new ArrayList<>();
        all.add(p.plan());
        all.addAll(p.partners());
        all.addAll(p.priorities());
        all.addAll(p.measures());
        all.addAll(p.actions());
        all.addAll(p.milestones());
        all.addAll(p.dependencies());
        all.addAll(p.updates());
        all.addAll(p.measureValues());
        all.addAll(p.committeeDates());
        all.addAll(p.snapshots());
        all.addAll(p.dateMoves());
        return all;
    }

    static PlanData withoutTombstones(PlanData p) {
        return withTombstones(p, List.of());
    }

    static PlanData withTombstones(PlanData p, List<Tombstone> tombstones) {
        return new PlanData(p.plan(), p.partners(), p.priorities(), p.actions(), p.milestones(), p.dependencies(),
                p.updates(), p.measures(), p.measureValues(), p.committeeDates(), p.snapshots(), p.dateMoves(),
                tombstones);
    }

    /** The plan with every record passed through {@code stamp}, and these tombstones. */
    static PlanData restamped(PlanData p, UnaryOperator<Stamped> stamp, List<Tombstone> tombstones) {
        return new PlanData((Plan) stamp.apply(p.plan()), each(p.partners(), stamp), each(p.priorities(), stamp),
                each(p.actions(), stamp), each(p.milestones(), stamp), each(p.dependencies(), stamp),
                each(p.updates(), stamp), each(p.measures(), stamp), each(p.measureValues(), stamp),
                each(p.committeeDates(), stamp), each(p.snapshots(), stamp), each(p.dateMoves(), stamp),
                tombstones);
    }

    @SuppressWarnings("unchecked")
    private static <T extends Stamped> List<T> each(List<T> records, UnaryOperator<Stamped> stamp) {
        return records.stream().map(r -> (T) stamp.apply(r)).toList();
    }
}

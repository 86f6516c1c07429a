package org.jointplan.ui.timeline;

import java.util.List;
import org.jointplan.domain.Action;
import org.jointplan.domain.Milestone;
import org.jointplan.domain.PlanData;

/** Applies a timeline edit to a plan in memory, as the window's service will after saving; for tests and sandbox. */
final class PlanEdits {
    private PlanEdits() {
    }

    static PlanData apply(PlanData plan, TimelineEdit edit) {
        List<Action> actions = plan.actions();
        List<Milestone> milestones = plan.milestones();
        if (edit instanceof TimelineEdit.ActionMoved moved) {
            actions = actions.stream().map(a -> a.id().equals(moved.actionId())
                    ? a.toBuilder().start(moved.newStart()).due(moved.newDue()).build() : a).toList();
        } else if (edit instanceof TimelineEdit.MilestoneMoved moved) {
            milestones = milestones.stream().map(m -> m.id().equals(moved.milestoneId())
                    ? new Milestone(m.id(), m.planId(), m.actionId(), m.priorityId(), m.title(), m.baselineDate(),
                    moved.newDate(), m.revisionReason(), m.achieved(), m.stamp()) : m).toList();
        }
        return new PlanData(plan.plan(), plan.partners(), plan.priorities(), actions, milestones,
                plan.dependencies(), plan.updates(), plan.measures(), plan.measureValues(),
                plan.committeeDates(), plan.snapshots(), plan.dateMoves(), plan.tombstones());
    }
}

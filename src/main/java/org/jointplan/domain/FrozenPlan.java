package org.jointplan.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jointplan.domain.ReportSnapshot.ActionPosition;
import org.jointplan.domain.ReportSnapshot.MilestonePosition;

/**
 * The plan as a snapshot froze it, for the window and the timeline to show: the snapshot's actions with the values
 * it kept, in its order, and the milestones it kept at their dates. Records the snapshot does not know (added since)
 * are left out, with whatever refers to them, so the result is a plan whose references hold.
 */
final class FrozenPlan {
    private FrozenPlan() {
    }

    static PlanData of(PlanData plan, ReportSnapshot snapshot) {
        Set<UUID> priorityIds = new HashSet<>();
        plan.priorities().forEach(p -> priorityIds.add(p.id()));
        List<Action> actions = new ArrayList<>();
        for (ActionPosition p : snapshot.actions()) {
            if (priorityIds.contains(p.priorityId())) {
                actions.add(plan.action(p.actionId()).map(a -> frozen(a, p)).orElseGet(() -> deleted(plan, p,
                        snapshot.stamp())));
            }
        }
        Set<UUID> kept = new HashSet<>();
        actions.forEach(a -> kept.add(a.id()));
        Map<UUID, MilestonePosition> dates = new HashMap<>();
        snapshot.milestones().forEach(m -> dates.put(m.milestoneId(), m));
        List<Milestone> milestones = new ArrayList<>();
        for (Milestone m : plan.milestones()) {
            MilestonePosition d = dates.get(m.id());
            if (d != null && (m.actionId() == null || kept.contains(m.actionId()))) {
                milestones.add(new Milestone(m.id(), m.planId(), m.actionId(), m.priorityId(), m.title(),
                        m.baselineDate(), d.date(), m.revisionReason(), d.achieved(), m.stamp()));
            }
        }
        return new PlanData(plan.plan(), plan.partners(), plan.priorities(), actions, milestones,
                plan.dependencies().stream().filter(d -> kept.contains(d.beforeActionId())
                        && kept.contains(d.afterActionId())).toList(),
                plan.updates().stream().filter(u -> kept.contains(u.actionId())).toList(),
                plan.measures(), plan.measureValues(), plan.committeeDates(), plan.snapshots(), plan.dateMoves(),
                plan.tombstones());
    }

    private static Action frozen(Action a, ActionPosition p) {
        return a.toBuilder().priorityId(p.priorityId()).title(p.title()).start(p.start()).due(p.due())
                .status(p.status()).percentComplete(p.percentComplete()).baseline(p.baselineStart(),
                        p.baselineDue()).statusReason(p.statusReason()).correctiveAction(p.correctiveAction())
                .decisionNeeded(p.decisionNeeded()).build();
    }

    /** An action deleted since the snapshot: what the snapshot kept of it is all there is to show. */
    private static Action deleted(PlanData plan, ActionPosition p, Stamp stamp) {
        return new Action(p.actionId(), plan.id(), p.priorityId(), Set.of(), p.title(), "", null, "", p.start(),
                p.due(), p.status(), p.percentComplete(), p.statusReason(), "", p.baselineStart(), p.baselineDue(),
                p.correctiveAction(), p.decisionNeeded(), stamp);
    }
}

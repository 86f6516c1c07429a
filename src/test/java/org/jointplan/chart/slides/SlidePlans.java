package org.jointplan.chart.slides;

import java.util.ArrayList;
import java.util.List;
import org.jointplan.domain.Action;
import org.jointplan.domain.PlanData;
import org.jointplan.testsupport.PlanGenerator;

/** Plans that strain the slides: 400 actions in one priority, the first with a 300-character title. */
final class SlidePlans {
    static final String LONG_TITLE = ("Commission a jointly funded locality based needs led speech language and"
            + " communication service with training for education staff, an advice line, weekly drop in sessions in"
            + " every family hub and an evaluation of outcomes for children and young people with their families and"
            + " the parent carer forums across the city and county").substring(0, 300);

    private SlidePlans() {
    }

    static PlanData crowded() {
        PlanData plan = PlanGenerator.plan(400, 11);
        var first = plan.priorities().get(0).id();
        List<Action> actions = new ArrayList<>();
        for (Action a : plan.actions()) {
            actions.add(new Action(a.id(), a.planId(), first, java.util.Set.of(), actions.isEmpty() ? LONG_TITLE
                    : a.title(), a.description(), a.leadPartnerId(), a.owner(), a.start(), a.due(), a.status(),
                    a.percentComplete(), a.statusReason(), a.notes(), a.baselineStart(), a.baselineDue(),
                    a.correctiveAction(), a.decisionNeeded(), a.stamp()));
        }
        return new PlanData(plan.plan(), plan.partners(), plan.priorities(), actions, plan.milestones(),
                plan.dependencies(), plan.updates(), plan.measures(), plan.measureValues(), plan.committeeDates(),
                plan.snapshots(), plan.dateMoves(), plan.tombstones());
    }
}

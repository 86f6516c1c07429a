package org.jointplan.ui;

import org.jointplan.domain.IncomingPlan;
import org.jointplan.domain.PlanData;
import org.jointplan.service.IncomingPlans;
import org.jointplan.service.MergeService;
import org.jointplan.service.PackageService;
import org.jointplan.ui.merge.MergeReviewWindow;

/**
 * The two ends of importing another application's file (a spreadsheet tracker, a planner's project), once its
 * preview has been accepted: add it as a new plan and show it, or update the plan on screen through the same review
 * window as a partner's package, where each change is taken or left and the whole update is one undoable step.
 */
final class IncomingPlanActions {
    private final OpenPlan window;

    IncomingPlanActions(OpenPlan window) {
        this.window = window;
    }

    void addAsNew(IncomingPlan incoming) {
        window.model().background(() -> {
            IncomingPlans.Added added = IncomingPlans.addAsNew(window.workspace().store(), window.user(), incoming);
            return window.workspace().plan(added.planId()).orElseThrow();
        }, plan -> {
            window.show().accept(plan);
            window.notices().info("Plan added", "Added '" + plan.plan().title() + "' (" + count(plan) + ") from "
                    + incoming.source() + ".");
        }, message -> window.notices().info("The plan was not added", message));
    }

    /** Proposes the file's changes to the plan on screen and shows them for review. */
    void update(IncomingPlan incoming) {
        var planId = window.model().plan().id();
        window.model().background(() -> IncomingPlans.proposeUpdate(window.workspace().store(), planId, incoming),
                this::review, message -> window.notices().info("The plan was not updated", message));
    }

    private void review(MergeService.Proposal proposal) {
        if (proposal.differences().isEmpty() && proposal.warnings().isEmpty()) {
            window.notices().info("Nothing to update", proposal.sender() + " holds nothing that differs from '"
                    + proposal.local().plan().title() + "'.");
            return;
        }
        new MergeReviewWindow(window.owner(), window.model(), new MergeService(new PackageService()), proposal,
                summary -> { }).show();
    }

    private static String count(PlanData plan) {
        int actions = plan.actions().size();
        return plan.priorities().size() + (plan.priorities().size() == 1 ? " priority, " : " priorities, ")
                + actions + (actions == 1 ? " action" : " actions");
    }
}

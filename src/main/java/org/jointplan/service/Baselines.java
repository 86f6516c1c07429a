package org.jointplan.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jointplan.domain.Action;
import org.jointplan.domain.DateMove;
import org.jointplan.domain.Ids;
import org.jointplan.domain.Milestone;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.Stamped;
import org.jointplan.domain.UkDates;
import org.jointplan.domain.ValidationException;

/**
 * The baseline of a plan and the moves measured against it. "Agree the baseline" fixes each action's start and due
 * (actions added later get theirs the next time it is agreed; a baseline once agreed is never reset, or slippage
 * would vanish). Once an action has a baseline, moving its due date past it needs a reason, and every move of its
 * due date is kept as a {@link DateMove}; milestones keep theirs the same way once the plan has a baseline.
 */
public final class Baselines {
    private Baselines() {
    }

    /** What agreeing the baseline did: how many actions got theirs, and how many already had one. */
    public record Agreed(Change change, int baselined, int alreadyBaselined) {
    }

    /** Whether the plan's baseline has been agreed: any action has one. */
    public static boolean agreed(PlanData plan) {
        return plan.actions().stream().anyMatch(Action::hasBaseline);
    }

    public static Agreed agree(PlanData plan) {
        boolean first = !agreed(plan);
        List<Stamped> saves = new ArrayList<>();
        int already = 0;
        for (Action a : plan.actions()) {
            if (a.hasBaseline()) {
                already++;
            } else {
                saves.add(a.toBuilder().baseline(a.start(), a.due()).build());
            }
        }
        int baselined = saves.size();
        if (first) { // milestones have kept a baseline since they were made: the agreed one is their date now
            for (Milestone m : plan.milestones()) {
                if (!m.baselineDate().equals(m.date())) {
                    saves.add(new Milestone(m.id(), m.planId(), m.actionId(), m.priorityId(), m.title(), m.date(),
                            m.date(), "", m.achieved(), m.stamp()));
                }
            }
        }
        return new Agreed(new Change("Agree the baseline", List.of(), saves), baselined, already);
    }

    /**
     * Whether moving the action to this due date needs a reason: it has a baseline, and the move is later and past
     * it (a move back towards the baseline needs none).
     */
    public static boolean needsReason(Action action, LocalDate due) {
        return action.hasBaseline() && due.isAfter(action.baselineDue()) && due.isAfter(action.due());
    }

    /**
     * Moves an action's dates (a drag moves both; the editor only one), keeping the move if it is baselined.
     *
     * @param reason why, required when the due date goes past the baseline; may be empty otherwise
     */
    public static Change moveAction(PlanData plan, UUID actionId, LocalDate start, LocalDate due, String reason) {
        Action action = Edits.action(plan, actionId);
        String why = reason == null ? "" : reason.strip();
        if (needsReason(action, due) && why.isEmpty()) {
            throw new ValidationException("Moving the due date past the baseline (" + UkDates.numeric(
                    action.baselineDue()) + ") needs a reason.");
        }
        Action moved = action.toBuilder().start(start).due(due).build();
        List<Stamped> saves = new ArrayList<>(List.of(moved));
        if (action.hasBaseline() && !due.equals(action.due())) {
            saves.add(new DateMove(Ids.newId(), plan.id(), actionId, null, action.due(), due, why, Edits.UNSTAMPED));
        }
        return new Change("Change due date", List.of(), saves);
    }

    /**
     * Whether moving the milestone to this date needs a reason: the plan has a baseline, and the move is later and
     * past the milestone's baseline (a move back towards it needs none).
     */
    public static boolean needsReason(PlanData plan, Milestone milestone, LocalDate date) {
        return agreed(plan) && date.isAfter(milestone.baselineDate()) && date.isAfter(milestone.date());
    }

    /** Moves a milestone; once the plan has a baseline, past its baseline needs a reason, and the move is kept. */
    public static Change moveMilestone(PlanData plan, UUID milestoneId, LocalDate date, String reason) {
        Milestone m = Edits.milestone(plan, milestoneId);
        String why = reason == null ? "" : reason.strip();
        boolean kept = agreed(plan) && !date.equals(m.date());
        if (needsReason(plan, m, date) && why.isEmpty()) {
            throw new ValidationException("Moving the milestone past its baseline (" + UkDates.numeric(
                    m.baselineDate()) + ") needs a reason.");
        }
        Milestone moved = new Milestone(m.id(), m.planId(), m.actionId(), m.priorityId(), m.title(),
                m.baselineDate(), date, why.isEmpty() ? m.revisionReason() : why, m.achieved(), m.stamp());
        List<Stamped> saves = new ArrayList<>(List.of(moved));
        if (kept) {
            saves.add(new DateMove(Ids.newId(), plan.id(), null, milestoneId, m.date(), date, why, Edits.UNSTAMPED));
        }
        return new Change("Change milestone date", List.of(), saves);
    }
}

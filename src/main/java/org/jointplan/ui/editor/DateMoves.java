package org.jointplan.ui.editor;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.scene.Node;
import org.jointplan.domain.Action;
import org.jointplan.domain.Milestone;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.UkDates;
import org.jointplan.domain.ValidationException;
import org.jointplan.service.Baselines;
import org.jointplan.service.Edits;
import org.jointplan.ui.model.PlanViewModel;

/**
 * Moves an action's or a milestone's dates from the editor or the timeline. Once there is a baseline the move is
 * kept with its reason ({@link Baselines}), and a due date past the baseline asks why first; cancelling the question
 * leaves the plan as it was. A move the plan's rules refuse is refused here, before anything is sent to be saved.
 */
public final class DateMoves {
    private final PlanViewModel model;
    private final ReasonPrompt prompt;

    public DateMoves(PlanViewModel model, ReasonPrompt prompt) {
        this.model = model;
        this.prompt = prompt;
    }

    /**
     * @param start the new start, or null to keep the start the plan has when the move is saved
     * @param what  the dates moved, in words, for Undo: "due date", "dates"
     */
    public void moveAction(Node anchor, UUID id, LocalDate start, LocalDate due, String what,
                           Consumer<String> onRefused, Runnable onCancelled) {
        Action action = model.plan().action(id).orElse(null);
        if (action == null) {
            onRefused.accept("That action is no longer in the plan.");
            return;
        }
        try {
            action.toBuilder().start(start == null ? action.start() : start).due(due).build();
        } catch (ValidationException e) {
            onRefused.accept(e.getMessage());
            return;
        }
        if (!action.hasBaseline()) {
            model.apply(p -> Edits.editAction(moved(p, id, start, due), what), onRefused);
        } else if (Baselines.needsReason(action, due)) {
            prompt.ask(anchor, "Why does the due date move past the baseline?", "'" + action.title()
                    + "' was agreed to be due by " + UkDates.numeric(action.baselineDue()) + ". Say why it now moves"
                    + " to " + UkDates.numeric(due) + ": the reason is kept with the move for the committee.",
                    reason -> model.apply(p -> Baselines.moveAction(p, id, startOf(p, id, start), due, reason),
                            onRefused), onCancelled);
        } else {
            model.apply(p -> Baselines.moveAction(p, id, startOf(p, id, start), due, ""), onRefused);
        }
    }

    public void moveMilestone(Node anchor, UUID id, LocalDate date, Consumer<String> onRefused,
                              Runnable onCancelled) {
        PlanData plan = model.plan();
        Milestone m = plan.milestones().stream().filter(x -> x.id().equals(id)).findFirst().orElse(null);
        if (m == null) {
            onRefused.accept("That milestone is no longer in the plan.");
            return;
        }
        if (Baselines.needsReason(plan, m, date)) {
            prompt.ask(anchor, "Why does the milestone move past its baseline?", "'" + m.title() + "' was agreed for "
                    + UkDates.numeric(m.baselineDate()) + ". Say why it now moves to " + UkDates.numeric(date)
                    + ": the reason is kept with the move for the committee.",
                    reason -> model.apply(p -> Baselines.moveMilestone(p, id, date, reason), onRefused), onCancelled);
        } else {
            model.apply(p -> Baselines.moveMilestone(p, id, date, ""), onRefused);
        }
    }

    private static LocalDate startOf(PlanData plan, UUID id, LocalDate start) {
        return start != null ? start : action(plan, id).start();
    }

    private static Action moved(PlanData plan, UUID id, LocalDate start, LocalDate due) {
        return action(plan, id).toBuilder().start(startOf(plan, id, start)).due(due).build();
    }

    private static Action action(PlanData plan, UUID id) {
        return plan.action(id).orElseThrow(() -> new ValidationException("That action is no longer in the plan."));
    }
}

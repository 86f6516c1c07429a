package org.jointplan.ui;

import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.scene.layout.StackPane;
import org.jointplan.domain.Action;
import org.jointplan.ui.editor.DateMoves;
import org.jointplan.ui.editor.ReasonPrompt;
import org.jointplan.ui.model.PlanViewModel;
import org.jointplan.ui.timeline.TimelineEdit;
import org.jointplan.ui.timeline.TimelineEditEvent;
import org.jointplan.ui.timeline.TimelineView;

/**
 * The timeline as the window's central view: it follows the plan, the selection (both ways), today and the table's
 * filter, and turns a finished drag or key move into an undoable edit like any other.
 */
final class TimelinePane extends StackPane {
    private final PlanViewModel model;
    private final TimelineView timeline = new TimelineView();
    private final DateMoves moves;

    TimelinePane(PlanViewModel model, ObjectProperty<Predicate<Action>> tableFilter, ReasonPrompt prompt) {
        this.model = model;
        this.moves = new DateMoves(model, prompt);
        getStyleClass().add("timeline-pane");
        timeline.setAccessibleText("Timeline of the plan");
        timeline.setPlan(model.shownPlan());
        timeline.setReport(model.position());
        timeline.setZoom(org.jointplan.ui.timeline.TimelineZoom.FIT); // the whole plan at a glance first
        timeline.todayProperty().bind(model.todayProperty());
        timeline.asAtProperty().bind(model.asAtProperty());
        timeline.editableProperty().bind(model.readOnlyProperty().not()); // a recorded position is not edited
        timeline.selectedActionIdProperty().bindBidirectional(model.selectedActionIdProperty());
        timeline.filterProperty().bind(tableFilter);
        model.shownProperty().addListener((obs, o, shown) -> {
            timeline.setReport(shown.position());
            timeline.setPlan(shown.plan());
            timeline.clearPendingEdits();
        });
        timeline.addEventHandler(TimelineEditEvent.ANY, e -> save(e.edit()));
        getChildren().add(timeline);
    }

    TimelineView timeline() {
        return timeline;
    }

    /** A move of a baselined action or milestone is kept with its reason, asked for when it is past the baseline. */
    private void save(TimelineEdit edit) {
        if (edit instanceof TimelineEdit.ActionMoved moved) {
            String what = moved.newStart().equals(moved.oldStart()) ? "due date"
                    : moved.newDue().equals(moved.oldDue()) ? "start date" : "dates";
            moves.moveAction(timeline, moved.actionId(), moved.newStart(), moved.newDue(), what, this::refused,
                    timeline::clearPendingEdits);
        } else if (edit instanceof TimelineEdit.MilestoneMoved moved) {
            moves.moveMilestone(timeline, moved.milestoneId(), moved.newDate(), this::refused,
                    timeline::clearPendingEdits);
        }
    }

    /** The bar goes back to where the plan has it; the status bar says why. */
    private void refused(String message) {
        timeline.clearPendingEdits();
        model.refused(message);
    }
}

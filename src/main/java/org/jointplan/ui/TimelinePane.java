package org.jointplan.ui;

import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.scene.layout.StackPane;
import org.jointplan.domain.Action;
import org.jointplan.domain.Milestone;
import org.jointplan.domain.ValidationException;
import org.jointplan.service.Edits;
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

    TimelinePane(PlanViewModel model, ObjectProperty<Predicate<Action>> tableFilter) {
        this.model = model;
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

    private void save(TimelineEdit edit) {
        try {
            if (edit instanceof TimelineEdit.ActionMoved moved) {
                Action action = model.plan().action(moved.actionId()).orElseThrow();
                action.toBuilder().start(moved.newStart()).due(moved.newDue()).build(); // checked before saving
                String what = moved.newStart().equals(moved.oldStart()) ? "due date"
                        : moved.newDue().equals(moved.oldDue()) ? "start date" : "dates";
                model.apply(plan -> Edits.editAction(plan.action(moved.actionId()).orElseThrow().toBuilder()
                        .start(moved.newStart()).due(moved.newDue()).build(), what), this::refused);
            } else if (edit instanceof TimelineEdit.MilestoneMoved moved) {
                model.apply(plan -> {
                    Milestone m = plan.milestones().stream().filter(x -> x.id().equals(moved.milestoneId()))
                            .findFirst().orElseThrow();
                    return Edits.editMilestone(new Milestone(m.id(), m.planId(), m.actionId(), m.priorityId(),
                            m.title(), m.baselineDate(), moved.newDate(), m.revisionReason(), m.achieved(),
                            m.stamp()), "date");
                }, this::refused);
            }
        } catch (ValidationException e) {
            refused(e.getMessage());
        }
    }

    /** The bar goes back to where the plan has it; the status bar says why. */
    private void refused(String message) {
        timeline.clearPendingEdits();
        model.refused(message);
    }
}

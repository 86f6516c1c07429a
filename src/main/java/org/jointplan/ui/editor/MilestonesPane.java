package org.jointplan.ui.editor;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jointplan.domain.Action;
import org.jointplan.domain.Milestone;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.UkDates;
import org.jointplan.domain.ValidationException;
import org.jointplan.service.Edits;
import org.jointplan.ui.model.PlanViewModel;

/**
 * The selected action's milestones: add one, move its date (the baseline is kept; past it, with a reason once the
 * plan's baseline is agreed), mark it achieved, delete it.
 */
final class MilestonesPane extends VBox {
    private final PlanViewModel model;
    private final DateMoves moves;
    private final VBox list = new VBox(4);
    private final TextField newTitle = new TextField();
    private final DateField newDate = new DateField("New milestone date");
    private final FieldError error = new FieldError();
    private Action action;
    private List<Milestone> shown = List.of();

    MilestonesPane(PlanViewModel model, DateMoves moves) {
        super(6);
        this.model = model;
        this.moves = moves;
        getStyleClass().add("editor-section");
        Label heading = new Label("Milestones");
        heading.getStyleClass().add("section-heading");
        newTitle.setPromptText("New milestone");
        newTitle.setAccessibleText("New milestone title");
        Button add = new Button("Add milestone");
        add.setOnAction(e -> add());
        newTitle.setOnAction(e -> add());
        HBox.setHgrow(newTitle, Priority.ALWAYS);
        newDate.setPrefWidth(140);
        add.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        getChildren().addAll(heading, list, newTitle, new HBox(6, newDate, add), error);
    }

    void show(Action selected, PlanData plan) {
        List<Milestone> mine = plan.milestones().stream().filter(m -> selected.id().equals(m.actionId()))
                .sorted(Comparator.comparing(Milestone::date)).toList();
        boolean unchanged = action != null && action.id().equals(selected.id()) && mine.equals(shown);
        action = selected;
        if (unchanged) {
            return; // rows kept as they are: a refused date typed in one stays there, with its error
        }
        shown = mine;
        list.getChildren().clear();
        mine.forEach(m -> list.getChildren().add(row(m)));
        if (list.getChildren().isEmpty()) {
            list.getChildren().add(new Label("No milestones yet."));
        }
        if (newDate.getValue() == null) {
            newDate.load(selected.due());
        }
    }

    private VBox row(Milestone m) {
        CheckBox achieved = new CheckBox(m.title());
        achieved.setSelected(m.achieved());
        achieved.setAccessibleText("Milestone " + m.title() + (m.achieved() ? ", achieved" : ", not achieved"));
        achieved.setOnAction(e -> {
            boolean ticked = achieved.isSelected(); // read here, on the UI thread
            model.apply(p -> Edits.markMilestone(p, m.id(), ticked), error::show);
        });
        achieved.setWrapText(true);
        DateField date = new DateField("Date of " + m.title());
        date.load(m.date());
        date.setPrefWidth(140);
        date.onError(error::show);
        date.onCommit(d -> moves.moveMilestone(date, m.id(), d, error::show, () -> date.load(m.date())));
        Button delete = new Button("Delete");
        delete.setAccessibleText("Delete milestone " + m.title());
        delete.setOnAction(e -> model.apply(p -> Edits.deleteMilestone(p, m.id()), error::show));
        delete.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox dates = new HBox(6, date, delete);
        dates.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        if (!m.date().equals(m.baselineDate())) {
            Label baseline = new Label("first agreed " + UkDates.numeric(m.baselineDate()));
            baseline.getStyleClass().add("baseline");
            dates.getChildren().add(1, baseline);
        }
        VBox row = new VBox(2, achieved, dates);
        row.getStyleClass().add("milestone-row");
        return row;
    }

    private void add() {
        if (action == null) {
            return;
        }
        String title = newTitle.getText();
        LocalDate date = newDate.getValue();
        try {
            Edits.addMilestone(model.plan(), action.id(), title, date); // checked here, shown at once
        } catch (ValidationException e) {
            error.show(e.getMessage());
            return;
        }
        error.clear();
        UUID actionId = action.id();
        model.apply(p -> Edits.addMilestone(p, actionId, title, date), error::show);
        newTitle.clear();
    }
}

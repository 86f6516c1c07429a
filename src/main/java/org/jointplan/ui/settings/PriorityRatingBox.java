package org.jointplan.ui.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jointplan.domain.BragKey;
import org.jointplan.domain.Confidence;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.PriorityRating;
import org.jointplan.domain.Status;
import org.jointplan.domain.ValidationException;
import org.jointplan.service.ReportingCycle;
import org.jointplan.ui.editor.FieldError;
import org.jointplan.ui.model.PlanViewModel;

/**
 * A priority's two ratings: the overall delivery rating, worked out from its actions unless the officer overrides
 * it (with a reason), and the optional confidence in the outcome. Saved together, as one undoable change; an
 * override without a reason is refused with one sentence and nothing is saved.
 */
final class PriorityRatingBox extends VBox {
    private static final String WORKED_OUT = "Worked out from its actions";
    private final PlanViewModel model;
    private final Label workedOut = new Label();
    private final ComboBox<Choice<Status>> rating = new ComboBox<>();
    private final TextArea reason = new TextArea();
    private final ComboBox<Choice<Confidence>> confidence = new ComboBox<>();
    private final FieldError error = new FieldError();
    private org.jointplan.domain.Priority shown;

    PriorityRatingBox(PlanViewModel model) {
        super(6);
        this.model = model;
        getStyleClass().add("editor-section");
        Label heading = new Label("Ratings of the selected priority");
        heading.getStyleClass().add("section-heading");
        reason.setPrefRowCount(2);
        reason.setWrapText(true);
        reason.setPromptText("Why the rating differs from the one worked out from its actions");
        List<Choice<Confidence>> levels = new ArrayList<>(List.of(new Choice<>(null, "Not given")));
        for (Confidence c : Confidence.values()) {
            levels.add(new Choice<>(c, c.label() + " (" + c.colour() + ")"));
        }
        confidence.getItems().setAll(levels);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        row(grid, 0, "Overall _rating", rating);
        row(grid, 1, "Reason for the rating", reason);
        row(grid, 2, "_Confidence in the outcome", confidence);
        Button save = new Button("Save the ratings");
        save.setOnAction(e -> save());
        workedOut.setWrapText(true);
        getChildren().addAll(heading, workedOut, grid, save, error);
        setDisable(true);
        model.planProperty().addListener((obs, o, p) -> refresh(p));
    }

    private static void row(GridPane grid, int row, String name, javafx.scene.control.Control field) {
        Label label = new Label(name);
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        field.setAccessibleText(name.replace("_", ""));
        field.setMaxWidth(Double.MAX_VALUE);
        grid.addRow(row, label, field);
        GridPane.setHgrow(field, Priority.ALWAYS);
    }

    /** Shows the ratings of this priority (null: none selected). */
    void show(org.jointplan.domain.Priority priority) {
        shown = priority;
        error.clear();
        setDisable(priority == null);
        refresh(model.plan());
        if (priority != null) {
            rating.getSelectionModel().select(choice(rating.getItems(), priority.ratingOverride()));
            reason.setText(priority.overrideReason());
            confidence.getSelectionModel().select(choice(confidence.getItems(), priority.confidence()));
        }
    }

    /** The statuses with the plan's own words; the rating worked out as at the window's today. */
    private void refresh(PlanData plan) {
        Choice<Status> selected = rating.getValue();
        BragKey key = plan.plan().bragKey();
        List<Choice<Status>> choices = new ArrayList<>(List.of(new Choice<>(null, WORKED_OUT)));
        key.inReadingOrder().forEach(e -> choices.add(new Choice<>(e.status(), words(key, e.status()))));
        rating.getItems().setAll(choices);
        rating.getSelectionModel().select(choice(choices, selected == null ? null : selected.value()));
        if (shown != null) {
            Status worked = PriorityRating.of(plan.actionsOf(shown.id()), model.todayProperty().get());
            workedOut.setText(WORKED_OUT + " as at today: " + words(key, worked) + ".");
        } else {
            workedOut.setText("Select a priority above to rate it.");
        }
    }

    private static String words(BragKey key, Status status) {
        return status.symbol() + " " + key.label(status) + " (" + status.bragColour() + ")";
    }

    private static <T> int choice(List<Choice<T>> choices, T value) {
        for (int i = 0; i < choices.size(); i++) {
            if (Objects.equals(choices.get(i).value(), value)) {
                return i;
            }
        }
        return 0;
    }

    private void save() {
        if (shown == null) {
            return;
        }
        UUID id = shown.id();
        Status override = rating.getValue() == null ? null : rating.getValue().value();
        String why = reason.getText();
        Confidence level = confidence.getValue() == null ? null : confidence.getValue().value();
        try { // checked here: a refusal is explained at once and nothing is sent to be saved
            var rated = ReportingCycle.rate(model.plan(), id, override, why, level).saves().get(0);
            if (model.plan().priority(id).map(rated::equals).orElse(false)) {
                return; // nothing changed: no empty step to undo
            }
        } catch (ValidationException e) {
            error.show(e.getMessage());
            return;
        }
        error.clear();
        model.apply(p -> ReportingCycle.rate(p, id, override, why, level), error::show);
    }
}

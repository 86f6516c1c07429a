package org.jointplan.ui.editor;

import java.time.LocalDate;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.jointplan.domain.Action;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.ProgressUpdate;
import org.jointplan.domain.Status;
import org.jointplan.domain.UkDates;
import org.jointplan.domain.ValidationException;
import org.jointplan.service.Edits;
import org.jointplan.ui.model.PlanViewModel;

/** The action's progress log, newest first, and "add update" with the status at that time. */
final class ProgressLogPane extends VBox {
    private final PlanViewModel model;
    private final VBox entries = new VBox(6);
    private final DateField date = new DateField("Update date");
    private final ComboBox<Status> status = new ComboBox<>();
    private final TextArea text = new TextArea();
    private final FieldError error = new FieldError();
    private Action action;

    ProgressLogPane(PlanViewModel model) {
        super(6);
        this.model = model;
        getStyleClass().add("editor-section");
        Label heading = new Label("Progress log");
        heading.getStyleClass().add("section-heading");
        status.getItems().setAll(Status.values());
        status.setConverter(Converters.statuses(org.jointplan.domain.BragKey.DEFAULT));
        status.setAccessibleText("Status at the time of the update");
        text.setPromptText("What has happened since the last update?");
        text.setAccessibleText("Progress update");
        text.setPrefRowCount(2);
        text.setWrapText(true);
        Button add = new Button("Add update");
        add.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        add.setOnAction(e -> add());
        date.setPrefWidth(140);
        date.onError(error::show);
        getChildren().addAll(heading, new HBox(6, date, status, add), text, error, entries);
    }

    void show(Action selected, PlanData plan) {
        if (action == null || !action.id().equals(selected.id())) {
            date.load(model.todayProperty().get());
            text.clear();
        }
        action = selected;
        status.setConverter(Converters.statuses(plan.plan().bragKey()));
        status.setValue(selected.status());
        entries.getChildren().clear();
        plan.updates().stream().filter(u -> u.actionId().equals(selected.id()))
                .sorted(java.util.Comparator.comparing(ProgressUpdate::date).reversed()
                        .thenComparing(u -> u.stamp().at(), java.util.Comparator.reverseOrder()))
                .forEach(u -> entries.getChildren().add(entry(u, plan.plan().bragKey())));
        if (entries.getChildren().isEmpty()) {
            entries.getChildren().add(new Label("No updates yet."));
        }
    }

    private static Label entry(ProgressUpdate u, org.jointplan.domain.BragKey key) {
        Label label = new Label(UkDates.numeric(u.date()) + " · " + u.status().symbol() + " " + key.label(u.status())
                + (u.author().isEmpty() ? "" : " · " + u.author()) + "\n" + u.text());
        label.setWrapText(true);
        label.getStyleClass().add("progress-entry");
        return label;
    }

    private void add() {
        if (action == null) {
            return;
        }
        LocalDate day = date.getValue() == null ? model.todayProperty().get() : date.getValue();
        Status reported = status.getValue();
        String words = text.getText();
        Action target = action;
        try {
            Edits.addUpdate(target, day, words, reported, "");
        } catch (ValidationException e) {
            error.show(e.getMessage());
            return;
        }
        error.clear();
        String author = model.authorName();
        java.util.UUID actionId = target.id();
        model.apply(p -> Edits.addUpdate(p, actionId, day, words, reported, author), error::show);
        text.clear();
    }
}

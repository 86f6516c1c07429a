package org.jointplan.ui.editor;

import java.util.Comparator;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SearchableComboBox;
import org.jointplan.domain.Action;
import org.jointplan.domain.Dependency;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.ValidationException;
import org.jointplan.service.Edits;
import org.jointplan.ui.model.PlanViewModel;

/** What the selected action waits for (add, remove) and what waits for it. A loop is refused in plain words. */
final class DependenciesPane extends VBox {
    private final PlanViewModel model;
    private final VBox waitsFor = new VBox(4);
    private final Label neededBy = new Label();
    private final SearchableComboBox<Action> pick = new SearchableComboBox<>();
    private final FieldError error = new FieldError();
    private Action action;

    DependenciesPane(PlanViewModel model) {
        super(6);
        this.model = model;
        getStyleClass().add("editor-section");
        Label heading = new Label("Waits for");
        heading.getStyleClass().add("section-heading");
        pick.setPromptText("Choose an action this one waits for");
        pick.setAccessibleText("Add an action this one waits for");
        pick.setConverter(Converters.of(Action::title));
        pick.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(pick, Priority.ALWAYS);
        Button add = new Button("Add");
        add.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        add.setAccessibleText("Add dependency");
        add.setOnAction(e -> add());
        neededBy.setWrapText(true);
        neededBy.getStyleClass().add("hint");
        getChildren().addAll(heading, waitsFor, new HBox(6, pick, add), error, neededBy);
    }

    void show(Action selected, PlanData plan) {
        action = selected;
        waitsFor.getChildren().clear();
        for (Dependency d : plan.dependencies()) {
            if (d.afterActionId().equals(selected.id())) {
                String before = plan.action(d.beforeActionId()).map(Action::title).orElse("(missing)");
                Label name = new Label("⟵ " + before);
                name.setWrapText(true);
                name.setMaxWidth(Double.MAX_VALUE);
                HBox.setHgrow(name, Priority.ALWAYS);
                Button remove = new Button("Remove");
                remove.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                remove.setAccessibleText("Stop waiting for " + before);
                remove.setOnAction(e -> model.apply(p -> Edits.deleteDependency(p, d.id()), error::show));
                waitsFor.getChildren().add(new HBox(6, name, remove));
            }
        }
        if (waitsFor.getChildren().isEmpty()) {
            waitsFor.getChildren().add(new Label("Nothing: it can start on its own."));
        }
        long needed = plan.dependencies().stream().filter(d -> d.beforeActionId().equals(selected.id())).count();
        neededBy.setText(needed == 0 ? "" : needed + (needed == 1 ? " action waits" : " actions wait")
                + " for this one.");
        pick.getItems().setAll(plan.actions().stream().filter(a -> !a.id().equals(selected.id()))
                .sorted(Comparator.comparing(Action::title)).toList());
        pick.setValue(null);
    }

    private void add() {
        Action before = pick.getValue();
        if (action == null || before == null) {
            error.show("Choose the action this one waits for first.");
            return;
        }
        try {
            Edits.addDependency(model.plan(), before.id(), action.id());
        } catch (ValidationException e) {
            error.show(e.getMessage());
            return;
        }
        error.clear();
        java.util.UUID beforeId = before.id();
        java.util.UUID afterId = action.id();
        model.apply(p -> Edits.addDependency(p, beforeId, afterId), error::show);
    }
}

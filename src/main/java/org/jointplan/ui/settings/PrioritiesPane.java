package org.jointplan.ui.settings;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jointplan.domain.PlanData;
import org.jointplan.service.Edits;
import org.jointplan.ui.model.PlanViewModel;

/** Priorities of the plan: add, rename, move up or down, retire or bring back; rate the one selected. */
final class PrioritiesPane extends VBox {
    private final PlanViewModel model;
    private final ListView<org.jointplan.domain.Priority> list = new ListView<>();
    private final TextField name = new TextField();
    private final Label error = new Label();
    private final PriorityRatingBox ratings;

    PrioritiesPane(PlanViewModel model) {
        super(8);
        this.model = model;
        setPadding(new Insets(12));
        list.setAccessibleText("Priorities");
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(org.jointplan.domain.Priority p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.order() + ". " + p.name() + (p.retired() ? " (retired)" : ""));
            }
        });
        ratings = new PriorityRatingBox(model);
        list.getSelectionModel().selectedItemProperty().addListener((obs, o, p) -> {
            if (p != null) {
                name.setText(p.name());
            }
            ratings.show(p);
        });
        name.setPromptText("Priority name");
        name.setAccessibleText("Priority name");
        HBox.setHgrow(name, Priority.ALWAYS);
        error.getStyleClass().add("field-error");
        getChildren().addAll(list, new HBox(6, name, button("Add", this::add), button("Rename", this::rename)),
                new HBox(6, button("Move up", () -> move(-1)), button("Move down", () -> move(+1)),
                        button("Retire / restore", this::retire)), error, ratings);
        show(model.plan());
        model.planProperty().addListener((obs, o, p) -> show(p));
    }

    private void show(PlanData plan) {
        var selected = list.getSelectionModel().getSelectedItem();
        list.getItems().setAll(plan.priorities().stream()
                .sorted(java.util.Comparator.comparingInt(org.jointplan.domain.Priority::order)).toList());
        if (selected != null) {
            list.getItems().stream().filter(p -> p.id().equals(selected.id())).findFirst()
                    .ifPresent(p -> list.getSelectionModel().select(p));
        }
    }

    private Button button(String text, Runnable action) {
        Button b = new Button(text);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void add() {
        String text = name.getText();
        model.apply(p -> Edits.addPriority(p, text), m -> error.setText("⚠ " + m));
    }

    private void rename() {
        var p = list.getSelectionModel().getSelectedItem();
        if (p != null) {
            String text = name.getText();
            model.apply(plan -> Edits.renamePriority(plan, p.id(), text), m -> error.setText("⚠ " + m));
        }
    }

    private void move(int delta) {
        var p = list.getSelectionModel().getSelectedItem();
        if (p != null) {
            model.apply(plan -> Edits.movePriority(plan, p.id(), delta), m -> error.setText("⚠ " + m));
        }
    }

    /** Retires the priority the user sees as current, or brings back the one they see as retired. */
    private void retire() {
        var p = list.getSelectionModel().getSelectedItem();
        if (p != null) {
            boolean retire = !p.retired();
            model.apply(plan -> Edits.retirePriority(plan, p.id(), retire), m -> error.setText("⚠ " + m));
        }
    }
}

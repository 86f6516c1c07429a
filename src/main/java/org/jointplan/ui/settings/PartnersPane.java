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
import org.jointplan.domain.Partner;
import org.jointplan.domain.ValidationException;
import org.jointplan.service.Edits;
import org.jointplan.ui.model.PlanViewModel;

/** Partner organisations: add, rename, remove one that leads nothing. */
final class PartnersPane extends VBox {
    private final PlanViewModel model;
    private final ListView<Partner> list = new ListView<>();
    private final TextField name = new TextField();
    private final Label error = new Label();

    PartnersPane(PlanViewModel model) {
        super(8);
        this.model = model;
        setPadding(new Insets(12));
        list.setAccessibleText("Partners");
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Partner p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.name() + " (" + p.shortName() + ")");
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, o, p) -> {
            if (p != null) {
                name.setText(p.name());
            }
        });
        name.setPromptText("Organisation name");
        name.setAccessibleText("Partner name");
        HBox.setHgrow(name, Priority.ALWAYS);
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        Button add = new Button("Add");
        add.setOnAction(e -> model.apply(p -> Edits.addPartner(p, name.getText()), this::fail));
        Button rename = new Button("Rename");
        rename.setOnAction(e -> selected(p -> Edits.editPartner(new Partner(p.id(), p.planId(), name.getText(),
                p.shortName().equals(p.name()) ? name.getText() : p.shortName(), p.stamp()))));
        Button remove = new Button("Remove");
        remove.setOnAction(e -> selected(p -> Edits.deletePartner(model.plan(), p)));
        getChildren().addAll(list, new HBox(6, name, add, rename, remove), error);
        list.getItems().setAll(model.plan().partners());
        model.planProperty().addListener((obs, o, p) -> list.getItems().setAll(p.partners()));
    }

    private void selected(java.util.function.Function<Partner, org.jointplan.service.Change> edit) {
        Partner p = list.getSelectionModel().getSelectedItem();
        if (p == null) {
            return;
        }
        try {
            var change = edit.apply(p); // checked here, so a refusal is shown at once
            error.setText("");
            model.apply(plan -> change, this::fail);
        } catch (ValidationException e) {
            fail(e.getMessage());
        }
    }

    private void fail(String message) {
        error.setText("⚠ " + message);
    }
}

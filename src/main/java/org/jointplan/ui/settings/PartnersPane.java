package org.jointplan.ui.settings;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
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
import org.jointplan.domain.PlanData;
import org.jointplan.service.Change;
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
        add.setOnAction(e -> {
            String typed = name.getText(); // read here, on the UI thread; only the value goes to the store thread
            apply(p -> Edits.addPartner(p, typed));
        });
        Button rename = new Button("Rename");
        rename.setOnAction(e -> selected().ifPresent(id -> {
            String typed = name.getText();
            apply(p -> Edits.renamePartner(p, id, typed));
        }));
        Button remove = new Button("Remove");
        remove.setOnAction(e -> selected().ifPresent(id -> apply(p -> Edits.deletePartner(p, id))));
        getChildren().addAll(list, new HBox(6, name, add, rename, remove), error);
        list.getItems().setAll(model.plan().partners());
        model.planProperty().addListener((obs, o, p) -> list.getItems().setAll(p.partners()));
    }

    private Optional<UUID> selected() {
        return Optional.ofNullable(list.getSelectionModel().getSelectedItem()).map(Partner::id);
    }

    /** The change is built on the store thread from the plan as it is then; a refusal is shown under the list. */
    private void apply(Function<PlanData, Change> edit) {
        error.setText("");
        model.apply(edit, this::fail);
    }

    private void fail(String message) {
        error.setText("⚠ " + message);
    }
}

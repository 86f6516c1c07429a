package org.jointplan.ui.editor;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import org.jointplan.domain.Action;
import org.jointplan.service.Edits;
import org.jointplan.ui.model.PlanViewModel;

/** Deletes the selected action after saying what goes with it; Undo brings it all back. */
public final class DeleteActionCommand {
    private final PlanViewModel model;
    private final Node owner;

    public DeleteActionCommand(PlanViewModel model, Node owner) {
        this.model = model;
        this.owner = owner;
    }

    public void run() {
        Action action = model.selectedAction().orElse(null);
        if (action == null) {
            return;
        }
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "Delete '" + action.title() + "' with its milestones,"
                + " progress log and dependencies? You can undo this with Ctrl+Z.", ButtonType.CANCEL,
                ButtonType.OK);
        confirm.setHeaderText("Delete this action?");
        if (owner.getScene() != null) {
            confirm.initOwner(owner.getScene().getWindow());
        }
        confirm.showAndWait().filter(ButtonType.OK::equals)
                .ifPresent(ok -> model.apply(p -> Edits.deleteAction(p, action.id())));
    }
}

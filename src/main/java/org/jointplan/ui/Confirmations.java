package org.jointplan.ui;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** The question asked before a step that changes much: Cancel is the default, so Enter alone changes nothing. */
final class Confirmations {
    private Confirmations() {
    }

    /** @param action what the confirming button says: "Delete the plan" */
    static boolean ask(Window owner, String header, String text, String action) {
        ButtonType go = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, ButtonType.CANCEL, go);
        alert.setHeaderText(header);
        alert.initOwner(owner);
        ((Button) alert.getDialogPane().lookupButton(go)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.filter(go::equals).isPresent();
    }
}

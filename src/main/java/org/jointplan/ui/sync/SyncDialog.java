package org.jointplan.ui.sync;

import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.jointplan.service.WindowSync;

/**
 * File > Sync with server…: where the server is and the login, remembered from the last sync, and the password when
 * this session does not hold it yet. JavaFX keeps a PasswordField's text as a String that cannot be cleared; the
 * field is emptied once read, and the char[] handed on is cleared by its keeper.
 */
final class SyncDialog {
    /** What the user confirmed: the address, and the password if it was asked (the caller clears it). */
    record Request(WindowSync.Address address, Optional<char[]> password) {
    }

    private final Dialog<Request> dialog = new Dialog<>();
    private final TextField server = new TextField();
    private final TextField login = new TextField();
    private final PasswordField password = new PasswordField();
    private final GridPane grid = new GridPane();

    SyncDialog(Window owner, Optional<WindowSync.Address> remembered, boolean askPassword, String problem) {
        dialog.initOwner(owner);
        dialog.setTitle("Sync with server");
        dialog.setHeaderText("Sync this plan with the partnership's server");
        ButtonType sync = new ButtonType("Sync", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(sync, ButtonType.CANCEL);
        server.setPromptText("jdbc:postgresql://HOST:5432/jointplan?sslmode=verify-full");
        server.setPrefColumnCount(36);
        remembered.ifPresent(a -> {
            server.setText(a.server());
            login.setText(a.login());
        });
        grid.setHgap(8);
        grid.setVgap(8);
        field("_Server address", server);
        field("_Login", login);
        if (askPassword) {
            field("_Password", password);
        }
        Label explanation = new Label("Your changes go to the server and theirs come here; where both changed the"
                + " same thing, you choose. The password is kept only until JointPlan closes.");
        explanation.setWrapText(true);
        explanation.setMaxWidth(520);
        Label shown = new Label(problem);
        shown.getStyleClass().add("field-error");
        shown.setWrapText(true);
        shown.setMaxWidth(520);
        shown.setManaged(!problem.isEmpty());
        VBox box = new VBox(12, explanation, grid, shown);
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().lookupButton(sync).disableProperty().bind(Bindings.createBooleanBinding(
                () -> server.getText().isBlank() || login.getText().isBlank()
                        || askPassword && password.getText().isEmpty(),
                server.textProperty(), login.textProperty(), password.textProperty()));
        dialog.setResultConverter(button -> {
            if (button != sync) {
                password.clear();
                return null;
            }
            Optional<char[]> typed = askPassword ? Optional.of(password.getText().toCharArray()) : Optional.empty();
            password.clear();
            return new Request(new WindowSync.Address(server.getText(), login.getText()), typed);
        });
        Node first = server.getText().isBlank() ? server : login.getText().isBlank() ? login
                : askPassword ? password : dialog.getDialogPane().lookupButton(sync);
        dialog.setOnShown(e -> Platform.runLater(first::requestFocus));
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
    }

    private void field(String label, Control control) {
        Label name = new Label(label);
        name.setMnemonicParsing(true);
        name.setLabelFor(control);
        name.setMinWidth(Label.USE_PREF_SIZE);
        control.setAccessibleText(label.replace("_", ""));
        control.setMaxWidth(Double.MAX_VALUE);
        grid.addRow(grid.getRowCount(), name, control);
        GridPane.setHgrow(control, Priority.ALWAYS);
    }

    Dialog<Request> dialog() {
        return dialog;
    }

    void show(java.util.function.Consumer<Request> onConfirm) {
        dialog.setOnHidden(e -> Optional.ofNullable(dialog.getResult()).ifPresent(onConfirm));
        dialog.show();
    }
}

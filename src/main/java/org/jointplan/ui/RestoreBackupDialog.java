package org.jointplan.ui;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.jointplan.service.BackupRestore;

/**
 * Help > Restore a backup…: the store's backups, newest first, then a confirmation that says what will happen.
 * Cancel is the default button of both, so Enter never replaces the store.
 */
final class RestoreBackupDialog {
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE dd/MM/uuuu 'at' HH:mm:ss", Locale.UK)
            .withZone(ZoneId.systemDefault());
    static final ButtonType RESTORE = new ButtonType("Restore", ButtonBar.ButtonData.OK_DONE);

    private final Stage owner;

    RestoreBackupDialog(Stage owner) {
        this.owner = owner;
    }

    /** Asks which backup to restore and confirms; empty when the user cancels or there is none. */
    Optional<Path> choose(List<BackupRestore.Entry> backups) {
        if (backups.isEmpty()) {
            Alert none = new Alert(Alert.AlertType.INFORMATION, "This plan store has no backups yet. JointPlan takes"
                    + " one a day while the window is open, and one before every upgrade.");
            none.setHeaderText("No backups");
            none.initOwner(owner);
            none.showAndWait();
            return Optional.empty();
        }
        ListView<BackupRestore.Entry> list = new ListView<>();
        list.getItems().setAll(backups);
        list.setAccessibleText("Backups, newest first");
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(BackupRestore.Entry entry, boolean empty) {
                super.updateItem(entry, empty);
                setText(empty || entry == null ? null : describe(entry));
            }
        });
        list.getSelectionModel().selectFirst();
        list.setPrefHeight(220);
        Dialog<BackupRestore.Entry> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Restore a backup");
        dialog.setHeaderText("Choose the backup to put back in place of the plan store");
        dialog.getDialogPane().setContent(new VBox(8, new Label("Backups, newest first:"), list));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, RESTORE);
        dialog.getDialogPane().lookupButton(RESTORE).disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        dialog.setResultConverter(button -> button == RESTORE ? list.getSelectionModel().getSelectedItem() : null);
        cancelByDefault(dialog.getDialogPane());
        list.requestFocus();
        return dialog.showAndWait().filter(this::confirm).map(BackupRestore.Entry::file);
    }

    private boolean confirm(BackupRestore.Entry entry) {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, confirmation(entry), ButtonType.CANCEL, RESTORE);
        confirm.setHeaderText("Restore the backup of " + WHEN.format(entry.taken()) + "?");
        confirm.initOwner(owner);
        cancelByDefault(confirm.getDialogPane());
        return confirm.showAndWait().filter(RESTORE::equals).isPresent();
    }

    /** Restoring replaces the whole store: Enter cancels, and the focus starts away from Restore. */
    private static void cancelByDefault(DialogPane pane) {
        Button restore = (Button) pane.lookupButton(RESTORE);
        Button cancel = (Button) pane.lookupButton(ButtonType.CANCEL);
        restore.setDefaultButton(false);
        cancel.setDefaultButton(true);
        cancel.requestFocus();
    }

    static String confirmation(BackupRestore.Entry entry) {
        return "Every plan in the store goes back to how it was on " + WHEN.format(entry.taken()) + ": changes made"
                + " since then will no longer show, and the undo history starts afresh.\n\nFirst, JointPlan keeps a"
                + " backup of the store as it is now, so you can go back by restoring that one. The backup you choose"
                + " is checked before anything is replaced; if it cannot be used, nothing changes.";
    }

    static String describe(BackupRestore.Entry entry) {
        return WHEN.format(entry.taken()) + "   (" + Math.max(1, entry.bytes() / 1024) + " KB)";
    }
}

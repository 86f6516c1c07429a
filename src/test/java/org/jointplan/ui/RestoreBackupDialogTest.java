package org.jointplan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.jointplan.service.BackupRestore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Restoring replaces the whole store: Enter, or a careless Space, must never be what restores it. */
@ExtendWith(ApplicationExtension.class)
class RestoreBackupDialogTest {
    private static final List<BackupRestore.Entry> BACKUPS = List.of(
            new BackupRestore.Entry(Path.of("store.sqlite.backups", "b2.sqlite"), Instant.parse("2026-11-29T17:00:00Z"),
                    40_960),
            new BackupRestore.Entry(Path.of("store.sqlite.backups", "b1.sqlite"), Instant.parse("2026-11-28T09:30:00Z"),
                    38_912));

    private Stage stage;
    private final AtomicReference<Optional<Path>> chosen = new AtomicReference<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    private DialogPane open(FxRobot robot) throws Exception {
        Platform.runLater(() -> chosen.set(new RestoreBackupDialog(stage).choose(BACKUPS)));
        return dialog(robot, "Choose the backup");
    }

    private DialogPane dialog(FxRobot robot, String header) throws Exception {
        WindowFixture.await(() -> robot.lookup(".dialog-pane").queryAll().stream()
                .anyMatch(p -> header(p).startsWith(header)));
        return robot.lookup(".dialog-pane").queryAll().stream().filter(p -> header(p).startsWith(header))
                .map(DialogPane.class::cast).findFirst().orElseThrow();
    }

    private static String header(javafx.scene.Node pane) {
        String text = ((DialogPane) pane).getHeaderText();
        return text == null ? "" : text;
    }

    private static void assertCancelIsTheDefault(DialogPane pane) {
        Button cancel = (Button) pane.lookupButton(ButtonType.CANCEL);
        Button restore = (Button) pane.lookupButton(RestoreBackupDialog.RESTORE);
        assertTrue(cancel.isDefaultButton(), "Cancel is the default button");
        assertFalse(restore.isDefaultButton(), "Restore is not the default button");
        assertFalse(restore.isFocused(), "Restore does not have the focus, so Space does not press it");
    }

    @Test
    void enterInTheListOfBackupsCancels(FxRobot robot) throws Exception {
        DialogPane pane = open(robot);
        assertCancelIsTheDefault(pane);
        robot.type(KeyCode.ENTER);
        WindowFixture.await(() -> chosen.get() != null);
        assertEquals(Optional.empty(), chosen.get());
    }

    @Test
    void enterInTheConfirmationDoesNotRestore(FxRobot robot) throws Exception {
        DialogPane list = open(robot);
        robot.interact(() -> ((Button) list.lookupButton(RestoreBackupDialog.RESTORE)).fire());
        DialogPane confirm = dialog(robot, "Restore the backup of ");
        assertCancelIsTheDefault(confirm);
        robot.type(KeyCode.ENTER);
        WindowFixture.await(() -> chosen.get() != null);
        assertEquals(Optional.empty(), chosen.get());
    }

    @Test
    void restoreIsChosenOnlyByPressingItTwice(FxRobot robot) throws Exception {
        DialogPane list = open(robot);
        robot.interact(() -> ((Button) list.lookupButton(RestoreBackupDialog.RESTORE)).fire());
        DialogPane confirm = dialog(robot, "Restore the backup of ");
        robot.interact(() -> ((Button) confirm.lookupButton(RestoreBackupDialog.RESTORE)).fire());
        WindowFixture.await(() -> chosen.get() != null);
        assertEquals(Optional.of(BACKUPS.get(0).file()), chosen.get());
    }
}

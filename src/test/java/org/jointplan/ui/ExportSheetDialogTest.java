package org.jointplan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Export spreadsheet dialog: its defaults, what it refuses, and what it gives when confirmed. */
@ExtendWith(ApplicationExtension.class)
class ExportSheetDialogTest {
    private static final ExportSheetDialog.Defaults DEFAULTS = new ExportSheetDialog.Defaults(
            "/tmp/Plan tracker 30-09-2024.xlsx", LocalDate.of(2024, 9, 30));
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    @Test
    void itOffersAWorkbookRefusesAnotherKindOfFileAndAsksTheLayoutOnlyOfAWorkbook(FxRobot robot) throws Exception {
        List<String> asked = new ArrayList<>();
        ExportSheetDialog dialog = WaitForAsyncUtils.asyncFx(() -> new ExportSheetDialog(stage, DEFAULTS, typed -> {
            asked.add(typed);
            return Optional.of(Path.of("/tmp/chosen.csv"));
        })).get();
        var pane = dialog.form().dialog().getDialogPane();
        TextField file = (TextField) pane.lookupAll(".text-field").stream().filter(n -> n.getParent()
                instanceof javafx.scene.layout.GridPane).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        ComboBox<String> layout = (ComboBox<String>) pane.lookup(".combo-box");
        assertEquals(DEFAULTS.fileName(), file.getText());
        assertEquals(List.of("One sheet of every action", "A sheet for each priority"), layout.getItems());
        assertFalse(layout.isDisabled());
        assertTrue(pane.lookupAll(".label").stream().map(n -> ((Label) n).getText())
                .anyMatch(t -> t.startsWith("As at 30/09/2024, the window's date")), "the as-at date is said");
        assertFalse(dialog.form().confirmButton().isDisable());

        robot.interact(() -> file.setText("/tmp/tracker.xls"));
        assertTrue(dialog.form().confirmButton().isDisable(), "not .xlsx or .csv");
        robot.interact(() -> pane.lookupAll(".button").stream().map(Button.class::cast)
                .filter(b -> b.getText().equals("_Choose file…")).findFirst().orElseThrow().fire());
        assertEquals(List.of("/tmp/tracker.xls"), asked, "the chooser starts from what was typed");
        assertEquals("/tmp/chosen.csv", file.getText());
        assertFalse(dialog.form().confirmButton().isDisable());
        assertTrue(layout.isDisabled(), "a CSV file is one table");

        robot.interact(() -> {
            file.setText("/tmp/by priority.xlsx");
            layout.getSelectionModel().select(1);
        });
        assertFalse(layout.isDisabled());
        ExportSheetDialog.Choice choice = WaitForAsyncUtils.asyncFx(() -> {
            dialog.form().dialog().show();
            dialog.form().confirmButton().fire();
            return dialog.form().dialog().getResult();
        }).get();
        assertEquals(new ExportSheetDialog.Choice(Path.of("/tmp/by priority.xlsx"), true), choice);
    }
}

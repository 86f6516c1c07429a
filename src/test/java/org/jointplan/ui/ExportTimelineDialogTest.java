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
import org.jointplan.ui.editor.DateField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Export timeline dialog: its defaults, what it refuses, and what it gives when confirmed. */
@ExtendWith(ApplicationExtension.class)
class ExportTimelineDialogTest {
    private static final ExportTimelineDialog.Defaults DEFAULTS = new ExportTimelineDialog.Defaults(
            "/tmp/Plan timeline 30-09-2024.pdf", LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31),
            LocalDate.of(2024, 9, 30));
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    @Test
    void itOffersTheDefaultsRefusesABadNameOrABackwardRangeAndGivesTheChoice(FxRobot robot) throws Exception {
        List<String> asked = new ArrayList<>();
        ExportTimelineDialog dialog = WaitForAsyncUtils.asyncFx(() -> new ExportTimelineDialog(stage, DEFAULTS,
                typed -> {
                    asked.add(typed);
                    return Optional.of(Path.of("/tmp/chosen.svg"));
                })).get();
        var pane = dialog.form().dialog().getDialogPane();
        TextField file = (TextField) pane.lookupAll(".text-field").stream().filter(n -> n.getParent()
                instanceof javafx.scene.layout.GridPane).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        ComboBox<String> page = (ComboBox<String>) pane.lookup(".combo-box");
        List<DateField> dates = pane.lookupAll(".date-picker").stream().map(DateField.class::cast).toList();
        assertEquals(DEFAULTS.fileName(), file.getText());
        assertEquals(List.of("A4 landscape", "A3 landscape"), page.getItems());
        assertEquals("A4 landscape", page.getValue());
        assertEquals("01/04/2024", dates.get(0).getEditor().getText());
        assertEquals("31/03/2025", dates.get(1).getEditor().getText());
        assertTrue(pane.lookupAll(".label").stream().map(n -> ((Label) n).getText())
                .anyMatch(t -> t.startsWith("As at 30/09/2024, the window's date")), "the as-at date is said");
        assertFalse(dialog.form().confirmButton().isDisable());

        robot.interact(() -> file.setText("/tmp/timeline.docx"));
        assertTrue(dialog.form().confirmButton().isDisable(), "not a .pdf, .svg or .png");
        robot.interact(() -> pane.lookupAll(".button").stream().map(Button.class::cast)
                .filter(b -> b.getText().equals("_Choose file…")).findFirst().orElseThrow().fire());
        assertEquals(List.of("/tmp/timeline.docx"), asked, "the chooser starts from what was typed");
        assertEquals("/tmp/chosen.svg", file.getText());
        robot.interact(() -> dates.get(1).getEditor().setText("30/06/2023"));
        assertTrue(dialog.form().confirmButton().isDisable(), "To before From");
        robot.interact(() -> {
            dates.get(1).getEditor().setText("30/09/2024");
            page.getSelectionModel().select(1);
        });
        assertFalse(dialog.form().confirmButton().isDisable());
        robot.interact(() -> dialog.form().dialog().setResult(null));
        ExportTimelineDialog.Choice choice = WaitForAsyncUtils.asyncFx(() -> {
            dialog.form().dialog().show();
            dialog.form().confirmButton().fire();
            return dialog.form().dialog().getResult();
        }).get();
        assertEquals(new ExportTimelineDialog.Choice(Path.of("/tmp/chosen.svg"), "a3", LocalDate.of(2024, 4, 1),
                LocalDate.of(2024, 9, 30)), choice);
    }
}

package org.jointplan.ui;

import static org.jointplan.testsupport.DbProbe.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.jointplan.service.ExportOptions;
import org.jointplan.service.LocalUser;
import org.jointplan.service.PackageService;
import org.jointplan.service.Workspace;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Edit > Preferences… changes who you are; File > Exchange history shows who packages were sent to. */
class PreferencesAndHistoryTest extends OpenWindowTest {
    @Override
    protected void prepareStore() {
        try (Workspace workspace = Workspace.open(store)) {
            LocalUser.save(workspace.store(), "Sam Officer", "Nottingham City Council");
            new PackageService().exportPlan(workspace.store(), null, dir.resolve(store.getFileName() + ".jplan"),
                    LocalUser.of(workspace.store()), new ExportOptions(null, false, List.of(
                            "NHS Nottingham and Nottinghamshire ICB", "Nottinghamshire County Council")), f -> { });
        }
    }

    @Test
    void preferencesShowAndChangeYourNameAndOrganisation(FxRobot robot) throws Exception {
        robot.clickOn("Edit").clickOn("Preferences…");
        DialogPane form = WindowFixture.awaitDialog(robot, "Preferences");
        TextField name = robot.from(form).lookup(".text-field").queryAs(TextField.class);
        @SuppressWarnings("unchecked")
        ComboBox<String> organisation = robot.from(form).lookup(".combo-box").queryAs(ComboBox.class);
        assertEquals("Sam Officer", name.getText());
        assertEquals("Nottingham City Council", organisation.getEditor().getText());
        robot.interact(() -> name.setText("Sam \u202Erevo"));
        assertTrue(((Button) robot.from(form).lookup("Save").queryButton()).isDisabled(),
                "a mark that reverses the text on screen");
        robot.interact(() -> {
            name.setText("Alex Partner");
            organisation.getEditor().setText("A provider not among the partners");
        });
        robot.interact(((Button) robot.from(form).lookup("Save").queryButton())::fire);
        WindowFixture.await(() -> "Alex Partner".equals(
                text(store, "SELECT value FROM meta WHERE key = 'user.person'")));
        assertEquals("A provider not among the partners",
                text(store, "SELECT value FROM meta WHERE key = 'user.organisation'"));
        assertEquals("Alex Partner", fixture.window.user().person(), "used from now on, in any plan opened next");
        assertEquals("Alex Partner", fixture.model().authorName());
    }

    @Test
    void exchangeHistoryShowsRecipientsHasAHeaderOnEveryColumnAndClosesWithEscape(FxRobot robot) throws Exception {
        robot.clickOn("File").clickOn("Exchange history…");
        WindowFixture.await(() -> robot.lookup(".table-view").queryAll().stream()
                .anyMatch(n -> "Packages sent and received".equals(((TableView<?>) n).getAccessibleText())));
        TableView<?> table = robot.lookup(n -> n instanceof TableView<?> t
                && "Packages sent and received".equals(t.getAccessibleText())).queryAs(TableView.class);
        assertTrue(table.getColumns().stream().allMatch(c -> c.getText() != null && !c.getText().isBlank()),
                table.getColumns().stream().map(c -> c.getText()).toList().toString());
        var sentTo = table.getColumns().stream().filter(c -> c.getText().equals("Sent to")).findFirst().orElseThrow();
        assertEquals("NHS Nottingham and Nottinghamshire ICB; Nottinghamshire County Council",
                sentTo.getCellData(0));
        Window history = table.getScene().getWindow();
        robot.interact(() -> history.requestFocus());
        robot.type(KeyCode.ESCAPE);
        WindowFixture.await(() -> !history.isShowing());
        assertFalse(history.isShowing());
    }
}

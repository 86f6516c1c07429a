package org.jointplan.ui;

import static org.jointplan.testsupport.DbProbe.count;
import static org.jointplan.testsupport.DbProbe.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.jointplan.domain.Status;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

class PlanManagementTest extends OpenWindowTest {
    @Test
    void rollingThePlanForwardMakesNextYearsPlanAndOpensIt(FxRobot robot) throws Exception {
        long open = fixture.model().plan().actions().stream().filter(a -> a.status() != Status.COMPLETE).count();
        robot.clickOn("File").clickOn("New plan from this one…");
        robot.clickOn("Make the plan");
        WindowFixture.await(() -> count(store, "SELECT count(*) FROM plan") == 2);
        WindowFixture.await(() -> stage.getTitle().startsWith("Joint SEND Commissioning Delivery Plan 2025/26"));
        String newPlan = text(store, "SELECT id FROM plan WHERE financial_year = 2025");
        assertEquals(open, count(store, "SELECT count(*) FROM action WHERE plan_id = ?", newPlan));
        assertEquals(29, count(store, "SELECT count(*) FROM action WHERE plan_id <> ?", newPlan),
                "the old plan is unchanged");

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WindowFixture.await(() -> count(store, "SELECT count(*) FROM plan") == 1);
        WindowFixture.await(() -> stage.getTitle().startsWith("Joint SEND Commissioning Delivery Plan 2024/25"));
    }

    @Test
    void renamingAPriorityInPlanSettingsIsSavedAndUndoable(FxRobot robot) throws Exception {
        var first = fixture.model().plan().priorities().get(0);
        robot.press(KeyCode.CONTROL).type(KeyCode.COMMA).release(KeyCode.CONTROL);
        var tabs = robot.lookup(".tab-pane").queryAs(javafx.scene.control.TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        var list = robot.lookup(n -> n instanceof javafx.scene.control.ListView<?> l
                && "Priorities".equals(l.getAccessibleText())).queryListView();
        robot.interact(() -> list.getSelectionModel().select(0));
        TextField name = robot.lookup(n -> n instanceof TextField t && "Priority name".equals(t.getAccessibleText()))
                .queryAs(TextField.class);
        robot.interact(() -> name.setText("Speech, language and communication"));
        var rename = robot.from(list.getParent()).lookup("Rename").queryButton();
        robot.interact(rename::fire); // the settings window is a second stage; the headless robot clicks the first
        WindowFixture.await(() -> "Speech, language and communication".equals(
                text(store, "SELECT name FROM priority WHERE id = ?", first.id())));
        robot.interact(() -> fixture.model().undo());
        WindowFixture.await(() -> first.name().equals(text(store, "SELECT name FROM priority WHERE id = ?",
                first.id())));
        var close = robot.lookup("Close").match(org.testfx.util.NodeQueryUtils.isVisible()).queryButton();
        robot.interact(close::fire);
    }

    /** Another program holds the store: the user is told at once, the typed value stays, nothing saved is lost. */
    @Test
    void storeThatCannotBeWrittenIsReportedAndTheEditStaysOnScreen(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup(".actions-table").queryAs(TableView.class);
        robot.interact(() -> table.getSelectionModel().select(0));
        UUID id = fixture.model().selectedActionIdProperty().get();
        String saved = text(store, "SELECT title FROM action WHERE id = ?", id);
        TextField title = robot.lookup(n -> n instanceof TextField t && "Title".equals(t.getAccessibleText()))
                .queryAs(TextField.class);
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + store);
             Statement st = other.createStatement()) {
            st.execute("BEGIN EXCLUSIVE");
            robot.interact(() -> {
                title.setText("A title that cannot be saved yet");
                title.fireEvent(new javafx.event.ActionEvent());
            });
            WindowFixture.await(() -> fixture.model().saveFailedProperty().get());
            st.execute("ROLLBACK");
        }
        String status = robot.lookup(".status-bar").queryAs(Label.class).getText();
        assertTrue(status.startsWith("Not saved: The plan store is busy in another program"), status);
        assertEquals("A title that cannot be saved yet", title.getText(), "the unsaved edit stays on screen");
        assertEquals(saved, text(store, "SELECT title FROM action WHERE id = ?", id));
        assertEquals("ok", text(store, "PRAGMA integrity_check"));
    }
}

package org.jointplan.ui;

import static org.jointplan.testsupport.DbProbe.count;
import static org.jointplan.testsupport.DbProbe.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.jointplan.domain.Status;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Robot journeys through the real window on a real store; each checks what landed in the database. */
class ActionEditingTest extends OpenWindowTest {
    private UUID select(FxRobot robot, int row) throws Exception {
        TableView<?> table = robot.lookup(".actions-table").queryAs(TableView.class);
        robot.interact(() -> table.getSelectionModel().select(row));
        UUID id = fixture.model().selectedActionIdProperty().get();
        WindowFixture.await(() -> robot.lookup(".editor-heading").tryQuery().map(n -> n.isVisible()).orElse(false));
        return id;
    }

    private String column(UUID action, String column) {
        return text(store, "SELECT " + column + " FROM action WHERE id = ?", action);
    }

    /** Types into the field a screen reader knows by this name, as a user would, and presses Enter. */
    private void replaceText(FxRobot robot, String accessibleName, String value) {
        javafx.scene.Node named = robot.lookup(n -> n instanceof javafx.scene.control.Control c
                && accessibleName.equals(c.getAccessibleText())).query();
        TextField field = named instanceof javafx.scene.control.DatePicker picker ? picker.getEditor()
                : (TextField) named;
        robot.interact(field::requestFocus);
        robot.interact(field::selectAll);
        robot.write(value);
        robot.type(KeyCode.ENTER);
    }

    @Test
    void createEditUndoAndRedoAnAction(FxRobot robot) throws Exception {
        int before = count(store, "SELECT count(*) FROM action");
        robot.clickOn("+ New action");
        WindowFixture.await(() -> count(store, "SELECT count(*) FROM action") == before + 1);
        UUID id = fixture.model().selectedActionIdProperty().get();
        assertEquals("New action", column(id, "title"));

        replaceText(robot, "Title", "Recommission the sleep helpline");
        WindowFixture.await(() -> "Recommission the sleep helpline".equals(column(id, "title")));
        replaceText(robot, "Owner", "Commissioning Manager (Sleep)");
        WindowFixture.await(() -> "Commissioning Manager (Sleep)".equals(column(id, "owner")));
        replaceText(robot, "Percent complete", "40");
        WindowFixture.await(() -> "40".equals(column(id, "percent_complete")));
        String start = column(id, "start_date");
        replaceText(robot, "Due date", "31/03/2027");
        WindowFixture.await(() -> "2027-03-31".equals(column(id, "due_date")));
        assertEquals(start, column(id, "start_date"));

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WindowFixture.await(() -> !"2027-03-31".equals(column(id, "due_date")));
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        WindowFixture.await(() -> "2027-03-31".equals(column(id, "due_date")));
        assertEquals(System.getProperty("user.name"), text(store, "SELECT changed_by FROM action WHERE id = ?", id),
                "the change is stamped with who made it");
    }

    @Test
    void dueBeforeStartIsExplainedAtTheFieldAndNotSaved(FxRobot robot) throws Exception {
        UUID id = select(robot, 0);
        String due = column(id, "due_date");
        replaceText(robot, "Due date", "01/01/2000");
        WindowFixture.await(() -> robot.lookup(".field-error").queryAll().stream().anyMatch(n -> n.isVisible()));
        String message = robot.lookup(".field-error").queryAllAs(Label.class).stream().filter(Label::isVisible)
                .findFirst().orElseThrow().getText();
        assertTrue(message.contains("is before the start date"), message);
        assertEquals(due, column(id, "due_date"));
        replaceText(robot, "Due date", "30/02/2025");
        WindowFixture.await(() -> robot.lookup(".field-error").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.isVisible() && l.getText().contains("is not a date")));
        assertEquals(due, column(id, "due_date"));
    }

    @Test
    void percentOutOfRangeIsRefusedAtTheField(FxRobot robot) throws Exception {
        UUID id = select(robot, 3);
        String percent = column(id, "percent_complete");
        replaceText(robot, "Percent complete", "150");
        WindowFixture.await(() -> robot.lookup(".field-error").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.isVisible() && l.getText().contains("between 0 and 100")));
        assertEquals(percent, column(id, "percent_complete"));
    }

    @Test
    void deleteAndUndoTheDelete(FxRobot robot) throws Exception {
        UUID id = select(robot, 2);
        int milestones = count(store, "SELECT count(*) FROM milestone WHERE action_id = ?", id);
        robot.press(KeyCode.CONTROL).type(KeyCode.DELETE).release(KeyCode.CONTROL);
        robot.clickOn("OK");
        WindowFixture.await(() -> count(store, "SELECT count(*) FROM action WHERE id = ?", id) == 0);
        assertEquals(1, count(store, "SELECT count(*) FROM tombstone WHERE id = ?", id));
        robot.clickOn("↶ Undo");
        WindowFixture.await(() -> count(store, "SELECT count(*) FROM action WHERE id = ?", id) == 1);
        assertEquals(milestones, count(store, "SELECT count(*) FROM milestone WHERE action_id = ?", id));
        assertEquals(0, count(store, "SELECT count(*) FROM tombstone WHERE id = ?", id));
    }

    @Test
    void filtersNarrowTheTable(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup(".actions-table").queryAs(TableView.class);
        int all = table.getItems().size();
        robot.clickOn("#search").write("melatonin");
        WindowFixture.await(() -> table.getItems().size() == 1);
        robot.clickOn("Clear filters");
        WindowFixture.await(() -> table.getItems().size() == all);
        robot.clickOn("Overdue only");
        long overdue = fixture.model().plan().actions().stream()
                .filter(a -> a.isOverdue(fixture.model().todayProperty().get())).count();
        WindowFixture.await(() -> table.getItems().size() == overdue);
    }

    @Test
    void progressUpdateIsLoggedWithTheStatusAtThatTime(FxRobot robot) throws Exception {
        UUID id = select(robot, 1);
        int updates = count(store, "SELECT count(*) FROM progress_update WHERE action_id = ?", id);
        var area = robot.lookup(n -> n instanceof javafx.scene.control.TextArea t
                && "Progress update".equals(t.getAccessibleText())).queryAs(javafx.scene.control.TextArea.class);
        robot.interact(area::requestFocus);
        robot.write("Contract signed; mobilisation under way.");
        robot.interact(() -> robot.lookup("Add update").queryButton().fire());
        WindowFixture.await(() -> count(store, "SELECT count(*) FROM progress_update WHERE action_id = ?", id)
                == updates + 1);
        assertEquals("Contract signed; mobilisation under way.", text(store,
                "SELECT text FROM progress_update WHERE action_id = ? ORDER BY changed_at DESC LIMIT 1", id));
        Status status = Status.fromCode(column(id, "status"));
        assertEquals(status.code(), text(store,
                "SELECT status FROM progress_update WHERE action_id = ? ORDER BY changed_at DESC LIMIT 1", id));
    }
}

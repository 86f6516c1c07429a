package org.jointplan.ui.editor;

import static org.jointplan.testsupport.DbProbe.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.jointplan.domain.Action;
import org.jointplan.ui.HeldModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A value the plan refuses stays in its field, as typed, with the reason under it; nothing is saved. */
@ExtendWith(ApplicationExtension.class)
class TypedInputIsKeptTest {
    @TempDir
    Path dir;
    private Stage stage;
    private HeldModel held;
    private ActionEditor editor;
    private Action action;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void open(FxRobot robot) {
        held = new HeldModel(dir.resolve("plan.sqlite"));
        action = held.model.plan().actions().stream().filter(a -> held.model.plan().milestones().stream()
                .anyMatch(m -> a.id().equals(m.actionId()))).findFirst().orElseThrow();
        robot.interact(() -> {
            editor = new ActionEditor(held.model, (anchor, header, question, onReason, onCancel) -> onCancel.run());
            stage.setScene(new Scene(editor, 600, 900));
            stage.show();
            held.model.selectedActionIdProperty().set(action.id());
        });
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> stage.setScene(new Scene(new javafx.scene.layout.Pane())));
        held.close();
    }

    private TextField field(FxRobot robot, String name) {
        Node named = robot.lookup(n -> n instanceof javafx.scene.control.Control c
                && name.equals(c.getAccessibleText())).query();
        return named instanceof javafx.scene.control.DatePicker picker ? picker.getEditor() : (TextField) named;
    }

    private void type(FxRobot robot, String name, String value, KeyCode then) {
        TextField field = field(robot, name);
        robot.interact(field::requestFocus);
        robot.interact(field::selectAll);
        robot.write(value);
        robot.type(then);
    }

    private String error(FxRobot robot) {
        return robot.lookup(".field-error").queryAllAs(Label.class).stream().filter(Label::isVisible)
                .map(Label::getText).findFirst().orElse("");
    }

    /** Another field is saved, so the editor is shown the saved plan again. */
    private void saveTitle(FxRobot robot, String title) throws Exception {
        robot.interact(() -> {
            editor.titleField().setText(title);
            editor.titleField().fireEvent(new ActionEvent());
        });
        HeldModel.await(() -> title.equals(text(held.store, "SELECT title FROM action WHERE id = ?", action.id())));
    }

    @Test
    void aDateThatIsNotRealStaysAsTypedWithItsError(FxRobot robot) throws Exception {
        type(robot, "Due date", "31/02/2026", KeyCode.ENTER);
        HeldModel.await(() -> error(robot).contains("is not a date"));
        assertEquals("31/02/2026", field(robot, "Due date").getText(), "Enter keeps the typing");
        robot.type(KeyCode.TAB);
        HeldModel.await(() -> !field(robot, "Due date").isFocused());
        assertEquals("31/02/2026", field(robot, "Due date").getText(), "leaving the field keeps the typing");

        saveTitle(robot, "Sleep service review");
        assertEquals("31/02/2026", field(robot, "Due date").getText(), "a save elsewhere keeps the typing");
        assertTrue(error(robot).contains("is not a date"), error(robot));
        assertEquals(action.due().toString(), text(held.store, "SELECT due_date FROM action WHERE id = ?",
                action.id()), "nothing is saved");

        type(robot, "Due date", "30/04/2026", KeyCode.ENTER);
        HeldModel.await(() -> "2026-04-30".equals(text(held.store, "SELECT due_date FROM action WHERE id = ?",
                action.id())));
        assertEquals("", error(robot), "a real date clears the error");
    }

    @Test
    void aRefusedPercentStaysAsTypedWithItsError(FxRobot robot) throws Exception {
        type(robot, "Percent complete", "150", KeyCode.TAB);
        HeldModel.await(() -> error(robot).contains("between 0 and 100"));
        saveTitle(robot, "Sleep service review");
        assertEquals("150", field(robot, "Percent complete").getText());
        assertTrue(error(robot).contains("between 0 and 100"), error(robot));
        assertEquals(Integer.toString(action.percentComplete()), text(held.store,
                "SELECT percent_complete FROM action WHERE id = ?", action.id()));
    }

    @Test
    void aDueDateBeforeTheStartStaysWithItsError(FxRobot robot) throws Exception {
        type(robot, "Due date", "01/01/2000", KeyCode.ENTER);
        HeldModel.await(() -> error(robot).contains("is before the start date"));
        saveTitle(robot, "Sleep service review");
        assertEquals("01/01/2000", field(robot, "Due date").getText());
        assertEquals(action.due().toString(), text(held.store, "SELECT due_date FROM action WHERE id = ?",
                action.id()));
    }

    @Test
    void aMilestoneDateThatIsNotRealStaysAsTypedWhenTheActionIsSaved(FxRobot robot) throws Exception {
        var milestone = held.model.plan().milestones().stream().filter(m -> action.id().equals(m.actionId()))
                .findFirst().orElseThrow();
        type(robot, "Date of " + milestone.title(), "32/01/2026", KeyCode.ENTER);
        HeldModel.await(() -> error(robot).contains("is not a date"));
        saveTitle(robot, "Sleep service review");
        assertEquals("32/01/2026", field(robot, "Date of " + milestone.title()).getText());
        assertTrue(error(robot).contains("is not a date"), error(robot));
        assertEquals(milestone.date().toString(), text(held.store, "SELECT due_date FROM milestone WHERE id = ?",
                milestone.id()));
    }
}

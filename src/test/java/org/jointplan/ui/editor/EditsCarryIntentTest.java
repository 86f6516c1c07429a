package org.jointplan.ui.editor;

import static org.jointplan.testsupport.DbProbe.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import javafx.event.ActionEvent;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.stage.Stage;
import org.jointplan.domain.Action;
import org.jointplan.domain.Milestone;
import org.jointplan.ui.HeldModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Edits carry what the user chose, read on the UI thread, and are built on the store thread from the plan as it is
 * then. The store thread is held so that edits queue up behind each other, as they do behind a slow save.
 */
@ExtendWith(ApplicationExtension.class)
class EditsCarryIntentTest {
    @TempDir
    Path dir;
    private Stage stage;
    private HeldModel held;
    private ActionEditor editor;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> stage.setScene(new Scene(new javafx.scene.layout.Pane()))); // the editor lets go
        if (held != null) {
            held.close();
        }
    }

    private Action open(FxRobot robot, java.util.function.Predicate<Action> which) {
        held = new HeldModel(dir.resolve("plan.sqlite"));
        Action action = held.model.plan().actions().stream().filter(which).findFirst().orElseThrow();
        robot.interact(() -> {
            editor = new ActionEditor(held.model, (anchor, header, question, onReason, onCancel) -> onCancel.run());
            stage.setScene(new Scene(editor, 600, 900));
            stage.show();
            held.model.selectedActionIdProperty().set(action.id());
        });
        return action;
    }

    private String column(String table, String column, Object id) {
        return text(held.store, "SELECT " + column + " FROM " + table + " WHERE id = ?", id);
    }

    @Test
    void theTitleSavedIsTheOneEnteredNotWhatTheFieldSaysWhenTheStoreGetsToIt(FxRobot robot) throws Exception {
        Action action = open(robot, a -> true);
        held.tasks.hold();
        robot.interact(() -> {
            editor.titleField().setText("Recommission the sleep helpline");
            editor.titleField().fireEvent(new ActionEvent());
            editor.titleField().setText("Recommission the sleep helpline and"); // the user types on
        });
        assertEquals(1, held.tasks.waiting(), "the edit waits for the store thread");
        held.tasks.release();
        HeldModel.await(() -> "Recommission the sleep helpline".equals(column("action", "title", action.id())));
        assertEquals("Recommission the sleep helpline and", editor.titleField().getText(),
                "the typing since is still in the field, not replaced by the saved title");
    }

    @Test
    void twoQuickEditsOfOneMilestoneBothSurvive(FxRobot robot) throws Exception {
        Action action = open(robot, a -> held(a));
        Milestone m = held.model.plan().milestones().stream().filter(x -> action.id().equals(x.actionId())
                && !x.achieved()).findFirst().orElseThrow();
        LocalDate moved = m.date().plusDays(7);
        held.tasks.hold();
        robot.interact(() -> {
            CheckBox achieved = robot.lookup(n -> n instanceof CheckBox c && c.getAccessibleText() != null
                    && c.getAccessibleText().startsWith("Milestone " + m.title())).queryAs(CheckBox.class);
            achieved.fire();
            DateField date = robot.lookup(n -> n instanceof DateField d
                    && ("Date of " + m.title()).equals(d.getAccessibleText())).queryAs(DateField.class);
            date.setValue(moved);
        });
        assertEquals(2, held.tasks.waiting(), "both edits wait for the store thread");
        held.tasks.release();
        HeldModel.await(() -> moved.toString().equals(column("milestone", "due_date", m.id())));
        assertEquals("1", column("milestone", "achieved", m.id()), "the first edit is not undone by the second");
    }

    private boolean held(Action a) {
        return held.model.plan().milestones().stream().anyMatch(m -> a.id().equals(m.actionId()) && !m.achieved());
    }
}

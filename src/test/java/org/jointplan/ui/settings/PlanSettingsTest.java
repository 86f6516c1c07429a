package org.jointplan.ui.settings;

import static org.jointplan.testsupport.DbProbe.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.jointplan.domain.Plan;
import org.jointplan.ui.HeldModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Plan settings' Plan tab saves each field like every other field, and Close never loses what was typed. */
@ExtendWith(ApplicationExtension.class)
class PlanSettingsTest {
    @TempDir
    Path dir;
    private Stage stage;
    private HeldModel held;
    private Plan plan;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void open(FxRobot robot) throws Exception {
        held = new HeldModel(dir.resolve("plan.sqlite"));
        plan = held.model.plan().plan();
        robot.interact(() -> {
            stage.setScene(new Scene(new javafx.scene.layout.Pane(), 300, 200));
            stage.show();
            new PlanSettingsWindow(stage, held.model).show();
        });
        HeldModel.await(() -> settings(robot) != null);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> robot.listWindows().stream().filter(w -> w != stage).toList()
                .forEach(w -> ((Stage) w).close()));
        held.close();
    }

    private static Window settings(FxRobot robot) {
        return robot.listWindows().stream().filter(w -> w instanceof Stage s && "Plan settings".equals(s.getTitle())
                && s.isShowing()).findFirst().orElse(null);
    }

    private TextField field(FxRobot robot, String name) {
        java.util.function.Predicate<Node> named0 = n -> n instanceof javafx.scene.control.Control c
                && name.equals(c.getAccessibleText());
        Node named = robot.from(settings(robot).getScene().getRoot()).lookup(named0).query();
        return named instanceof javafx.scene.control.DatePicker picker ? picker.getEditor() : (TextField) named;
    }

    private void type(FxRobot robot, String name, String value) {
        TextField field = field(robot, name);
        robot.interact(field::requestFocus);
        robot.interact(field::selectAll);
        robot.targetWindow(settings(robot)).write(value);
    }

    private String column(String column) {
        return text(held.store, "SELECT " + column + " FROM plan WHERE id = ?", plan.id());
    }

    private void pressClose(FxRobot robot) {
        Button close = robot.from(settings(robot).getScene().getRoot()).lookup("Close").queryButton();
        robot.interact(close::fire); // as Escape does: the focus stays in the field
    }

    @Test
    void whatIsTypedIsSavedWhenTheWindowIsClosed(FxRobot robot) throws Exception {
        type(robot, "Title", "Sleep and wellbeing plan 2026/27");
        robot.type(KeyCode.ESCAPE);
        HeldModel.await(() -> settings(robot) == null);
        HeldModel.await(() -> "Sleep and wellbeing plan 2026/27".equals(column("title")));
    }

    @Test
    void eachFieldIsSavedOnItsOwnAsOneUndoableChange(FxRobot robot) throws Exception {
        type(robot, "Title", "Sleep and wellbeing plan");
        robot.type(KeyCode.ENTER);
        HeldModel.await(() -> "Sleep and wellbeing plan".equals(column("title")));
        type(robot, "Strategy", "Rest well, live well");
        pressClose(robot);
        HeldModel.await(() -> "Rest well, live well".equals(column("strategy")));
        assertEquals("Change the plan's strategy", held.model.undoTextProperty().get());

        robot.interact(held.model::undo);
        HeldModel.await(() -> plan.strategy().equals(column("strategy")));
        assertEquals("Sleep and wellbeing plan", column("title"), "undo takes back one field at a time");
    }

    @Test
    void aRefusedValueKeepsTheWindowOpenOnceAndIsNotSaved(FxRobot robot) throws Exception {
        type(robot, "Period ends", "31/02/2026");
        pressClose(robot);
        assertTrue(settings(robot) != null, "the window stays open over a refused value");
        assertEquals("31/02/2026", field(robot, "Period ends").getText());
        assertTrue(robot.from(settings(robot).getScene().getRoot()).lookup(".field-error").queryAllAs(Label.class)
                .stream().anyMatch(l -> l.isVisible() && l.getText().contains("was not saved")));
        pressClose(robot);
        HeldModel.await(() -> settings(robot) == null);
        assertEquals(plan.end().toString(), column("period_end"));
    }
}

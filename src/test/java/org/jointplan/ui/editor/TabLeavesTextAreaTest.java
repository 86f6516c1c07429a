package org.jointplan.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Tab and Shift+Tab leave a multi-line field as they leave any other; Ctrl+Tab types a tab. */
@ExtendWith(ApplicationExtension.class)
class TabLeavesTextAreaTest {
    private TextField before;
    private TextArea area;
    private TextField after;

    @Start
    void start(Stage stage) {
        before = new TextField();
        area = new TextArea("Advice line");
        after = new TextField();
        Scene scene = new Scene(new VBox(before, area, after), 400, 300);
        TabTraversal.install(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void tabMovesOnToTheNextFieldWithoutTypingATab(FxRobot robot) {
        robot.interact(area::requestFocus);
        robot.interact(area::end);
        robot.type(KeyCode.TAB);
        assertSame(after, area.getScene().getFocusOwner());
        assertEquals("Advice line", area.getText());
        assertEquals("", after.getText());
    }

    @Test
    void shiftTabMovesBackToTheFieldBefore(FxRobot robot) {
        robot.interact(area::requestFocus);
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        assertSame(before, area.getScene().getFocusOwner());
        assertEquals("Advice line", area.getText());
    }

    @Test
    void ctrlTabTypesATabAndStaysInTheField(FxRobot robot) {
        robot.interact(area::requestFocus);
        robot.interact(area::end);
        robot.press(KeyCode.CONTROL).type(KeyCode.TAB).release(KeyCode.CONTROL);
        assertSame(area, area.getScene().getFocusOwner());
        assertEquals("Advice line\t", area.getText());
    }
}

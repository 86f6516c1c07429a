package org.jointplan.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.jointplan.testsupport.DbProbe;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * On a small screen the editor's pane takes room only while something is chosen to edit, can be hidden by the
 * keyboard, and the arrangement is kept in the store for the next start.
 */
class EditorPaneTest extends OpenWindowTest {

    @Test
    void theEditorPaneFoldsAwayWhileNothingIsChosenAndComesBackWithTheSelection(FxRobot robot) throws Exception {
        assertFalse(sideShown(robot), "nothing is selected: no empty editor keeps its 400 px");
        double tableAlone = table(robot).getWidth();
        robot.interact(() -> table(robot).getSelectionModel().select(0));
        WindowFixture.await(() -> sideShown(robot));
        WindowFixture.await(() -> table(robot).getWidth() < tableAlone - 300);
        robot.interact(() -> fixture.model().selectedActionIdProperty().set(null));
        WindowFixture.await(() -> !sideShown(robot));
    }

    @Test
    void ctrlShiftTwoHidesTheEditorPaneAndShowsItAgainAndTheStoreKeepsIt(FxRobot robot) throws Exception {
        robot.interact(() -> table(robot).getSelectionModel().select(0));
        WindowFixture.await(() -> sideShown(robot));
        robot.interact(() -> table(robot).requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.DIGIT2).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WindowFixture.await(() -> !sideShown(robot));
        WindowFixture.await(() -> DbProbe.text(store, "SELECT value FROM meta WHERE key = 'window.layout'") != null
                && DbProbe.text(store, "SELECT value FROM meta WHERE key = 'window.layout'").endsWith(";true"));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.DIGIT2).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WindowFixture.await(() -> sideShown(robot));
    }

    @Test
    void goToEditorShowsAHiddenEditorPane(FxRobot robot) throws Exception {
        UUID first = fixture.model().plan().actions().get(0).id();
        robot.interact(() -> fixture.model().selectedActionIdProperty().set(first));
        robot.interact(() -> screen(robot).editorHiddenProperty().set(true));
        WindowFixture.await(() -> !sideShown(robot));
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        WindowFixture.await(() -> sideShown(robot));
        WindowFixture.await(() -> screen(robot).editor().titleField().isFocused());
    }

    static boolean sideShown(FxRobot robot) {
        Node side = robot.lookup(".editor-side").tryQuery().orElse(null);
        return side != null && side.getScene() != null && side.isVisible();
    }

    static PlanScreen screen(FxRobot robot) {
        return robot.lookup(".plan-screen").queryAs(PlanScreen.class);
    }

    static TableView<?> table(FxRobot robot) {
        return robot.lookup(".actions-table").queryAs(TableView.class);
    }
}

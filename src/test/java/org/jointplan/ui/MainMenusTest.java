package org.jointplan.ui;

import static org.jointplan.testsupport.DbProbe.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import org.jointplan.ui.timeline.TimelineView;
import org.jointplan.ui.timeline.TimelineZoom;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The menus and the status bar of the real window: what they say and that they tell the truth. */
class MainMenusTest extends OpenWindowTest {

    @Test
    void theEditMenuOffersRedoOnceAndCtrlYStillRedoes(FxRobot robot) {
        List<String> redo = items(menu(robot, "_Edit")).stream().map(MenuItem::getText)
                .filter(t -> t != null && t.replace("_", "").startsWith("Redo")).toList();
        assertEquals(1, redo.size(), "Redo items: " + redo);
    }

    @Test
    void everyAcceleratorReadsAsTheKeysOnTheKeyboard(FxRobot robot) {
        List<String> shown = new ArrayList<>();
        for (Menu menu : robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus()) {
            for (MenuItem item : items(menu)) {
                if (item.getAccelerator() != null) {
                    shown.add(item.getAccelerator().getDisplayText());
                    assertTrue(item.getAccelerator() instanceof KeyCodeCombination,
                            item.getText() + " has keys that match a key press");
                }
            }
        }
        List<String> unreadable = shown.stream().filter(t -> t.matches(".*\\+[A-Za-z][A-Za-z0-9]+$")
                && !t.matches(".*\\+(F[0-9]+|Delete)$")).collect(Collectors.toList());
        assertEquals(List.of(), unreadable, "all: " + shown);
        assertEquals("Ctrl+0", accelerator(robot, "N_ormal text size"));
    }

    @Test
    void ctrlZeroPutsTheTextBackToItsNormalSize(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        assertFalse(stage.getScene().getRoot().getStyle().isEmpty(), "Ctrl+= made the text larger");
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        assertEquals("", stage.getScene().getRoot().getStyle());
    }

    @Test
    void theZoomMenuShowsTheTimelinesZoomAndSetsIt(FxRobot robot) {
        TimelineView timeline = robot.lookup(".timeline-pane").queryAs(javafx.scene.layout.StackPane.class)
                .getChildren().stream().filter(TimelineView.class::isInstance).map(TimelineView.class::cast)
                .findFirst().orElseThrow();
        Menu zoom = (Menu) items(menu(robot, "_View")).stream().filter(i -> "_Zoom".equals(i.getText()))
                .findFirst().orElseThrow();
        assertEquals("Zoom to _fit", selected(zoom), "the window opens with the whole plan in view");
        robot.interact(() -> timeline.setZoom(TimelineZoom.MONTH));
        assertEquals("_Months", selected(zoom));
        robot.interact(timeline::zoomIn);
        assertEquals("_Weeks", selected(zoom));
        RadioMenuItem years = (RadioMenuItem) zoom.getItems().stream().filter(i -> "_Years".equals(i.getText()))
                .findFirst().orElseThrow();
        robot.interact(years::fire);
        assertEquals(TimelineZoom.YEAR, timeline.getZoom());
        assertEquals("_Years", selected(zoom));
    }

    @Test
    void theStatusBarSaysSoWhileTypingIsNotYetSaved(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup(".actions-table").queryAs(TableView.class);
        robot.interact(() -> table.getSelectionModel().select(0));
        UUID id = fixture.model().selectedActionIdProperty().get();
        WindowFixture.await(() -> robot.lookup(".editor-heading").tryQuery().map(Node::isVisible).orElse(false));
        TextField title = (TextField) robot.lookup(n -> n instanceof TextField f
                && "Title".equals(f.getAccessibleText())).query();
        robot.interact(title::requestFocus);
        robot.interact(title::selectAll);
        robot.write("Sleep clinic");
        assertTrue(status(robot).startsWith("Unsaved edit in a field"), status(robot));
        robot.type(KeyCode.ENTER);
        WindowFixture.await(() -> "Sleep clinic".equals(text(store, "SELECT title FROM action WHERE id = ?", id)));
        WindowFixture.await(() -> status(robot).startsWith("All changes saved"));

        robot.write(" and helpline");
        assertTrue(status(robot).startsWith("Unsaved edit in a field"), status(robot));
        robot.interact(() -> table.getSelectionModel().select(1)); // the typing is abandoned: the editor reloads
        WindowFixture.await(() -> status(robot).startsWith("All changes saved"));
        assertEquals("Sleep clinic", text(store, "SELECT title FROM action WHERE id = ?", id));

        DatePicker due = (DatePicker) robot.lookup(n -> n instanceof DatePicker d
                && "Due date".equals(d.getAccessibleText())).query();
        robot.interact(due::requestFocus);
        robot.interact(due.getEditor()::selectAll);
        robot.write("31/03/2027");
        assertTrue(status(robot).startsWith("Unsaved edit in a field"), "a date being typed: " + status(robot));
        robot.type(KeyCode.ENTER);
        WindowFixture.await(() -> status(robot).startsWith("All changes saved"));
    }

    private static String status(FxRobot robot) {
        return robot.lookup(".status-bar").queryAs(Label.class).getText();
    }

    private static Menu menu(FxRobot robot, String text) {
        return robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .filter(m -> text.equals(m.getText())).findFirst().orElseThrow();
    }

    private static String accelerator(FxRobot robot, String text) {
        for (Menu menu : robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus()) {
            for (MenuItem item : items(menu)) {
                if (text.equals(item.getText())) {
                    return item.getAccelerator().getDisplayText();
                }
            }
        }
        throw new AssertionError("no item " + text);
    }

    private static String selected(Menu zoom) {
        return zoom.getItems().stream().filter(i -> i instanceof RadioMenuItem r && r.isSelected())
                .map(MenuItem::getText).collect(Collectors.joining(", "));
    }

    /** The items of a menu and of its submenus. */
    private static List<MenuItem> items(Menu menu) {
        List<MenuItem> all = new ArrayList<>();
        for (MenuItem item : menu.getItems()) {
            all.add(item);
            if (item instanceof Menu sub) {
                all.addAll(items(sub));
            }
        }
        return all;
    }
}

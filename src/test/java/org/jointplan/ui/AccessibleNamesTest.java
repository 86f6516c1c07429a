package org.jointplan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import org.jointplan.ui.timeline.TimelineView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * A screen reader names every control the keyboard can reach: by its accessible text, its own label, or a label
 * that is {@code labelFor} it. The scene graph is walked with an action chosen, then the exceptions, then a measure.
 */
class AccessibleNamesTest extends OpenWindowTest {

    @Test
    void everyFocusableControlOfTheWindowHasAName(FxRobot robot) throws Exception {
        PlanScreen screen = robot.lookup(".plan-screen").queryAs(PlanScreen.class);
        robot.interact(() -> fixture.model().selectedActionIdProperty().set(fixture.model().plan().actions()
                .get(0).id()));
        WindowFixture.await(() -> robot.lookup(".editor-heading").tryQuery().map(Node::isVisible).orElse(false));
        List<String> unnamed = new ArrayList<>(unnamed(stage.getScene().getRoot()));
        robot.interact(() -> screen.showExceptions(true));
        WindowFixture.await(() -> screen.exceptions().getScene() != null);
        unnamed.addAll(unnamed(stage.getScene().getRoot()));
        robot.interact(screen::showMeasures);
        robot.interact(() -> screen.measures().table().getSelectionModel().select(0));
        WindowFixture.await(() -> screen.measureEditor().getScene() != null);
        unnamed.addAll(unnamed(stage.getScene().getRoot()));
        assertEquals(List.of(), new ArrayList<>(new java.util.LinkedHashSet<>(unnamed)));
    }

    @Test
    void theTimelineSaysWhichRowHasTheFocusInWords(FxRobot robot) throws Exception {
        TimelineView timeline = robot.lookup(".timeline-view").queryAs(TimelineView.class);
        assertTrue(timeline.getAccessibleText() != null && !timeline.getAccessibleText().isBlank(),
                "named before anything is selected");
        var action = fixture.model().plan().actions().get(0);
        robot.interact(() -> fixture.model().selectedActionIdProperty().set(action.id()));
        String said = timeline.getAccessibleText();
        assertTrue(said.contains(action.title()) && said.contains("01/04/2024"), said);
        assertTrue(said.matches(".*(Complete|On track|At risk|Off track|Not started).*"), "status in words: "
                + said);
        robot.interact(() -> fixture.model().selectedActionIdProperty().set(null));
        assertTrue(timeline.getAccessibleText().contains("no action selected"), timeline.getAccessibleText());
    }

    /** Focusable controls, shown, with no name a screen reader could read. */
    static List<String> unnamed(Parent root) {
        Set<Node> labelled = new HashSet<>();
        List<Node> all = new ArrayList<>();
        collect(root, all);
        all.stream().filter(Label.class::isInstance).map(n -> ((Label) n).getLabelFor()).filter(n -> n != null)
                .forEach(labelled::add);
        List<String> unnamed = new ArrayList<>();
        for (Node node : all) {
            if (node instanceof Control c && c.isFocusTraversable() && shown(c) && !named(c, labelled)) {
                unnamed.add(c.getClass().getSimpleName() + " " + c.getStyleClass() + " in "
                        + (c.getParent() == null ? "" : c.getParent().getStyleClass()));
            }
        }
        return unnamed;
    }

    private static boolean named(Control c, Set<Node> labelled) {
        if (c.getAccessibleText() != null && !c.getAccessibleText().isBlank()) {
            return true;
        }
        if (c instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
            return true;
        }
        for (Node n = c; n != null; n = n.getParent()) { // a date picker's editor is named by its picker
            if (labelled.contains(n)) {
                return true;
            }
        }
        return false;
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static void collect(Node node, List<Node> into) {
        into.add(node);
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(child -> collect(child, into));
        }
    }
}

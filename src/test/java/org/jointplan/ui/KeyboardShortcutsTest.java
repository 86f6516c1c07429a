package org.jointplan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Every command can be reached by the keyboard, and Help > Keyboard shortcuts says how. */
class KeyboardShortcutsTest extends OpenWindowTest {

    @Test
    void everyMenuCommandHasAShortcutOrAMnemonicAndNoMenuUsesALetterTwice(FxRobot robot) {
        List<String> problems = new ArrayList<>();
        for (Menu menu : bar(robot).getMenus()) {
            check(menu, problems);
        }
        assertEquals(List.of(), problems);
    }

    private static void check(Menu menu, List<String> problems) {
        if (KeyboardShortcuts.mnemonic(menu.getText()).isEmpty()) {
            problems.add(menu.getText() + ": no mnemonic");
        }
        Map<String, String> letters = new HashMap<>();
        for (MenuItem item : menu.getItems()) {
            if (item instanceof SeparatorMenuItem || item.getText() == null || item.getText().equals("…")) {
                continue;
            }
            var letter = KeyboardShortcuts.mnemonic(item.getText());
            if (letter.isEmpty() && item.getAccelerator() == null) {
                problems.add(menu.getText() + " > " + item.getText() + ": neither shortcut nor mnemonic");
            }
            letter.ifPresent(l -> {
                String before = letters.put(l, item.getText());
                if (before != null) {
                    problems.add(menu.getText() + ": " + before + " and " + item.getText() + " both use " + l);
                }
            });
            if (item instanceof Menu sub) {
                check(sub, problems);
            }
        }
    }

    @Test
    void theEditorsFieldLettersNeitherRepeatNorTakeAMenusLetter(FxRobot robot) {
        Map<String, String> taken = new HashMap<>();
        for (Menu menu : bar(robot).getMenus()) {
            KeyboardShortcuts.mnemonic(menu.getText()).ifPresent(l -> taken.put(l, "the " + menu.getText() + " menu"));
        }
        List<String> problems = new ArrayList<>();
        Node[] editors = new Node[2];
        robot.interact(() -> {
            EditorPaneTest.table(robot).getSelectionModel().select(0);
            PlanScreen screen = EditorPaneTest.screen(robot);
            screen.measures().selectedProperty().set(fixture.model().plan().measures().get(0).id());
            editors[0] = EditorPaneTest.screen(robot).editor();
            editors[1] = EditorPaneTest.screen(robot).measureEditor();
        });
        for (Node editor : editors) {
            List<Label> labels = new ArrayList<>();
            labelsIn(editor, labels);
            letters(labels, new HashMap<>(taken), problems);
        }
        assertEquals(List.of(), problems);
    }

    /** The Alt letters of these labels, each added to {@code taken}; a letter already taken is a problem. */
    private static void letters(List<Label> labels, Map<String, String> taken, List<String> problems) {
        int menus = taken.size();
        for (Label label : labels) {
            if (!label.isMnemonicParsing() || label.getText() == null) {
                continue;
            }
            KeyboardShortcuts.mnemonic(label.getText()).ifPresent(l -> {
                String before = taken.put(l, label.getText());
                if (before != null) {
                    problems.add(label.getText() + " and " + before + " both use " + l);
                }
            });
        }
        assertTrue(taken.size() > menus + 5, "the editor's labels were found: " + taken);
    }

    /** The labels below a node, scroll panes' content included (it is not a child until the pane is shown). */
    private static void labelsIn(Node node, List<Label> into) {
        if (node instanceof Label label) {
            into.add(label);
        } else if (node instanceof ScrollPane scroll) {
            labelsIn(scroll.getContent(), into);
        } else if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> labelsIn(child, into));
        }
    }

    @Test
    void ctrlSlashListsEveryShortcutOfTheMenusAndOfTheTimelineAndEscCloses(FxRobot robot) throws Exception {
        List<String> accelerators = new ArrayList<>();
        bar(robot).getMenus().forEach(m -> accelerators(m, accelerators));
        robot.press(KeyCode.CONTROL).type(KeyCode.SLASH).release(KeyCode.CONTROL);
        WindowFixture.await(() -> shortcutsWindow() != null);
        TableView<?> table = (TableView<?>) shortcutsWindow().getScene().lookup(".shortcuts-table");
        List<String> keys = table.getItems().stream().map(l -> ((KeyboardShortcuts.Line) l).keys()).toList();
        List<String> missing = accelerators.stream().filter(a -> keys.stream().noneMatch(k -> k.contains(a)))
                .toList();
        assertEquals(List.of(), missing, "listed: " + keys);
        assertTrue(keys.contains("Shift+Left, Shift+Right"), "the timeline's keys: " + keys);
        assertTrue(keys.contains("Alt+F, E") || keys.stream().anyMatch(k -> k.endsWith("Alt+F, E")),
                "File > Export package by its mnemonics: " + keys);
        assertTrue(table.getItems().stream().anyMatch(l -> ((KeyboardShortcuts.Line) l).where()
                .equals("Presentation")), "the presentation's keys");
        robot.type(KeyCode.ESCAPE);
        WindowFixture.await(() -> shortcutsWindow() == null);
    }

    @Test
    void altAndAMenusLetterOpensTheMenu(FxRobot robot) throws Exception {
        robot.interact(() -> robot.lookup(".actions-table").query().requestFocus());
        robot.press(KeyCode.ALT).type(KeyCode.P).release(KeyCode.ALT);
        Menu plan = bar(robot).getMenus().stream().filter(m -> m.getText().equals("_Plan")).findFirst()
                .orElseThrow();
        WindowFixture.await(plan::isShowing);
        robot.type(KeyCode.ESCAPE);
        WindowFixture.await(() -> !plan.isShowing());
    }

    private static void accelerators(Menu menu, List<String> into) {
        for (MenuItem item : menu.getItems()) {
            if (item.getAccelerator() != null) {
                into.add(item.getAccelerator().getDisplayText());
            }
            if (item instanceof Menu sub) {
                accelerators(sub, into);
            }
        }
    }

    private static Stage shortcutsWindow() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && "Keyboard shortcuts"
                .equals(s.getTitle()) && s.isShowing()).map(Stage.class::cast).findFirst().orElse(null);
    }

    private static MenuBar bar(FxRobot robot) {
        return robot.lookup(".menu-bar").queryAs(MenuBar.class);
    }
}

package org.jointplan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    @TempDir
    static Path dir;
    private static int count;

    private Stage stage;
    private WindowFixture fixture;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        fixture = new WindowFixture(stage, dir.resolve("window" + (count++) + ".sqlite"));
    }

    @AfterEach
    void closeStore() {
        fixture.close();
    }

    @Test
    void showsTheSamplePlansPrioritiesAndActions(FxRobot robot) throws Exception {
        fixture.open(robot);
        assertEquals("Joint SEND Commissioning Delivery Plan 2024/25 - JointPlan", stage.getTitle());
        TreeView<?> navigator = robot.lookup(".plan-navigator").queryAs(TreeView.class);
        assertEquals(5, navigator.getRoot().getChildren().size());
        TableView<?> table = robot.lookup(".actions-table").queryAs(TableView.class);
        assertTrue(table.getItems().size() >= 20);
        assertTrue(robot.lookup(".status-badge").queryAll().size() > 5, "statuses are drawn as badges");
        assertTrue(robot.lookup(".editor-side").tryQuery().isEmpty(),
                "with nothing chosen, no empty editor takes the plan's room");
    }

    @Test
    void navigatorEntriesCarryTheirFullTextAsATooltipThatEachCellKeeps(FxRobot robot) throws Exception {
        fixture.open(robot);
        var cells = robot.lookup(".plan-navigator .tree-cell").queryAllAs(javafx.scene.control.TreeCell.class)
                .stream().filter(c -> !c.isEmpty() && c.getItem() != null).toList();
        assertTrue(cells.size() > 5, "the navigator shows its entries");
        var first = cells.get(0);
        assertTrue(first.getTooltip().getText().startsWith("1. SLCN"), first.getTooltip().getText());
        javafx.scene.control.Tooltip kept = first.getTooltip();
        TreeView<?> navigator = robot.lookup(".plan-navigator").queryAs(TreeView.class);
        robot.interact(() -> navigator.getRoot().getChildren().get(0).setExpanded(false));
        robot.interact(() -> navigator.getRoot().getChildren().get(0).setExpanded(true));
        for (var cell : cells) {
            if (!cell.isEmpty() && cell.getItem() != null) {
                assertEquals(cell.getText(), cell.getTooltip().getText(), "the tooltip gives the whole entry");
            }
        }
        assertTrue(first.getTooltip() == kept, "a cell keeps its one tooltip when it shows another entry");
    }

    @Test
    void storeThatCannotBeOpenedIsExplainedInTheWindow(FxRobot robot) throws Exception {
        Path bad = Files.writeString(fixture.store, "not a database");
        fixture.open(robot);
        String message = robot.lookup(".window-message").queryAs(Label.class).getText();
        assertTrue(message.contains("is not a JointPlan store"), message);
        assertEquals("not a database", Files.readString(bad));
        var menus = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        assertEquals("_Quit", menus.getMenus().get(0).getItems().get(0).getText(), "the window can still be quit");
    }
}

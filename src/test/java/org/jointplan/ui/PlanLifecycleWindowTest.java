package org.jointplan.ui;

import static org.jointplan.testsupport.DbProbe.count;
import static org.jointplan.testsupport.DbProbe.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.event.Event;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.jointplan.service.Workspace;
import org.jointplan.testsupport.PlanGenerator;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** File > New plan…, Rename, Archive, Delete and New plan from this one: each saved, and taken back by Undo. */
class PlanLifecycleWindowTest extends OpenWindowTest {
    private final org.jointplan.domain.PlanData other = PlanGenerator.plan(6, 11);

    @Override
    protected void prepareStore() {
        try (Workspace workspace = Workspace.open(store)) {
            workspace.addPlan(other);
        }
    }

    @Test
    void aNewEmptyPlanIsMadeShownAndUndone(FxRobot robot) throws Exception {
        String sample = fixture.model().plan().plan().title();
        robot.clickOn("File").clickOn("New plan…");
        DialogPane form = WindowFixture.awaitDialog(robot, "New plan");
        TextField title = robot.from(form).lookup(".text-field").queryAs(TextField.class);
        Button make = (Button) robot.from(form).lookup("Make the plan").queryButton();
        assertTrue(make.isDisabled(), "no title yet");
        robot.interact(() -> title.setText("Joint SEND Delivery Plan, new"));
        robot.interact(make::fire);
        WindowFixture.await(() -> count(store, "SELECT count(*) FROM plan") == 3);
        WindowFixture.await(() -> stage.getTitle().startsWith("Joint SEND Delivery Plan, new"));
        assertEquals(0, fixture.model().plan().actions().size());
        assertEquals(0, count(store, "SELECT count(*) FROM priority WHERE plan_id = ?", fixture.model().plan().id()));

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WindowFixture.await(() -> count(store, "SELECT count(*) FROM plan") == 2);
        WindowFixture.await(() -> stage.getTitle().startsWith(sample));
    }

    @Test
    void renamingIsSavedAndUndone(FxRobot robot) throws Exception {
        var id = fixture.model().plan().id();
        String before = fixture.model().plan().plan().title();
        robot.clickOn("File").clickOn("Rename plan…");
        DialogPane form = WindowFixture.awaitDialog(robot, "Rename plan");
        TextField title = robot.from(form).lookup(".text-field").queryAs(TextField.class);
        robot.interact(() -> title.setText("Renamed plan"));
        robot.interact(((Button) robot.from(form).lookup("Rename").queryButton())::fire);
        WindowFixture.await(() -> "Renamed plan".equals(text(store, "SELECT title FROM plan WHERE id = ?", id)));
        robot.interact(() -> fixture.model().undo());
        WindowFixture.await(() -> before.equals(text(store, "SELECT title FROM plan WHERE id = ?", id)));
    }

    @Test
    void anArchivedPlanIsHiddenFromOpenPlanUnlessAskedAndThenMarked(FxRobot robot) throws Exception {
        var id = fixture.model().plan().id();
        String title = fixture.model().plan().plan().title();
        robot.interact(() -> item(robot, "File", "Archive plan").orElseThrow().fire());
        WindowFixture.await(() -> count(store, "SELECT archived FROM plan WHERE id = ?", id) == 1);
        WindowFixture.await(() -> item(robot, "File", "Unarchive plan").map(i -> !i.isDisable()).orElse(false));
        String shown = title.equals(other.plan().title()) ? "Joint SEND Commissioning Delivery Plan 2024/25"
                : other.plan().title();
        assertEquals(List.of(shown, "", "Show archived plans"), openPlanItems(robot));
        robot.interact(() -> ((javafx.scene.control.CheckMenuItem) openPlanMenu(robot).getItems().get(2))
                .setSelected(true));
        assertEquals(List.of(shown, "", "Show archived plans", title + " (archived)"), openPlanItems(robot));
        robot.interact(() -> fixture.model().undo());
        WindowFixture.await(() -> count(store, "SELECT archived FROM plan WHERE id = ?", id) == 0);
    }

    @Test
    void deletingAPlanShowsAnotherAndUndoBringsItBack(FxRobot robot) throws Exception {
        var id = fixture.model().plan().id();
        int actions = fixture.model().plan().actions().size();
        String shownNext = fixture.model().plan().plan().title().equals(other.plan().title())
                ? "Joint SEND Commissioning Delivery Plan 2024/25" : other.plan().title();
        robot.clickOn("File").clickOn("Delete plan…");
        DialogPane confirm = WindowFixture.awaitDialog(robot, "Delete plan");
        assertTrue(((Button) confirm.lookupButton(javafx.scene.control.ButtonType.CANCEL)).isDefaultButton(),
                "Enter alone deletes nothing");
        robot.interact(((Button) robot.from(confirm).lookup("Delete the plan").queryButton())::fire);
        WindowFixture.await(() -> count(store, "SELECT count(*) FROM plan WHERE id = ?", id) == 0);
        WindowFixture.await(() -> stage.getTitle().startsWith(shownNext));
        assertEquals(1, count(store, "SELECT count(*) FROM plan_tombstone WHERE id = ?", id));

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WindowFixture.await(() -> count(store, "SELECT count(*) FROM action WHERE plan_id = ?", id) == actions);
        WindowFixture.await(() -> fixture.model().plan().id().equals(id));
        assertEquals(0, count(store, "SELECT count(*) FROM plan_tombstone"));
    }

    private static Menu openPlanMenu(FxRobot robot) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        return (Menu) bar.getMenus().get(0).getItems().stream().filter(i -> "Open _plan".equals(i.getText()))
                .findFirst().orElseThrow();
    }

    private static List<String> openPlanItems(FxRobot robot) {
        Menu menu = openPlanMenu(robot);
        robot.interact(() -> menu.getOnShowing().handle(new Event(Menu.ON_SHOWING)));
        return menu.getItems().stream().map(i -> i.getText() == null ? "" : i.getText()).toList();
    }

    private static java.util.Optional<MenuItem> item(FxRobot robot, String menu, String text) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream().filter(m -> m.getText().replace("_", "").equals(menu)).findFirst()
                .flatMap(m -> m.getItems().stream().filter(i -> i.getText() != null
                        && i.getText().replace("_", "").equals(text)).findFirst());
    }
}

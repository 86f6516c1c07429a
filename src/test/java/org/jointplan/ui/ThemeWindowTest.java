package org.jointplan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.jointplan.chart.ChartColour;
import org.jointplan.chart.Palette;
import org.jointplan.chart.Theme;
import org.jointplan.testsupport.DbProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** View > Theme switches every window at once, windows opened later too, and the store remembers the choice. */
class ThemeWindowTest extends OpenWindowTest {

    @AfterEach
    void backToLight(FxRobot robot) {
        robot.interact(() -> Themes.apply(Theme.LIGHT));
    }

    @Test
    void choosingAThemeRestylesEveryWindowAndIsRemembered(FxRobot robot) throws Exception {
        Menu theme = (Menu) menu(robot, "_View").getItems().stream().filter(i -> "T_heme".equals(i.getText()))
                .findFirst().orElseThrow();
        // the editor shows only while an action is chosen
        robot.interact(() -> EditorPaneTest.table(robot).getSelectionModel().select(0));
        robot.interact(() -> item(theme, "_Dark").fire());
        assertTrue(Themes.shows(stage.getScene().getRoot(), Theme.DARK));
        assertEquals(colour(Palette.of(Theme.DARK).surface()), background(robot, ".action-editor"));
        WindowFixture.await(() -> "dark".equals(DbProbe.text(store,
                "select value from meta where key = 'ui.theme'")));

        Stage[] later = new Stage[1];
        robot.interact(() -> {
            later[0] = new Stage();
            later[0].setScene(new Scene(new StackPane(new Label("A dialog")), 200, 100));
            later[0].show();
        });
        assertTrue(Themes.shows(later[0].getScene().getRoot(), Theme.DARK), "a window opened later");

        @SuppressWarnings("unchecked")
        javafx.scene.control.Dialog<Void>[] shown = new javafx.scene.control.Dialog[1];
        Label problem = new Label("Your name cannot be blank: type it in full.");
        problem.getStyleClass().add("field-error");
        robot.interact(() -> {
            javafx.scene.control.Dialog<Void> dialog = new javafx.scene.control.Dialog<>();
            shown[0] = dialog;
            dialog.getDialogPane().setContent(problem);
            dialog.getDialogPane().getButtonTypes().add(javafx.scene.control.ButtonType.CLOSE);
            dialog.getDialogPane().getStylesheets().add(MainWindow.class.getResource("jointplan.css")
                    .toExternalForm());
            dialog.show();
            problem.applyCss();
        });
        assertEquals(colour(Palette.of(Theme.DARK).overdue()), problem.getTextFill(), "a dialog's own stylesheet");
        robot.interact(() -> shown[0].close());

        robot.interact(() -> item(theme, "_High contrast").fire());
        assertTrue(Themes.shows(stage.getScene().getRoot(), Theme.HIGH_CONTRAST));
        assertFalse(Themes.shows(stage.getScene().getRoot(), Theme.DARK));
        assertTrue(Themes.shows(later[0].getScene().getRoot(), Theme.HIGH_CONTRAST));
        robot.interact(() -> item(theme, "_Light").fire());
        assertEquals(colour(Palette.LIGHT.surface()), background(robot, ".action-editor"));
        // a theme shown before comes back from JavaFX's cache of styles: the same colours
        robot.interact(() -> item(theme, "_Dark").fire());
        assertEquals(colour(Palette.of(Theme.DARK).surface()), background(robot, ".action-editor"));
        robot.interact(() -> item(theme, "_Light").fire());
        assertEquals(colour(Palette.LIGHT.surface()), background(robot, ".action-editor"));
        robot.interact(() -> later[0].close());
    }

    private static Color background(FxRobot robot, String query) {
        Region region = robot.lookup(query).queryAs(Region.class);
        region.applyCss();
        return (Color) region.getBackground().getFills().get(0).getFill();
    }

    private static Color colour(ChartColour c) {
        return Color.rgb(c.red(), c.green(), c.blue());
    }

    private static MenuItem item(Menu menu, String text) {
        return menu.getItems().stream().filter(i -> text.equals(i.getText())).findFirst().orElseThrow();
    }

    private static Menu menu(FxRobot robot, String text) {
        return robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .filter(m -> text.equals(m.getText())).findFirst().orElseThrow();
    }
}

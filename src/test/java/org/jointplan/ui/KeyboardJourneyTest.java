package org.jointplan.ui;

import static org.jointplan.testsupport.DbProbe.count;
import static org.jointplan.testsupport.DbProbe.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.jointplan.domain.Action;
import org.jointplan.domain.Status;
import org.jointplan.ui.timeline.TimelineView;
import org.jointplan.testsupport.KeyboardTyping;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * An officer's round with the keyboard alone, presses and typing only: find an action, change its status, reason
 * and due date, move it on the timeline, record the position (Plan menu by its mnemonics), present and step
 * through the slides (F5), and export a package (File menu by its mnemonics). What each step did is read back from
 * the store, the presentation or the package file. Only the system's file chooser is replaced
 * ({@link PackageDialogs#exportFiles}): a robot cannot drive a native dialog.
 *
 * <p>Text typed once a dialog has opened goes through {@link KeyboardTyping}, key by key, and not
 * {@code FxRobot.write}, which under headless Monocle types into the main window (see KeyboardTyping).
 */
class KeyboardJourneyTest extends OpenWindowTest {
    private Path exported;

    @AfterEach
    void systemFileChooserBack() {
        PackageDialogs.exportFiles = (owner, name) -> Optional.empty();
    }

    @Test
    void anOfficersRoundWithTheKeyboardAlone(FxRobot robot) throws Exception {
        exported = store.resolveSibling("journey-" + UUID.randomUUID() + ".jplan");
        PackageDialogs.exportFiles = (owner, name) -> Optional.of(exported);
        Action action = fixture.model().plan().actions().stream()
                .filter(a -> a.status() == Status.ON_TRACK && a.due().minusDays(7).isAfter(a.start())).findFirst()
                .orElseThrow();
        String id = action.id().toString();

        // find it: Ctrl+F, type part of its title, Ctrl+1 to the table, Home selects the one row left
        ctrl(robot, KeyCode.F);
        robot.write(action.title().substring(0, 24));
        ctrl(robot, KeyCode.DIGIT1);
        robot.type(KeyCode.HOME);
        WindowFixture.await(() -> action.id().equals(fixture.model().selectedActionIdProperty().get()));

        // change its status (Alt+A goes to Status; Down chooses the next, At risk), its reason and its due date
        ctrl(robot, KeyCode.DIGIT2);
        WindowFixture.await(() -> focused(robot) instanceof TextField);
        alt(robot, KeyCode.A);
        WindowFixture.await(() -> focused(robot) instanceof ComboBox);
        robot.type(KeyCode.DOWN);
        WindowFixture.await(() -> "at_risk".equals(text(store, "SELECT status FROM action WHERE id = ?", id)));
        alt(robot, KeyCode.R);
        robot.write("The provider has lost two therapists");
        robot.type(KeyCode.ENTER);
        WindowFixture.await(() -> "The provider has lost two therapists".equals(
                text(store, "SELECT status_reason FROM action WHERE id = ?", id)));
        LocalDate due = action.due().minusDays(7); // within its baseline: no reason asked
        alt(robot, KeyCode.D);
        WindowFixture.await(() -> focused(robot) instanceof DatePicker || focused(robot).getParent()
                instanceof DatePicker || isInDatePicker(focused(robot)));
        ctrl(robot, KeyCode.A);
        robot.write(org.jointplan.domain.UkDates.numeric(due));
        robot.type(KeyCode.ENTER);
        try {
            WindowFixture.await(() -> due.toString().equals(text(store, "SELECT due_date FROM action WHERE id = ?",
                    id)));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("due " + text(store, "SELECT due_date FROM action WHERE id = ?", id) + " focus "
                    + focused(robot) + " baselined " + action.hasBaseline() + " windows " + Window.getWindows()
                    .stream().map(w -> w instanceof Stage st ? st.getTitle() : "?").toList() + " status "
                    + robot.lookup(".status-bar").queryAs(javafx.scene.control.Label.class).getText()
                    + Window.getWindows().stream().filter(w -> w.getScene() != null).map(w -> w.getScene()
                    .getFocusOwner() instanceof TextField f ? "[" + f.getText() + "]" : String.valueOf(w.getScene()
                    .getFocusOwner())).toList());
        }

        // move it a day later on the timeline: Ctrl+4 to the timeline, Right
        ctrl(robot, KeyCode.DIGIT4);
        WindowFixture.await(() -> focused(robot) instanceof TimelineView);
        robot.type(KeyCode.RIGHT);
        WindowFixture.await(() -> due.plusDays(1).toString().equals(
                text(store, "SELECT due_date FROM action WHERE id = ?", id)));

        recordThePosition(robot);
        presentAndStepThrough(robot);
        exportAPackage(robot);
    }

    /** Plan > Record the position as at… by Alt+P, R; the date and label typed; Enter records; Enter closes. */
    private void recordThePosition(FxRobot robot) throws Exception {
        LocalDate asAt = LocalDate.of(2025, 5, 15); // no snapshot of the sample plan is as at this date
        int before = count(store, "SELECT count(*) FROM report_snapshot");
        menuItem(robot, "_Plan", KeyCode.P, KeyCode.R);
        awaitWindow("Record the position");
        ctrl(robot, KeyCode.A);
        KeyboardTyping.type(robot, org.jointplan.domain.UkDates.numeric(asAt));
        alt(robot, KeyCode.L);
        ctrl(robot, KeyCode.A);
        KeyboardTyping.type(robot, "SCG, May by keyboard");
        robot.type(KeyCode.ENTER);
        WindowFixture.await(() -> count(store, "SELECT count(*) FROM report_snapshot") == before + 1);
        assertEquals("SCG, May by keyboard", text(store, "SELECT label FROM report_snapshot WHERE as_at = ?",
                asAt), () -> "recorded: " + text(store, "SELECT as_at || ' ' || label FROM report_snapshot"
                + " ORDER BY changed_at DESC"));
        closeMessage(robot, "Position recorded");
    }

    /** F5 asks the date and slides first (Enter presents); Right and Page Down step on; Esc leaves. */
    private void presentAndStepThrough(FxRobot robot) throws Exception {
        robot.type(KeyCode.F5);
        awaitWindow("Present the plan");
        robot.type(KeyCode.ENTER);
        WindowFixture.await(() -> presentation() != null && presentation().isFocused());
        assertTrue(slide().startsWith("Slide 1 of "), slide());
        robot.type(KeyCode.RIGHT);
        WindowFixture.await(() -> slide().startsWith("Slide 2 of "));
        robot.type(KeyCode.PAGE_DOWN);
        WindowFixture.await(() -> slide().startsWith("Slide 3 of "));
        robot.type(KeyCode.ESCAPE);
        WindowFixture.await(() -> presentation() == null && stage.isFocused());
    }

    /** File > Export package… by Alt+F, E; a partner ticked with Space; the passphrase typed twice. */
    private void exportAPackage(FxRobot robot) throws Exception {
        menuItem(robot, "_File", KeyCode.F, KeyCode.E);
        awaitWindow("Send the package to");
        WindowFixture.await(() -> window("Send the package to").getScene().getFocusOwner() instanceof CheckBox);
        robot.type(KeyCode.SPACE);
        robot.type(KeyCode.ENTER);
        awaitWindow("Export package");
        WindowFixture.await(() -> window("Export package").getScene().getFocusOwner()
                instanceof javafx.scene.control.PasswordField);
        KeyboardTyping.type(robot, "correct horse battery");
        robot.type(KeyCode.TAB);
        KeyboardTyping.type(robot, "correct horse battery");
        robot.type(KeyCode.ENTER);
        closeMessage(robot, "Package exported");
        var opened = new org.jointplan.service.PackageService().read(exported, "correct horse battery"
                .toCharArray(), progress -> { });
        assertEquals(fixture.model().plan().plan().title(), opened.plan().plan().title());
        assertEquals(fixture.model().plan().partners().get(0).name(), text(store, "SELECT r.organisation FROM"
                + " exchange_recipient r JOIN exchange e ON e.package_id = r.package_id WHERE e.direction = 'SENT'"));
    }

    /** Waits for the message with this header, and closes it with Enter. */
    private static void closeMessage(FxRobot robot, String header) throws Exception {
        var pane = WindowFixture.awaitDialog(robot, header);
        robot.type(KeyCode.ENTER);
        WindowFixture.await(() -> pane.getScene() == null || !pane.getScene().getWindow().isShowing());
    }

    /** What a screen reader says of the slide shown ("Slide 2 of 9: …"). */
    private static String slide() {
        var stage = presentation();
        return stage == null ? "" : String.valueOf(stage.getScene().getRoot().lookup(".slide-view")
                .getAccessibleText());
    }

    private static boolean isInDatePicker(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof DatePicker) {
                return true;
            }
        }
        return false;
    }

    private Node focused(FxRobot robot) {
        return stage.getScene().getFocusOwner();
    }

    /** Waits until a window whose title starts with the text shows, and has the focus. */
    private static void awaitWindow(String title) throws Exception {
        try {
            WindowFixture.await(() -> Window.getWindows().stream().anyMatch(w -> w instanceof Stage s
                    && s.getTitle() != null && s.getTitle().startsWith(title) && s.isShowing() && s.isFocused()));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no focused window " + title + ": " + windows(), e);
        }
    }

    /** The windows open, their focus and their focused node, to say why a step did not happen. */
    private static String windows() {
        return Window.getWindows().stream().map(w -> (w instanceof Stage s ? s.getTitle() : w.getClass()
                .getSimpleName()) + (w.isFocused() ? " (focused: " : " (") + (w.getScene() == null ? null
                : describe(w.getScene().getFocusOwner())) + ")" + (w.getScene() != null && w.getScene().getRoot()
                instanceof javafx.scene.control.DialogPane p ? " " + p.getHeaderText() + ": " + p.getContentText()
                : "")).toList().toString();
    }

    private static String describe(Node node) {
        return node instanceof javafx.scene.control.TextInputControl t ? node.getClass().getSimpleName() + "["
                + t.getText() + "]" : String.valueOf(node);
    }

    private static javafx.scene.control.Menu menu(FxRobot robot, String text) {
        return robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class).getMenus().stream()
                .filter(m -> text.equals(m.getText())).findFirst().orElseThrow();
    }

    private static Stage window(String title) {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && s.getTitle() != null
                && s.getTitle().startsWith(title) && s.isShowing()).map(Stage.class::cast).findFirst().orElseThrow();
    }

    private static Stage presentation() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && s.getTitle() != null
                && s.getTitle().startsWith("Presentation") && s.isShowing()).map(Stage.class::cast).findFirst()
                .orElse(null);
    }

    /**
     * A menu's item by mnemonics, Alt held throughout (Alt+P, Alt+R): JavaFX takes a mnemonic without Alt only
     * while the mnemonics are shown, and on Linux they are hidden again as soon as Alt is released.
     */
    private static void menuItem(FxRobot robot, String menu, KeyCode menuKey, KeyCode itemKey) throws Exception {
        robot.press(KeyCode.ALT).type(menuKey);
        WindowFixture.await(() -> menu(robot, menu).isShowing());
        robot.type(itemKey).release(KeyCode.ALT);
        WindowFixture.await(() -> !menu(robot, menu).isShowing());
    }

    private static void ctrl(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
    }

    private static void alt(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.ALT).type(key).release(KeyCode.ALT);
    }
}

package org.jointplan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The passphrase dialogs: typing goes into the field, Enter confirms, and a disabled OK says why. */
@ExtendWith(ApplicationExtension.class)
class PassphraseDialogsTest {
    /** Where the screenshots of the dialogs go, to be looked at by a person; not part of the assertions. */
    private static final File SHOTS = new File(System.getProperty("jointplan.shots", "target/shots"));

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @Test
    void theImportPromptTakesTheTypingAndEnterConfirms(FxRobot robot) throws Exception {
        CompletableFuture<Optional<char[]>> given = new CompletableFuture<>();
        Platform.runLater(() -> given.complete(PackageDialogs.askImportPassphrase(stage, "plan.jplan",
                "The passphrase is not right for this package (or the file was damaged on the way).")));
        DialogPane pane = dialog(robot);
        assertInstanceOf(PasswordField.class, pane.getScene().getFocusOwner(), "the field has the focus");
        assertEquals("The passphrase is not right for this package (or the file was damaged on the way).",
                robot.from(pane).lookup(".passphrase-problem").queryAs(Label.class).getText());
        shoot(pane, "pkg-import-passphrase.png");
        keyboard(robot, pane.getScene(), "tea at four", KeyCode.ENTER);
        assertEquals("tea at four", new String(given.get(10, TimeUnit.SECONDS).orElseThrow()));
    }

    @Test
    void theExportDialogLabelsBothFieldsAndSaysWhyOkIsDisabled(FxRobot robot) throws Exception {
        CompletableFuture<Optional<PackageDialogs.ExportChoice>> given = new CompletableFuture<>();
        Platform.runLater(() -> given.complete(PackageDialogs.askExport(stage)));
        DialogPane pane = dialog(robot);
        List<PasswordField> fields = robot.from(pane).lookup(".password-field").queryAllAs(PasswordField.class)
                .stream().toList();
        assertEquals(2, fields.size());
        List<Label> labels = robot.from(pane).lookup(".label").queryAllAs(Label.class).stream()
                .filter(l -> l.getLabelFor() != null).toList();
        assertEquals(List.of("_Passphrase", "_Type it again"), labels.stream().map(Label::getText).toList());
        assertSame(fields.get(0), pane.getScene().getFocusOwner(), "the first field has the focus");
        Label problem = robot.from(pane).lookup(".passphrase-problem").queryAs(Label.class);
        Button ok = (Button) pane.lookupButton(ButtonType.OK);

        keyboard(robot, pane.getScene(), "Sherwood", null);
        assertEquals("Type the passphrase again below.", problem.getText());
        robot.interact(() -> fields.get(1).setText("Sherwoo"));
        assertEquals("The two passphrases differ.", problem.getText());
        assertTrue(ok.isDisabled());
        shoot(pane, "pkg-export-differ.png");
        robot.interact(() -> {
            fields.get(0).setText("short");
            fields.get(1).setText("short");
        });
        assertEquals("A passphrase needs at least 8 characters.", problem.getText());
        assertTrue(ok.isDisabled());
        shoot(pane, "pkg-export-short.png");
        robot.interact(() -> {
            fields.get(0).setText("Sherwood at dawn");
            fields.get(1).setText("Sherwood at dawn");
        });
        assertEquals("", problem.getText());
        assertFalse(ok.isDisabled());
        robot.clickOn(robot.from(pane).lookup(".check-box").queryAs(CheckBox.class));
        shoot(pane, "pkg-export-ready.png");
        robot.interact(ok::fire);
        PackageDialogs.ExportChoice choice = given.get(10, TimeUnit.SECONDS).orElseThrow();
        assertEquals("Sherwood at dawn", new String(choice.passphrase()));
        assertTrue(choice.includePrivateNotes());
    }

    private DialogPane dialog(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Window window = robot.listTargetWindows().stream().filter(w -> w != stage && w.isShowing()
                && w.getScene().getRoot() instanceof DialogPane).findFirst().orElseThrow();
        WaitForAsyncUtils.waitForFxEvents();
        return (DialogPane) window.getScene().getRoot();
    }

    /**
     * Types as a keyboard does: each key goes to whatever has the focus in the dialog's scene. (Headless Monocle
     * gives a dialog opened from the test no keyboard of its own, so the robot's keys would land elsewhere.)
     */
    private static void keyboard(FxRobot robot, Scene scene, String text, KeyCode then) {
        robot.interact(() -> {
            for (char c : text.toCharArray()) {
                Event.fireEvent(scene.getFocusOwner(), new KeyEvent(KeyEvent.KEY_TYPED, String.valueOf(c), "",
                        KeyCode.UNDEFINED, false, false, false, false));
            }
            if (then != null) {
                Event.fireEvent(scene.getFocusOwner(), new KeyEvent(KeyEvent.KEY_PRESSED, "", "", then, false,
                        false, false, false));
            }
        });
    }

    private static void shoot(Node node, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                SHOTS.mkdirs();
                ImageIO.write(SwingFXUtils.fromFXImage(node.getScene().snapshot(null), null), "png",
                        new File(SHOTS, name));
                done.complete(null);
            } catch (Exception e) {
                done.completeExceptionally(e);
            }
        });
        done.join();
    }
}

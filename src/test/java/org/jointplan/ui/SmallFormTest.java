package org.jointplan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import javafx.css.PseudoClass;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A form nobody has typed in yet is not a mistake: why it cannot be confirmed is said quietly until then. */
@ExtendWith(ApplicationExtension.class)
class SmallFormTest {
    private static final PseudoClass UNTOUCHED = PseudoClass.getPseudoClass("untouched");
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    @Test
    void theReasonIsAHintUntilTheUserTypesThenAnError(FxRobot robot) throws Exception {
        TextField title = new TextField();
        SmallForm<String> form = WaitForAsyncUtils.asyncFx(() -> {
            SmallForm<String> made = new SmallForm<>(stage, "Rename plan", "A new title.", "Rename", "Cancel");
            made.field("_Title", title);
            made.validate(() -> title.getText().isBlank() ? Optional.of("The title cannot be blank.")
                    : Optional.empty(), title.textProperty());
            return made;
        }).get();
        Node reason = form.dialog().getDialogPane().lookup(".field-error");
        assertEquals("The title cannot be blank.", ((javafx.scene.control.Label) reason).getText());
        assertTrue(reason.getPseudoClassStates().contains(UNTOUCHED), "nothing typed yet: a hint");
        assertTrue(form.confirmButton().isDisable());

        robot.interact(() -> title.setText("x")); // a value set, not typed: still a hint
        assertTrue(reason.getPseudoClassStates().contains(UNTOUCHED));
        robot.interact(() -> {
            title.setText("");
            Event.fireEvent(title, new KeyEvent(KeyEvent.KEY_TYPED, "x", "", KeyCode.UNDEFINED, false, false, false,
                    false));
        });
        assertFalse(reason.getPseudoClassStates().contains(UNTOUCHED), "typed, then emptied: an error");
        assertTrue(form.confirmButton().isDisable());
    }
}

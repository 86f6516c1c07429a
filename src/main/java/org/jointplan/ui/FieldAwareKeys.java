package org.jointplan.ui;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.jointplan.ui.editor.Typing;
import org.jointplan.ui.model.PlanViewModel;

/**
 * The window's undo keys and its typing state. Text fields would take Ctrl+Z for their own typing even after it was
 * saved: the keys go to the plan's undo unless the focused field still holds typing not committed, and the plan's
 * view model hears whether it does, so that the status bar never says "saved" over unsaved typing.
 */
final class FieldAwareKeys {
    /** Ctrl+Y redoes too, as in most Windows programs; the Edit menu shows Redo once, with Ctrl+Shift+Z. */
    private static final KeyCombination REDO_ALSO = StandardActions.keys("Shortcut+Y");

    private FieldAwareKeys() {
    }

    /** Once per scene: the model is the one of the plan shown at the time (none while the store opens). */
    static void install(Scene scene, Supplier<PlanViewModel> model) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            PlanViewModel shown = model.get();
            if (shown == null || Typing.isUncommitted(scene.getFocusOwner())) {
                return;
            }
            if (StandardActions.UNDO.matches(e)) {
                shown.undo();
                e.consume();
            } else if (StandardActions.REDO.matches(e) || REDO_ALSO.match(e)) {
                shown.redo();
                e.consume();
            }
        });
        scene.focusOwnerProperty().addListener((obs, was, focused) -> followTyping(model.get(), focused));
    }

    /** Lets {@code model} follow the typing of the focused node; call again when the window shows another model. */
    static void followTyping(PlanViewModel model, Node focused) {
        if (model != null) {
            model.fieldEditedProperty().bind(Typing.uncommittedProperty(focused));
        }
    }
}

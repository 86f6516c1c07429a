package org.jointplan.ui.editor;

import java.util.function.Consumer;
import javafx.scene.Node;

/**
 * Asks the user why, in a small dialog, without waiting: the window gives the editor its own (the dialog belongs
 * to the window's package, which the editor must not depend on).
 */
@FunctionalInterface
public interface ReasonPrompt {

    /**
     * @param anchor   the control the question is about; its window owns the dialog
     * @param onReason hears the reason given, never blank
     * @param onCancel runs when the user gives none
     */
    void ask(Node anchor, String header, String question, Consumer<String> onReason, Runnable onCancel);
}

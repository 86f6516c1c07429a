package org.jointplan.ui.editor;

import javafx.scene.Node;
import javafx.scene.control.TextInputControl;

/**
 * Whether a text field holds typing the user has not committed yet. While it does, Ctrl+Z undoes the typing in the
 * field; once committed (Enter or leaving the field), Ctrl+Z undoes the last saved change of the plan.
 */
public final class Typing {
    private static final String KEY = "jointplan.uncommitted";

    private Typing() {
    }

    static void mark(TextInputControl field, boolean uncommitted) {
        field.getProperties().put(KEY, uncommitted);
    }

    public static boolean isUncommitted(Node focused) {
        return focused instanceof TextInputControl field && Boolean.TRUE.equals(field.getProperties().get(KEY));
    }
}

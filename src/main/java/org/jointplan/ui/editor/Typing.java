package org.jointplan.ui.editor;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextInputControl;

/**
 * Whether a text field holds typing the user has not committed yet. While it does, Ctrl+Z undoes the typing in the
 * field, and the status bar says the edit is not saved; once committed (Enter or leaving the field) or abandoned
 * (the field shows another action), Ctrl+Z undoes the last saved change of the plan.
 */
public final class Typing {
    private static final String KEY = "jointplan.uncommitted";
    private static final ReadOnlyBooleanProperty NEVER = new ReadOnlyBooleanWrapper(false).getReadOnlyProperty();

    private Typing() {
    }

    static void mark(TextInputControl field, boolean uncommitted) {
        state(field).set(uncommitted);
    }

    public static boolean isUncommitted(Node focused) {
        return uncommittedProperty(focused).get();
    }

    /**
     * Follows the typing of the focused node: a text field, or the text part of a date field (which has the focus
     * while its editor takes the typing); always false for any other node.
     */
    public static ReadOnlyBooleanProperty uncommittedProperty(Node focused) {
        if (focused instanceof DatePicker picker) {
            return uncommittedProperty(picker.getEditor());
        }
        if (focused instanceof TextInputControl field) {
            return state(field);
        }
        return NEVER;
    }

    private static BooleanProperty state(TextInputControl field) {
        return (BooleanProperty) field.getProperties().computeIfAbsent(KEY, k -> new SimpleBooleanProperty());
    }
}

package org.jointplan.ui.editor;

import javafx.scene.control.Label;

/** The plain-words message under a field that was refused; hidden when there is none. */
public final class FieldError extends Label {

    public FieldError() {
        getStyleClass().add("field-error");
        setWrapText(true);
        clear();
    }

    public void show(String message) {
        setText("⚠ " + message);
        setVisible(true);
        setManaged(true);
    }

    public void clear() {
        setText("");
        setVisible(false);
        setManaged(false);
    }
}

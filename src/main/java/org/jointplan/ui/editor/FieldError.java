package org.jointplan.ui.editor;

import javafx.scene.control.Label;

/** The plain-words message under a field that was refused; hidden when there is none. */
final class FieldError extends Label {

    FieldError() {
        getStyleClass().add("field-error");
        setWrapText(true);
        clear();
    }

    void show(String message) {
        setText("⚠ " + message);
        setVisible(true);
        setManaged(true);
    }

    void clear() {
        setText("");
        setVisible(false);
        setManaged(false);
    }
}

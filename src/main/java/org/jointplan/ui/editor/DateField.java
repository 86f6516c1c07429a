package org.jointplan.ui.editor;

import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.scene.control.DatePicker;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.StringConverter;
import org.jointplan.domain.UkDates;
import org.jointplan.domain.ValidationException;

/**
 * A date picker that shows and reads UK dates (01/07/2024, 1 July 2024). Typed text is checked when the user
 * presses Enter or leaves the field; a date that is not real is reported, not silently replaced.
 */
final class DateField extends DatePicker {
    private Consumer<LocalDate> onCommit = d -> { };
    private Consumer<String> onError = m -> { };
    private boolean loading;

    DateField(String accessibleName) {
        setAccessibleText(accessibleName);
        setPromptText("dd/mm/yyyy");
        setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return UkDates.numeric(date);
            }

            @Override
            public LocalDate fromString(String text) {
                try {
                    return text == null || text.isBlank() ? null : UkDates.parse(text);
                } catch (ValidationException e) {
                    return getValue(); // keep the last good date; checkTyped() reports the problem
                }
            }
        });
        getEditor().focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                checkTyped();
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                checkTyped(); // before the picker's own handling, which would keep the old date silently
            }
        });
        getEditor().textProperty().addListener((obs, o, n) -> Typing.mark(getEditor(), !loading));
        valueProperty().addListener((obs, old, value) -> {
            if (!loading && value != null && !value.equals(old)) {
                onCommit.accept(value);
            }
        });
    }

    void onCommit(Consumer<LocalDate> handler) {
        onCommit = handler;
    }

    void onError(Consumer<String> handler) {
        onError = handler;
    }

    /** Shows a saved date without treating it as an edit. */
    void load(LocalDate date) {
        loading = true;
        setValue(date);
        getEditor().setText(UkDates.numeric(date));
        loading = false;
    }

    private void checkTyped() {
        Typing.mark(getEditor(), false);
        String text = getEditor().getText();
        try {
            LocalDate typed = UkDates.parse(text);
            if (!typed.equals(getValue())) {
                setValue(typed);
            }
        } catch (ValidationException e) {
            onError.accept(e.getMessage());
        }
    }
}

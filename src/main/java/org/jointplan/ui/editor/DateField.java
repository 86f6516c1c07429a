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
 * presses Enter or leaves the field; a date that is not real is reported and stays in the field as typed, to be
 * corrected: it is neither saved nor silently replaced by the last good date.
 */
public final class DateField extends DatePicker {
    private Consumer<LocalDate> onCommit = d -> { };
    private Consumer<String> onError = m -> { };
    private boolean loading;
    /** Text the user typed that is not a date; shown in place of the value until a date is typed or loaded. */
    private String refused;

    public DateField(String accessibleName) {
        setAccessibleText(accessibleName);
        setPromptText("dd/mm/yyyy");
        setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return refused != null ? refused : UkDates.numeric(date); // the picker redraws its text from this
            }

            @Override
            public LocalDate fromString(String text) {
                try {
                    return UkDates.parse(text); // a blank field is refused too: every date here is required
                } catch (ValidationException e) {
                    refused = text;
                    return getValue(); // the value stays the last good date; checkTyped() reports the problem
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
            refused = null; // runs before the skin's listener, which redraws the text from the new value
            if (!loading && value != null && !value.equals(old)) {
                onCommit.accept(value);
            }
        });
    }

    public void onCommit(Consumer<LocalDate> handler) {
        onCommit = handler;
    }

    public void onError(Consumer<String> handler) {
        onError = handler;
    }

    /** Shows a saved date without treating it as an edit. */
    public void load(LocalDate date) {
        loading = true;
        refused = null;
        setValue(date);
        getEditor().setText(UkDates.numeric(date));
        loading = false;
    }

    /** Takes the typed text as the date, or reports why it is not one; false when it is not. */
    boolean checkTyped() {
        Typing.mark(getEditor(), false);
        String text = getEditor().getText();
        try {
            LocalDate typed = UkDates.parse(text);
            refused = null;
            if (!typed.equals(getValue())) {
                setValue(typed);
            }
            return true;
        } catch (ValidationException e) {
            refused = text;
            onError.accept(e.getMessage());
            return false;
        }
    }
}

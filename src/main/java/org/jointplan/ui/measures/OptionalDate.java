package org.jointplan.ui.measures;

import java.time.LocalDate;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;
import org.jointplan.domain.UkDates;
import org.jointplan.domain.ValidationException;

/** A UK date field that may be left blank; what was typed is read when the form is saved, and refused in words. */
final class OptionalDate extends DatePicker {

    OptionalDate(String accessibleName) {
        setAccessibleText(accessibleName);
        setPromptText("dd/mm/yyyy");
        setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : UkDates.numeric(date);
            }

            @Override
            public LocalDate fromString(String text) {
                try {
                    return text == null || text.isBlank() ? null : UkDates.parse(text);
                } catch (ValidationException e) {
                    return getValue(); // read() reports it when the form is saved
                }
            }
        });
        setMaxWidth(Double.MAX_VALUE);
    }

    /** The date typed, or null when blank; a date that is not real is refused in words. */
    LocalDate read() {
        String text = getEditor().getText();
        return text == null || text.isBlank() ? null : UkDates.parse(text);
    }

    void load(LocalDate date) {
        setValue(date);
        getEditor().setText(date == null ? "" : UkDates.numeric(date));
    }
}

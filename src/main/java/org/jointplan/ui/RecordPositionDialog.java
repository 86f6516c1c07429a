package org.jointplan.ui;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.jointplan.domain.FinancialYear;
import org.jointplan.domain.UkDates;
import org.jointplan.domain.ValidationException;
import org.jointplan.ui.editor.DateField;

/**
 * Asks the date a position is recorded as at, the last quarter end by default (a quarter's report is as at its end
 * and written in the weeks after), and what the report is for; the label follows the date until it is typed in.
 */
final class RecordPositionDialog {
    /** The date and label chosen. */
    record Position(LocalDate asAt, String label) {
    }

    private final SmallForm<Position> form;
    private final DateField date = new DateField("As at");
    private final TextField label = new TextField();

    RecordPositionDialog(Window owner, LocalDate today) {
        form = new SmallForm<>(owner, "Record the position as at…", "The status, dates, reasons and ratings of the"
                + " whole plan are kept as they are now, as at the date below: the next report compares against"
                + " them. A snapshot is never edited; it can be deleted.", "Record", "Cancel");
        LocalDate asAt = lastQuarterEnd(today);
        date.load(asAt);
        label.setText(defaultLabel(asAt));
        label.setPrefColumnCount(24);
        date.valueProperty().addListener((obs, old, now) -> {
            if (now != null && (old == null || label.getText().equals(defaultLabel(old)))) {
                label.setText(defaultLabel(now));
            }
        });
        form.field("_As at", date);
        form.field("_Label", label);
        form.validate(() -> typed().isEmpty() ? Optional.of("Give the date as dd/mm/yyyy, such as "
                + UkDates.numeric(asAt) + ".") : Optional.empty(), date.getEditor().textProperty());
        form.result(() -> new Position(typed().orElse(date.getValue()), label.getText()));
    }

    /** The date as typed, even before the field has taken it (Enter confirms the form at once). */
    private Optional<LocalDate> typed() {
        try {
            return Optional.of(UkDates.parse(date.getEditor().getText()));
        } catch (ValidationException e) {
            return Optional.empty();
        }
    }

    void show(Consumer<Position> onConfirm) {
        form.show(onConfirm);
    }

    /** "SCG, Q4 2024/25" for 31 March 2025. */
    static String defaultLabel(LocalDate asAt) {
        return "SCG, " + FinancialYear.quarterLabel(asAt);
    }

    /** The last of 31 March, 30 June, 30 September and 31 December on or before today. */
    static LocalDate lastQuarterEnd(LocalDate today) {
        LocalDate quarterStart = today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
        LocalDate quarterEnd = quarterStart.plusMonths(3).minusDays(1);
        return today.equals(quarterEnd) ? today : quarterStart.minusDays(1);
    }
}

package org.jointplan.ui;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.jointplan.domain.UkDates;
import org.jointplan.domain.ValidationException;
import org.jointplan.service.SheetExports;

/**
 * File > Export spreadsheet…: asks where to write the tracker (an .xlsx workbook or a .csv file, chosen or typed)
 * and, for a workbook, whether each priority gets a sheet of its own; the tracker is as at the window's date, which
 * the dialog says.
 */
final class ExportSheetDialog {
    static final String ONE_SHEET = "One sheet of every action";
    static final String SHEET_PER_PRIORITY = "A sheet for each priority";

    /** What the user chose. */
    record Choice(Path file, boolean sheetPerPriority) {
    }

    /** What the dialog offers first. */
    record Defaults(String fileName, LocalDate asAt) {
    }

    private final SmallForm<Choice> form;
    private final TextField file = new TextField();
    private final ComboBox<String> layout = new ComboBox<>();

    /** @param chooseFile the system's save dialog, given the name typed so far; empty when cancelled */
    ExportSheetDialog(Window owner, Defaults defaults, Function<String, Optional<Path>> chooseFile) {
        form = new SmallForm<>(owner, "Export spreadsheet", "The plan as a tracker: an Excel workbook (.xlsx) with"
                + " the status in the plan's words and colours and a key, or a CSV file (UTF-8) of the same"
                + " columns.", "Export", "Cancel");
        file.setText(defaults.fileName());
        file.setPrefColumnCount(40);
        Button choose = new Button("_Choose file…");
        choose.setOnAction(e -> chooseFile.apply(file.getText()).ifPresent(p -> file.setText(p.toString())));
        layout.getItems().addAll(ONE_SHEET, SHEET_PER_PRIORITY);
        layout.getSelectionModel().select(0);
        // a CSV file is one table: the layout is a workbook's choice
        layout.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> format().filter(f -> f == SheetExports.Format.XLSX).isEmpty(), file.textProperty()));
        form.field("_File", file);
        form.row(choose);
        form.field("_Sheets", layout);
        Label asAt = new Label("As at " + UkDates.numeric(defaults.asAt()) + ", the window's date (View > Show as"
                + " at changes it).");
        asAt.setWrapText(true);
        form.row(asAt);
        form.validate(() -> format().isPresent() ? Optional.empty()
                : Optional.of("Choose a file name ending in .xlsx or .csv for the spreadsheet."), file.textProperty());
        form.result(() -> new Choice(Path.of(file.getText().strip()),
                format().orElseThrow() == SheetExports.Format.XLSX && SHEET_PER_PRIORITY.equals(layout.getValue())));
    }

    private Optional<SheetExports.Format> format() {
        try {
            return Optional.of(SheetExports.formatOf(Path.of(file.getText().strip())));
        } catch (ValidationException | InvalidPathException e) {
            return Optional.empty();
        }
    }

    SmallForm<Choice> form() {
        return form;
    }

    Optional<Choice> showAndWait() {
        return form.showAndWait();
    }
}

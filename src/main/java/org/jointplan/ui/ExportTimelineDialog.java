package org.jointplan.ui;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.jointplan.domain.UkDates;
import org.jointplan.domain.ValidationException;
import org.jointplan.service.TimelineExports;
import org.jointplan.ui.editor.DateField;

/**
 * File > Export timeline…: asks where to write the timeline (a .pdf, .svg or .png file, chosen or typed), the page
 * (A4 or A3 landscape: a PDF's pages, a picture's width) and the dates to show (the plan's financial year at first);
 * the timeline is as at the window's date, which the dialog says.
 */
final class ExportTimelineDialog {
    /** What the user chose. */
    record Choice(Path file, String page, LocalDate from, LocalDate to) {
    }

    /** What the dialog offers first. */
    record Defaults(String fileName, LocalDate from, LocalDate to, LocalDate asAt) {
    }

    private final SmallForm<Choice> form;
    private final TextField file = new TextField();
    private final ComboBox<String> page = new ComboBox<>();
    private final DateField from = new DateField("From");
    private final DateField to = new DateField("To");

    /** @param chooseFile the system's save dialog, given the name typed so far; empty when cancelled */
    ExportTimelineDialog(Window owner, Defaults defaults, Function<String, Optional<Path>> chooseFile) {
        form = new SmallForm<>(owner, "Export timeline", "The timeline of the plan as a PDF of landscape pages"
                + " (the key and dates on each), or as one SVG or PNG picture as wide as the page.", "Export",
                "Cancel");
        file.setText(defaults.fileName());
        file.setPrefColumnCount(40);
        Button choose = new Button("_Choose file…");
        choose.setOnAction(e -> chooseFile.apply(file.getText()).ifPresent(p -> file.setText(p.toString())));
        TimelineExports.pageSizes().forEach(p -> page.getItems().add(p.toUpperCase(Locale.ROOT) + " landscape"));
        page.getSelectionModel().select(0);
        from.load(defaults.from());
        to.load(defaults.to());
        form.field("_File", file);
        form.row(choose);
        form.field("_Page", page);
        form.field("Fr_om", from);
        form.field("_To", to);
        Label asAt = new Label("As at " + UkDates.numeric(defaults.asAt()) + ", the window's date (View > Show as"
                + " at changes it).");
        asAt.setWrapText(true);
        form.row(asAt);
        form.validate(this::problem, file.textProperty(), from.getEditor().textProperty(),
                to.getEditor().textProperty());
        form.result(() -> new Choice(Path.of(file.getText().strip()), page.getValue().split(" ")[0]
                .toLowerCase(Locale.ROOT), typed(from).orElseThrow(), typed(to).orElseThrow()));
    }

    /** Why the timeline cannot be exported as the fields stand, if it cannot. */
    private Optional<String> problem() {
        try {
            TimelineExports.formatOf(Path.of(file.getText().strip()));
        } catch (ValidationException | InvalidPathException e) {
            return Optional.of("Choose a file name ending in .pdf, .svg or .png for the timeline.");
        }
        Optional<LocalDate> first = typed(from);
        Optional<LocalDate> last = typed(to);
        if (first.isEmpty() || last.isEmpty()) {
            return Optional.of("Give both dates as dd/mm/yyyy, such as 01/04/2024.");
        }
        if (last.get().isBefore(first.get())) {
            return Optional.of("The timeline cannot end before it starts; give a To date on or after the From date.");
        }
        return Optional.empty();
    }

    /** The date as typed, even before the field has taken it (Enter confirms the form at once). */
    private static Optional<LocalDate> typed(DateField field) {
        try {
            return Optional.of(UkDates.parse(field.getEditor().getText()));
        } catch (ValidationException e) {
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

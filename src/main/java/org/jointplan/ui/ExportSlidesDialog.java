package org.jointplan.ui;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.jointplan.domain.UkDates;
import org.jointplan.domain.ValidationException;
import org.jointplan.service.SlideExports;

/**
 * File > Export slides…: asks for the folder the slides go in (chosen or typed) and their size in pixels (the
 * primary screen's at first, so they look as the presentation does there); the slides are as at the window's date,
 * which the dialog says.
 */
final class ExportSlidesDialog {
    /** What the user chose. */
    record Choice(Path folder, SlideExports.Size size) {
    }

    /** What the dialog offers first. */
    record Defaults(String folder, String size, java.time.LocalDate asAt) {
    }

    private final SmallForm<Choice> form;
    private final TextField folder = new TextField();
    private final TextField size = new TextField();

    /** @param chooseFolder the system's folder dialog, given the folder typed so far; empty when cancelled */
    ExportSlidesDialog(Window owner, Defaults defaults, Function<String, Optional<Path>> chooseFolder) {
        form = new SmallForm<>(owner, "Export slides", "The presentation's slides as pictures, one PNG file per"
                + " slide, for a slide pack.", "Export", "Cancel");
        folder.setText(defaults.folder());
        folder.setPrefColumnCount(40);
        size.setText(defaults.size());
        size.setPrefColumnCount(12);
        Button choose = new Button("_Choose folder…");
        choose.setOnAction(e -> chooseFolder.apply(folder.getText()).ifPresent(p -> folder.setText(p.toString())));
        form.field("_Folder", folder);
        form.row(choose);
        form.field("_Size (pixels)", size);
        Label asAt = new Label("As at " + UkDates.numeric(defaults.asAt()) + ", the window's date (View > Show as"
                + " at changes it). Files of the same names in the folder are replaced.");
        asAt.setWrapText(true);
        form.row(asAt);
        form.validate(this::problem, folder.textProperty(), size.textProperty());
        form.result(() -> new Choice(Path.of(folder.getText().strip()), SlideExports.size(size.getText())));
    }

    /** Why the slides cannot be exported as the fields stand, if they cannot. */
    private Optional<String> problem() {
        try {
            if (folder.getText().isBlank()) {
                return Optional.of("Choose a folder for the slides.");
            }
            Path.of(folder.getText().strip());
        } catch (InvalidPathException e) {
            return Optional.of("Choose a folder for the slides.");
        }
        try {
            SlideExports.size(size.getText());
        } catch (ValidationException e) {
            return Optional.of(e.getMessage());
        }
        return Optional.empty();
    }

    SmallForm<Choice> form() {
        return form;
    }

    Optional<Choice> showAndWait() {
        return form.showAndWait();
    }
}

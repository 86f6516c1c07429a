package org.jointplan.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import org.jointplan.domain.IncomingPlan;
import org.jointplan.service.SheetImports;
import org.jointplan.sheet.SheetPreview;

/**
 * File > Import spreadsheet…: choose a tracker, look at the plan it holds in {@link ImportSheetWindow} (read in the
 * background, again after each change), then add it as a new plan or update the plan on screen through
 * {@link IncomingPlanActions}. The mapping confirmed is remembered for the next file of the same layout.
 */
final class ImportSheetCommand implements Command {
    private final OpenPlan open;
    private final Supplier<Optional<Path>> chooseFile;

    ImportSheetCommand(OpenPlan open, Supplier<Optional<Path>> chooseFile) {
        this.open = open;
        this.chooseFile = chooseFile;
    }

    static ImportSheetCommand of(OpenPlan open) {
        return new ImportSheetCommand(open, () -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Import spreadsheet");
            chooser.getExtensionFilters().addAll(
                    new FileChooser.ExtensionFilter("Spreadsheets", "*.xlsx", "*.xlsm", "*.xls", "*.csv"),
                    new FileChooser.ExtensionFilter("All files", "*.*"));
            return Optional.ofNullable(chooser.showOpenDialog(open.owner())).map(java.io.File::toPath);
        });
    }

    @Override
    public void execute() {
        chooseFile.get().ifPresent(this::preview);
    }

    /** Opens the preview of the file; nothing is stored until it is confirmed. */
    void preview(Path file) {
        var stamp = open.user().stampNow();
        ImportSheetModel model = new ImportSheetModel((mapping, answers) -> SheetImports.preview(
                open.workspace().store(), file, mapping, answers, List.of(), stamp, null), open.tasks());
        new ImportSheetWindow(open.owner(), open.model().plan().plan().title(), model, new ImportSheetWindow.Confirm() {
            @Override
            public void addAsNew(SheetPreview preview, IncomingPlan incoming) {
                remember(preview);
                new IncomingPlanActions(open).addAsNew(incoming);
            }

            @Override
            public void update(SheetPreview preview, IncomingPlan incoming) {
                remember(preview);
                new IncomingPlanActions(open).update(incoming);
            }
        }).show();
        model.read();
    }

    /** The mapping confirmed, kept for the next file of this layout; a failure to keep it costs only a suggestion. */
    private void remember(SheetPreview preview) {
        open.tasks().run(() -> {
            SheetImports.remember(open.workspace().store(), preview);
            return preview;
        }, kept -> { }, failure -> { });
    }
}

package org.jointplan.ui;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import org.jointplan.domain.ReportPosition;
import org.jointplan.domain.UkDates;
import org.jointplan.service.SheetExports;
import org.jointplan.service.TaskRunner;

/**
 * File > Export spreadsheet…: the plan as at the window's date as a tracker, as export-sheet writes it. The
 * dialog's choices are taken on the FX thread; the tracker is made and written by the task runner, and the file
 * appears whole or not at all.
 */
final class ExportSheetCommand implements Command {
    private final Supplier<ReportPosition> position;
    private final TaskRunner tasks;
    private final Notices notices;
    private final Function<ExportSheetDialog.Defaults, Optional<ExportSheetDialog.Choice>> ask;
    private final Path folder;

    /**
     * @param ask    shows the dialog with its defaults; empty when the user cancels
     * @param folder where the file is offered first
     */
    ExportSheetCommand(Supplier<ReportPosition> position, TaskRunner tasks, Notices notices,
                       Function<ExportSheetDialog.Defaults, Optional<ExportSheetDialog.Choice>> ask, Path folder) {
        this.position = position;
        this.tasks = tasks;
        this.notices = notices;
        this.ask = ask;
        this.folder = folder;
    }

    /** The command as the main window runs it, with the dialog and the system's file chooser. */
    static ExportSheetCommand of(OpenPlan open) {
        return new ExportSheetCommand(open.model()::position, open.tasks(), open.notices(),
                defaults -> new ExportSheetDialog(open.owner(), defaults, typed -> {
                    FileChooser chooser = new FileChooser();
                    chooser.setTitle("Export spreadsheet");
                    chooser.getExtensionFilters().addAll(
                            new FileChooser.ExtensionFilter("Excel workbook", "*.xlsx"),
                            new FileChooser.ExtensionFilter("CSV file (UTF-8)", "*.csv"));
                    Path path = Path.of(typed.isBlank() ? defaults.fileName() : typed.strip());
                    chooser.setInitialFileName(path.getFileName().toString());
                    Path parent = path.toAbsolutePath().getParent();
                    if (parent != null && parent.toFile().isDirectory()) {
                        chooser.setInitialDirectory(parent.toFile());
                    }
                    return Optional.ofNullable(chooser.showSaveDialog(open.owner())).map(java.io.File::toPath);
                }).showAndWait(), Path.of(System.getProperty("user.home")));
    }

    @Override
    public void execute() {
        ReportPosition shown = position.get();
        if (shown == null) {
            notices.info("The spreadsheet was not exported", "There is no report of the plan as at the window's"
                    + " date; choose a later date with View > Show as at.");
            return;
        }
        String date = UkDates.numeric(shown.asAt());
        var defaults = new ExportSheetDialog.Defaults(folder.resolve(FileNames.from(shown.plan().plan().title())
                + " tracker " + date.replace('/', '-') + ".xlsx").toString(), shown.asAt());
        Optional<ExportSheetDialog.Choice> chosen = ask.apply(defaults);
        if (chosen.isEmpty()) {
            return;
        }
        ExportSheetDialog.Choice c = chosen.get();
        tasks.run(() -> SheetExports.write(shown, c.sheetPerPriority(), c.file()),
                actions -> notices.info("Spreadsheet exported", "Saved the " + actions
                        + (actions == 1 ? " action" : " actions") + " as at " + date + " to " + c.file() + "."),
                failure -> notices.error("The spreadsheet was not exported", failure));
    }
}

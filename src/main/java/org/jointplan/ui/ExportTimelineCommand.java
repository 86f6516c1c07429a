package org.jointplan.ui;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import org.jointplan.domain.ReportPosition;
import org.jointplan.domain.UkDates;
import org.jointplan.service.TaskRunner;
import org.jointplan.service.TimelineExports;

/**
 * File > Export timeline…: the timeline as at the window's date, laid out once for every target (PDF pages, SVG,
 * PNG) as the command line writes it. The dialog's choices are taken on the FX thread; the layout and the file are
 * made by the task runner, and the file appears whole or not at all.
 */
final class ExportTimelineCommand implements Command {
    private final Supplier<ReportPosition> position;
    private final TaskRunner tasks;
    private final Notices notices;
    private final Function<ExportTimelineDialog.Defaults, Optional<ExportTimelineDialog.Choice>> ask;
    private final Path folder;

    /**
     * @param ask    shows the dialog with its defaults; empty when the user cancels
     * @param folder where the file is offered first
     */
    ExportTimelineCommand(Supplier<ReportPosition> position, TaskRunner tasks, Notices notices,
                          Function<ExportTimelineDialog.Defaults, Optional<ExportTimelineDialog.Choice>> ask,
                          Path folder) {
        this.folder = folder;
        this.position = position;
        this.tasks = tasks;
        this.notices = notices;
        this.ask = ask;
    }

    /** The command as the main window runs it, with the dialog and the system's file chooser. */
    static ExportTimelineCommand of(OpenPlan open) {
        return new ExportTimelineCommand(open.model()::position, open.tasks(), open.notices(),
                defaults -> new ExportTimelineDialog(open.owner(), defaults, typed -> {
                    FileChooser chooser = new FileChooser();
                    chooser.setTitle("Export timeline");
                    chooser.getExtensionFilters().addAll(
                            new FileChooser.ExtensionFilter("PDF document (pages)", "*.pdf"),
                            new FileChooser.ExtensionFilter("SVG picture", "*.svg"),
                            new FileChooser.ExtensionFilter("PNG picture", "*.png"));
                    Path path = Path.of(typed.isBlank() ? defaults.fileName() : typed.strip());
                    chooser.setInitialFileName(path.getFileName().toString());
                    if (path.toAbsolutePath().getParent() != null && path.toAbsolutePath().getParent().toFile()
                            .isDirectory()) {
                        chooser.setInitialDirectory(path.toAbsolutePath().getParent().toFile());
                    }
                    return Optional.ofNullable(chooser.showSaveDialog(open.owner())).map(java.io.File::toPath);
                }).showAndWait(), Path.of(System.getProperty("user.home")));
    }

    @Override
    public void execute() {
        ReportPosition shown = position.get();
        if (shown == null) {
            notices.info("The timeline was not exported", "There is no report of the plan as at the window's date;"
                    + " choose a later date with View > Show as at.");
            return;
        }
        var defaults = new ExportTimelineDialog.Defaults(folder.resolve(FileNames.from(shown.plan().plan().title())
                + " timeline " + UkDates.numeric(shown.asAt()).replace('/', '-') + ".pdf").toString(),
                TimelineExports.defaultFrom(shown.plan()), TimelineExports.defaultTo(shown.plan()), shown.asAt());
        Optional<ExportTimelineDialog.Choice> chosen = ask.apply(defaults);
        if (chosen.isEmpty()) {
            return;
        }
        ExportTimelineDialog.Choice c = chosen.get();
        tasks.run(() -> {
            TimelineExports.write(shown, c.from(), c.to(), c.page(), c.file());
            return c.file();
        }, done -> notices.info("Timeline exported", "Saved " + done + "."),
                failure -> notices.error("The timeline was not exported", failure));
    }
}

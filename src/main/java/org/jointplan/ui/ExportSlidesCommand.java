package org.jointplan.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.stage.DirectoryChooser;
import javafx.stage.Screen;
import org.jointplan.domain.ReportPosition;
import org.jointplan.domain.UkDates;
import org.jointplan.service.SlideExports;
import org.jointplan.service.TaskRunner;

/**
 * File > Export slides…: the presentation's slides as at the window's date, one PNG per slide, laid out by the same
 * code as the screen. The dialog's choices are taken on the FX thread; the layout and the files are made by the
 * task runner.
 */
final class ExportSlidesCommand implements Command {
    private final Supplier<ReportPosition> position;
    private final TaskRunner tasks;
    private final Notices notices;
    private final Function<ExportSlidesDialog.Defaults, Optional<ExportSlidesDialog.Choice>> ask;
    private final Path folder;
    private final String screenSize;

    /**
     * @param ask        shows the dialog with its defaults; empty when the user cancels
     * @param folder     where the slides' folder is offered first
     * @param screenSize the size offered first: "1920x1080"
     */
    ExportSlidesCommand(Supplier<ReportPosition> position, TaskRunner tasks, Notices notices,
                        Function<ExportSlidesDialog.Defaults, Optional<ExportSlidesDialog.Choice>> ask, Path folder,
                        String screenSize) {
        this.position = position;
        this.tasks = tasks;
        this.notices = notices;
        this.ask = ask;
        this.folder = folder;
        this.screenSize = screenSize;
    }

    /** The command as the main window runs it, with the dialog, the system's folder chooser and the screen's size. */
    static ExportSlidesCommand of(OpenPlan open) {
        return new ExportSlidesCommand(open.model()::position, open.tasks(), open.notices(),
                defaults -> new ExportSlidesDialog(open.owner(), defaults, typed -> {
                    DirectoryChooser chooser = new DirectoryChooser();
                    chooser.setTitle("Export slides to a folder");
                    java.io.File start = Path.of(typed.isBlank() ? defaults.folder() : typed.strip()).toFile();
                    while (start != null && !start.isDirectory()) {
                        start = start.getParentFile();
                    }
                    chooser.setInitialDirectory(start);
                    return Optional.ofNullable(chooser.showDialog(open.owner())).map(java.io.File::toPath);
                }).showAndWait(), Path.of(System.getProperty("user.home")), primaryScreenPixels());
    }

    /** The primary screen in device pixels (a 2880 x 1620 panel at 200% is 2880x1620, not 1440x810). */
    static String primaryScreenPixels() {
        Screen screen = Screen.getPrimary();
        long w = Math.round(screen.getBounds().getWidth() * screen.getOutputScaleX());
        long h = Math.round(screen.getBounds().getHeight() * screen.getOutputScaleY());
        w = Math.max(320, Math.min(7680, w));
        h = Math.max(240, Math.min(4320, h));
        return w + "x" + h;
    }

    @Override
    public void execute() {
        ReportPosition shown = position.get();
        if (shown == null) {
            notices.info("The slides were not exported", "There is no report of the plan as at the window's date;"
                    + " choose a later date with View > Show as at.");
            return;
        }
        String name = FileNames.from(shown.plan().plan().title()) + " slides "
                + UkDates.numeric(shown.asAt()).replace('/', '-');
        Optional<ExportSlidesDialog.Choice> chosen = ask.apply(new ExportSlidesDialog.Defaults(
                folder.resolve(name).toString(), screenSize, shown.asAt()));
        if (chosen.isEmpty()) {
            return;
        }
        ExportSlidesDialog.Choice c = chosen.get();
        tasks.run(() -> SlideExports.write(shown, c.size(), c.folder()),
                (List<Path> done) -> notices.info("Slides exported", "Saved " + done.size()
                        + (done.size() == 1 ? " slide" : " slides") + " in " + c.folder() + "."),
                failure -> notices.error("The slides were not exported", failure));
    }
}

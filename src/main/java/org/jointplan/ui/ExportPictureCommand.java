package org.jointplan.ui;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.stage.FileChooser;
import org.jointplan.domain.PlanData;
import org.jointplan.service.TaskRunner;
import org.jointplan.ui.timeline.TimelineExport;
import org.jointplan.ui.timeline.TimelineView;

/**
 * File > Export timeline as picture: the timeline as a PNG for slides and reports, as it shows now (filters and
 * folded lanes included). It is drawn on the FX thread (JavaFX draws it) and written by the task runner, like all
 * file work, so the window stays responsive and the file is never written from a thread of its own.
 */
final class ExportPictureCommand implements Command {
    private final Supplier<PlanData> plan;
    private final TimelineView timeline;
    private final Supplier<String> shownAs;
    private final TaskRunner tasks;
    private final Notices notices;
    private final Function<String, Optional<Path>> chooseFile;

    /**
     * @param shownAs    words for the caption saying how the timeline is filtered ("" when it is not)
     * @param chooseFile asks where to save, given a suggested file name; empty when the user cancels
     */
    ExportPictureCommand(Supplier<PlanData> plan, TimelineView timeline, Supplier<String> shownAs, TaskRunner tasks,
                         Notices notices, Function<String, Optional<Path>> chooseFile) {
        this.plan = plan;
        this.timeline = timeline;
        this.shownAs = shownAs;
        this.tasks = tasks;
        this.notices = notices;
        this.chooseFile = chooseFile;
    }

    /** The command as the main window runs it, asking for the file with the system's file chooser. */
    static ExportPictureCommand of(OpenPlan open, PlanScreen screen) {
        return new ExportPictureCommand(open.model()::shownPlan, screen.timeline().timeline(), // as shown, as at
                () -> screen.table().filterBar().filter().equals(ActionFilter.ALL) ? "" : "Filtered as on screen",
                open.tasks(), open.notices(), name -> {
                    FileChooser chooser = new FileChooser();
                    chooser.setTitle("Export timeline as picture");
                    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG picture", "*.png"));
                    chooser.setInitialFileName(name);
                    return Optional.ofNullable(chooser.showSaveDialog(open.owner())).map(java.io.File::toPath);
                });
    }

    @Override
    public void execute() {
        PlanData shown = plan.get();
        Optional<Path> chosen = chooseFile.apply(FileNames.from(shown.plan().title()) + ".png");
        if (chosen.isEmpty()) {
            return;
        }
        Path file = chosen.get();
        BufferedImage picture;
        try {
            var options = TimelineExport.Options.of(timeline, shownAs.get());
            picture = SwingFXUtils.fromFXImage(TimelineExport.render(shown, options).image(), null);
        } catch (IllegalArgumentException tooTall) {
            notices.info("The picture was not saved", tooTall.getMessage());
            return;
        }
        tasks.run(() -> {
            TimelineExport.writePng(picture, file);
            return file;
        }, done -> notices.info("Picture exported", "Saved " + done + "."),
                failure -> notices.error("The picture was not saved", failure));
    }
}

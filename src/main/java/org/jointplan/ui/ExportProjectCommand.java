package org.jointplan.ui;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import javafx.stage.FileChooser;
import org.jointplan.domain.PlanData;
import org.jointplan.service.ProjectExports;

/** File > Export to MS Project…: the plan on screen as MS Project XML, written in the background, whole or not. */
final class ExportProjectCommand implements Command {
    private final OpenPlan open;
    private final Function<String, Optional<Path>> chooseFile;

    ExportProjectCommand(OpenPlan open, Function<String, Optional<Path>> chooseFile) {
        this.open = open;
        this.chooseFile = chooseFile;
    }

    static ExportProjectCommand of(OpenPlan open) {
        return new ExportProjectCommand(open, name -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Export to MS Project");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("MS Project XML", "*.xml"));
            chooser.setInitialFileName(name);
            return Optional.ofNullable(chooser.showSaveDialog(open.owner())).map(java.io.File::toPath);
        });
    }

    @Override
    public void execute() {
        PlanData plan = open.model().plan();
        if (plan == null) {
            return;
        }
        chooseFile.apply(FileNames.from(plan.plan().title()) + ".xml").ifPresent(file -> open.tasks().run(() -> {
            ProjectExports.write(plan, file);
            return file;
        }, done -> open.notices().info("Exported to MS Project", "Saved " + done + "; MS Project and GanttProject"
                + " open it."), failure -> open.notices().error("The plan was not exported", failure)));
    }
}

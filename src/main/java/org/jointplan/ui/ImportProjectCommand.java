package org.jointplan.ui;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import org.jointplan.domain.IncomingPlan;
import org.jointplan.service.ProjectImports;

/**
 * File > Import MS Project or GanttProject file…: choose an MS Project or GanttProject file, read it in the background (nothing
 * is stored), show the preview, then add it as a new plan or update the plan on screen through
 * {@link IncomingPlanActions}.
 */
final class ImportProjectCommand implements Command {
    private final OpenPlan open;
    private final Supplier<Optional<Path>> chooseFile;
    private final BiFunction<IncomingPlan, String, Optional<ProjectPreviewDialog.Choice>> preview;
    private final Consumer<IncomingPlan> addAsNew;
    private final Consumer<IncomingPlan> update;

    ImportProjectCommand(OpenPlan open, Supplier<Optional<Path>> chooseFile,
                         BiFunction<IncomingPlan, String, Optional<ProjectPreviewDialog.Choice>> preview,
                         Consumer<IncomingPlan> addAsNew, Consumer<IncomingPlan> update) {
        this.open = open;
        this.chooseFile = chooseFile;
        this.preview = preview;
        this.addAsNew = addAsNew;
        this.update = update;
    }

    /** The command as the main window runs it, with the system's file chooser and the preview dialog. */
    static ImportProjectCommand of(OpenPlan open) {
        IncomingPlanActions actions = new IncomingPlanActions(open);
        return new ImportProjectCommand(open, () -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Import from another planner");
            chooser.getExtensionFilters().addAll(
                    new FileChooser.ExtensionFilter("Project files (MS Project, MPX, GanttProject)", "*.xml", "*.mpp",
                            "*.mpx", "*.gan"),
                    new FileChooser.ExtensionFilter("All files", "*"));
            return Optional.ofNullable(chooser.showOpenDialog(open.owner())).map(java.io.File::toPath);
        }, (incoming, title) -> new ProjectPreviewDialog(open.owner(), incoming, title).showAndWait(),
                actions::addAsNew, actions::update);
    }

    @Override
    public void execute() {
        Optional<Path> file = chooseFile.get();
        if (file.isEmpty()) {
            return;
        }
        open.tasks().run(() -> ProjectImports.read(file.get(), open.user()), this::previewed,
                failure -> open.notices().error("The file was not imported", failure));
    }

    private void previewed(IncomingPlan incoming) {
        String title = open.model().plan() == null ? "" : open.model().plan().plan().title();
        preview.apply(incoming, title).ifPresent(choice -> {
            if (choice == ProjectPreviewDialog.Choice.ADD_AS_NEW) {
                addAsNew.accept(incoming);
            } else {
                update.accept(incoming);
            }
        });
    }
}

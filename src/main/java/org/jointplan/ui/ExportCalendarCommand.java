package org.jointplan.ui;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.stage.FileChooser;
import org.jointplan.domain.PlanData;
import org.jointplan.service.CalendarExports;

/**
 * File > Export to calendar…: the plan's milestones and committee dates, and its action due dates when chosen, as an
 * .ics file whose events a later export updates in Outlook or Teams rather than duplicates.
 */
final class ExportCalendarCommand implements Command {
    /** What the user chose: where, and whether due dates go in too. */
    record Choice(Path file, boolean includeActions) {
    }

    private final OpenPlan open;
    private final Function<String, Optional<Choice>> ask;

    ExportCalendarCommand(OpenPlan open, Function<String, Optional<Choice>> ask) {
        this.open = open;
        this.ask = ask;
    }

    static ExportCalendarCommand of(OpenPlan open) {
        return new ExportCalendarCommand(open, name -> {
            Dialog<Boolean> dialog = new Dialog<>();
            dialog.initOwner(open.owner());
            dialog.setTitle("Export to calendar");
            dialog.setHeaderText("The plan's milestones and committee dates, as all-day events.");
            CheckBox actions = new CheckBox("Include action due dates");
            dialog.getDialogPane().setContent(actions);
            ButtonType next = new ButtonType("Choose file\u2026", javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
            dialog.getDialogPane().getButtonTypes().addAll(next, ButtonType.CANCEL);
            dialog.setResultConverter(b -> b == next ? actions.isSelected() : null);
            Optional<Boolean> include = dialog.showAndWait();
            if (include.isEmpty()) {
                return Optional.empty();
            }
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Export to calendar");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Calendar (iCalendar)", "*.ics"));
            chooser.setInitialFileName(name);
            return Optional.ofNullable(chooser.showSaveDialog(open.owner()))
                    .map(f -> new Choice(f.toPath(), include.get()));
        });
    }

    @Override
    public void execute() {
        PlanData plan = open.model().plan();
        if (plan == null) {
            return;
        }
        ask.apply(FileNames.from(plan.plan().title()) + ".ics").ifPresent(c -> open.tasks().run(
                () -> CalendarExports.write(plan, c.includeActions(), Instant.now(), c.file()),
                events -> open.notices().info("Calendar exported", "Saved " + events + (events == 1 ? " event"
                        : " events") + " to " + c.file() + "; importing it again later updates them."),
                failure -> open.notices().error("The calendar was not exported", failure)));
    }
}

package org.jointplan.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.ValidationException;
import org.jointplan.service.CalendarExports;
import org.jointplan.service.Reports;
import org.jointplan.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Writes a plan's milestones and committee dates (and, if asked, action due dates) as an .ics calendar. */
@Command(name = "export-calendar", mixinStandardHelpOptions = true,
        description = "Write the plan's milestones and committee dates as all-day events in an .ics calendar file;"
                + " importing a newer one updates the events instead of adding them again.")
final class ExportCalendarCommand implements Callable<Integer> {
    @ParentCommand
    JointPlanCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--plan", paramLabel = "ID", converter = IdConverter.Plan.class,
            description = "The plan (list shows each plan's id); needed when the store holds more than one.")
    UUID planId;

    @Option(names = "--include-actions", description = "Add each action's due date as an event too.")
    boolean includeActions;

    @Option(names = "--out", required = true, paramLabel = "FILE.ics", converter = IcsName.class,
            description = "The file to write, replacing it whole.")
    Path out;

    @Override
    public Integer call() {
        try (Workspace workspace = root.openWorkspace()) {
            PlanData plan = Reports.plan(workspace, planId, "export-calendar");
            boolean replacing = Files.exists(out);
            int events = CalendarExports.write(plan, includeActions, Instant.now(), out);
            spec.commandLine().getOut().println("Wrote " + events + (events == 1 ? " event" : " events") + " of '"
                    + plan.plan().title() + "' to " + out + (replacing ? ", replacing the file that was there."
                    : "."));
            return 0;
        }
    }

    /** Reads --out: an .ics file name. */
    static final class IcsName implements ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            Path file = Path.of(value);
            try {
                CalendarExports.requireName(file);
            } catch (ValidationException e) {
                throw new InvalidValue(e.getMessage());
            }
            return file;
        }
    }
}

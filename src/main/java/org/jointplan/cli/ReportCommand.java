package org.jointplan.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.ReportPosition;
import org.jointplan.domain.UkDates;
import org.jointplan.service.Reports;
import org.jointplan.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Writes the report data of a plan as at a date (docs/report-format.md). */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write the report data of the plan as at a date: priorities, actions, direction of travel,"
                + " exceptions and slipped milestones, as JSON.")
final class ReportCommand implements Callable<Integer> {
    @ParentCommand
    JointPlanCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--plan", paramLabel = "ID", converter = IdConverter.Plan.class,
            description = "The plan (list shows each plan's id); needed when the store holds more than one.")
    UUID planId;

    @Option(names = "--as-at", paramLabel = "YYYY-MM-DD", converter = AsAtDate.class,
            description = "The date the report is as at (default: today). On a snapshot's date, its recorded"
                    + " position.")
    LocalDate asAt;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json", converter = ReportFormat.class,
            description = "json (the default).")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the report to FILE, replacing it whole"
            + " (default: print it).")
    Path out;

    @Override
    public Integer call() {
        try (Workspace workspace = root.openWorkspace()) {
            PlanData plan = Reports.plan(workspace, planId, "report");
            ReportPosition position = Reports.position(plan, asAt != null ? asAt : workspace.today());
            if (out == null) {
                spec.commandLine().getOut().print(new String(Reports.json(position), StandardCharsets.UTF_8));
                spec.commandLine().getOut().println();
                return 0;
            }
            boolean replacing = Files.exists(out);
            Reports.writeJson(position, out);
            spec.commandLine().getOut().println("Wrote the report of '" + plan.plan().title() + "' as at "
                    + UkDates.numeric(position.asAt()) + (position.isFrozen() ? " (the position recorded as at "
                    + UkDates.numeric(position.frozen().orElseThrow().asAt()) + ")" : "") + " to " + out
                    + (replacing ? ", replacing the file that was there." : "."));
            return 0;
        }
    }
}

package org.jointplan.cli;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.ReportSnapshot;
import org.jointplan.domain.StatusSummary;
import org.jointplan.domain.UkDates;
import org.jointplan.service.Change;
import org.jointplan.service.LocalUser;
import org.jointplan.service.PlanSession;
import org.jointplan.service.ReportingCycle;
import org.jointplan.service.Reports;
import org.jointplan.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Records the position as at a date, the snapshot the next report is compared with. */
@Command(name = "snapshot", mixinStandardHelpOptions = true,
        description = "Record the position of the plan as at a date (a report snapshot): every action's status,"
                + " dates and reasons, each priority's rating.")
final class SnapshotCommand implements Callable<Integer> {
    @ParentCommand
    JointPlanCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--plan", paramLabel = "ID", converter = IdConverter.Plan.class,
            description = "The plan (list shows each plan's id); needed when the store holds more than one.")
    UUID planId;

    @Option(names = "--as-at", required = true, paramLabel = "YYYY-MM-DD", converter = AsAtDate.class,
            description = "The date the position is as at, e.g. the quarter end 2025-03-31; not after today.")
    LocalDate asAt;

    @Option(names = "--label", paramLabel = "TEXT", description = "What the report is for, e.g. 'SCG Q4 2024/25'.")
    String label = "";

    @Option(names = "--replace", description = "Replace the snapshot already recorded as at that date.")
    boolean replace;

    @Override
    public Integer call() {
        try (Workspace workspace = root.openWorkspace()) {
            PlanData plan = Reports.plan(workspace, planId, "snapshot");
            boolean replacing = ReportingCycle.snapshotAt(plan, asAt).isPresent();
            if (replacing && !replace && !asAt.isAfter(workspace.today())) {
                throw new CommandFailure("There is already a snapshot as at " + UkDates.numeric(asAt) + "; add"
                        + " --replace to record the position again in its place.");
            }
            Change change = ReportingCycle.recordSnapshot(plan, asAt, label, workspace.today(), replace);
            ReportSnapshot recorded = (ReportSnapshot) change.saves().get(0);
            new PlanSession(workspace.store(), LocalUser.of(workspace.store()), plan).apply(change);
            StatusSummary counts = StatusSummary.of(plan.actions(), asAt);
            spec.commandLine().getOut().println((replacing ? "Replaced the snapshot" : "Recorded the position")
                    + " of '" + plan.plan().title() + "' as at " + UkDates.numeric(asAt)
                    + (recorded.label().isEmpty() ? "" : " ('" + recorded.label() + "')") + ": "
                    + counts.describe() + ".");
            return 0;
        }
    }
}

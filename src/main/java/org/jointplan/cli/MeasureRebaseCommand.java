package org.jointplan.cli;

import java.util.UUID;
import java.util.concurrent.Callable;
import org.jointplan.domain.Measure;
import org.jointplan.domain.MeasurePeriod;
import org.jointplan.domain.PlanData;
import org.jointplan.service.LocalUser;
import org.jointplan.service.MeasureReports;
import org.jointplan.service.Measures;
import org.jointplan.service.PlanSession;
import org.jointplan.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Starts a measure's SPC limits afresh after a period: a service change, after which the old limits no longer hold. */
@Command(name = "rebase", mixinStandardHelpOptions = true,
        description = "Compute a measure's SPC mean and limits afresh from the period after PERIOD (a service change).")
final class MeasureRebaseCommand implements Callable<Integer> {
    @ParentCommand
    MeasureCommand measure;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MEASURE-ID", converter = IdConverter.Measure.class,
            description = "The measure's id (measure list shows it).")
    UUID measureId;

    @Option(names = "--after", required = true, paramLabel = "PERIOD",
            description = "The last period of the old limits: 2024-07, or 2024-Q2 for a quarterly measure.")
    String after;

    @Override
    public Integer call() {
        try (Workspace workspace = measure.root.openWorkspace()) {
            PlanData plan = MeasureReports.planOf(workspace, measureId);
            Measure m = Measures.measure(plan, measureId);
            MeasurePeriod period = MeasurePeriod.parse(m.frequency(), after);
            if (m.rebaseAfter().contains(period.start())) {
                spec.commandLine().getOut().println("Nothing to change: the SPC limits of '" + m.name()
                        + "' already start afresh after " + period.label() + ".");
                return 0;
            }
            new PlanSession(workspace.store(), LocalUser.of(workspace.store()), plan)
                    .apply(Measures.rebase(plan, measureId, period, true));
            spec.commandLine().getOut().println("The SPC limits of '" + m.name() + "' start afresh after "
                    + period.label() + ".");
            return 0;
        }
    }
}

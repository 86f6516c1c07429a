package org.jointplan.cli;

import java.util.UUID;
import java.util.concurrent.Callable;
import org.jointplan.domain.PlanData;
import org.jointplan.service.Baselines;
import org.jointplan.service.LocalUser;
import org.jointplan.service.PlanSession;
import org.jointplan.service.Reports;
import org.jointplan.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Agrees the baseline: each action's current start and due become the dates slippage is measured against. */
@Command(name = "baseline", mixinStandardHelpOptions = true,
        description = "Agree the baseline: each action without one keeps its current start and due date as agreed;"
                + " a baseline once agreed is never reset.")
final class BaselineCommand implements Callable<Integer> {
    @ParentCommand
    JointPlanCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--plan", paramLabel = "ID", converter = IdConverter.Plan.class,
            description = "The plan (list shows each plan's id); needed when the store holds more than one.")
    UUID planId;

    @Override
    public Integer call() {
        try (Workspace workspace = root.openWorkspace()) {
            PlanData plan = Reports.plan(workspace, planId, "baseline");
            Baselines.Agreed agreed = Baselines.agree(plan);
            if (agreed.change().isEmpty()) {
                spec.commandLine().getOut().println("Nothing to agree: " + actions(agreed.alreadyBaselined())
                        + " already had a baseline.");
                return 0;
            }
            new PlanSession(workspace.store(), LocalUser.of(workspace.store()), plan).apply(agreed.change());
            spec.commandLine().getOut().println("Agreed the baseline of '" + plan.plan().title() + "': "
                    + actions(agreed.baselined()) + " got a baseline, " + agreed.alreadyBaselined()
                    + " already had one.");
            return 0;
        }
    }

    private static String actions(int n) {
        return n + (n == 1 ? " action" : " actions");
    }
}

package org.jointplan.cli;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.jointplan.domain.Plan;
import org.jointplan.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Prints the plans in the store: priorities in order, each with its actions, one line each. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Print the plan: its priorities and their actions (dates, status, owner, id).")
final class ListCommand implements Callable<Integer> {
    @ParentCommand
    JointPlanCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--plan", paramLabel = "ID", converter = IdConverter.Plan.class,
            description = "Only this plan (default: every plan in the store).")
    UUID planId;

    @Override
    public Integer call() {
        try (Workspace workspace = root.openWorkspace()) {
            List<Plan> plans = planId == null ? workspace.plans()
                    : workspace.plans().stream().filter(p -> p.id().equals(planId)).toList();
            if (plans.isEmpty()) {
                throw new CommandFailure(planId == null ? "The store holds no plan."
                        : "The store holds no plan with the id " + planId + ".");
            }
            var archived = workspace.archivedPlans();
            for (Plan plan : plans) {
                workspace.plan(plan.id()).ifPresent(data -> PlanListing.lines(data, archived.contains(plan.id()))
                        .forEach(spec.commandLine().getOut()::println));
            }
        }
        return 0;
    }
}

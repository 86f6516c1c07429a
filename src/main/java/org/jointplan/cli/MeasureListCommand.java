package org.jointplan.cli;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.jointplan.domain.Plan;
import org.jointplan.domain.PlanData;
import org.jointplan.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Prints each plan's measures, by priority, with the latest figure and status as at today. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Print the measures: for the whole plan, then by priority (with the priority's id), each with"
                + " its latest figure, target, status and id.")
final class MeasureListCommand implements Callable<Integer> {
    @ParentCommand
    MeasureCommand measure;

    @Spec
    CommandSpec spec;

    @Option(names = "--plan", paramLabel = "ID", converter = IdConverter.Plan.class,
            description = "Only this plan (default: every plan in the store).")
    UUID planId;

    @Override
    public Integer call() {
        try (Workspace workspace = measure.root.openWorkspace()) {
            List<Plan> plans = planId == null ? workspace.plans()
                    : workspace.plans().stream().filter(p -> p.id().equals(planId)).toList();
            if (plans.isEmpty()) {
                throw new CommandFailure(planId == null ? "The store holds no plan."
                        : "The store holds no plan with the id " + planId + "; list shows each plan's id.");
            }
            for (Plan plan : plans) {
                PlanData data = workspace.plan(plan.id()).orElseThrow();
                MeasureListing.lines(data, workspace.today()).forEach(spec.commandLine().getOut()::println);
            }
            return 0;
        }
    }
}

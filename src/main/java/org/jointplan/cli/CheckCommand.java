package org.jointplan.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jointplan.domain.Plan;
import org.jointplan.domain.PlanRules;
import org.jointplan.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Runs the store's integrity checks and the plan rules; exit code 0 when all is sound. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check the store's integrity and every plan's rules; exit code 0 when sound.")
final class CheckCommand implements Callable<Integer> {
    @ParentCommand
    JointPlanCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Workspace workspace = root.openWorkspace()) {
            List<String> problems = new ArrayList<>(workspace.integrityProblems());
            for (Plan plan : workspace.plans()) {
                workspace.plan(plan.id()).ifPresent(data -> PlanRules.problems(data)
                        .forEach(p -> problems.add(plan.title() + ": " + p)));
            }
            var out = spec.commandLine().getOut();
            if (problems.isEmpty()) {
                out.println("The store " + workspace.file() + " is sound: " + workspace.plans().size()
                        + " plan(s), schema " + workspace.schemaVersion() + ", SQLite "
                        + workspace.sqliteVersion() + ".");
                return 0;
            }
            problems.forEach(spec.commandLine().getErr()::println);
            return 1;
        }
    }
}

package org.jointplan.cli;

import java.util.UUID;
import java.util.concurrent.Callable;
import org.jointplan.domain.Frequency;
import org.jointplan.domain.Measure;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.spc.Improvement;
import org.jointplan.service.LocalUser;
import org.jointplan.service.Measures;
import org.jointplan.service.PlanSession;
import org.jointplan.service.Reports;
import org.jointplan.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Adds a measure and prints only its id, so that a script can capture it. */
@Command(name = "add", mixinStandardHelpOptions = true,
        description = "Add a measure to the plan (or to one priority of it) and print its id.")
final class MeasureAddCommand implements Callable<Integer> {
    @ParentCommand
    MeasureCommand measure;

    @Spec
    CommandSpec spec;

    @Option(names = "--plan", paramLabel = "ID", converter = IdConverter.Plan.class,
            description = "The plan (list shows each plan's id); needed when the store holds more than one.")
    UUID planId;

    @Option(names = "--priority", paramLabel = "ID", converter = IdConverter.Priority.class,
            description = "The priority it measures (measure list shows each priority's id); default: the whole plan.")
    UUID priorityId;

    @Option(names = "--name", required = true, paramLabel = "TEXT", description = "What it measures, e.g. '% of new"
            + " EHC plans issued within 20 weeks'.")
    String name;

    @Option(names = "--unit", paramLabel = "TEXT", description = "Its unit, e.g. %, weeks or children.")
    String unit = "";

    @Option(names = "--better", required = true, paramLabel = "WAY", converter = MeasureChoices.Better.class,
            description = "Which way is better: higher, lower or neither.")
    Improvement better;

    @Option(names = "--frequency", paramLabel = "F", converter = MeasureChoices.Often.class,
            description = "monthly (the default) or quarterly (financial quarters: 2024-Q2 is July to September).")
    Frequency frequency = Frequency.MONTHLY;

    @Option(names = "--target", paramLabel = "VALUE", converter = FigureValue.class,
            description = "The target, a standing one (the window sets targets by date).")
    Double target;

    @Override
    public Integer call() {
        try (Workspace workspace = measure.root.openWorkspace()) {
            PlanData plan = Reports.plan(workspace, planId, "measure add");
            Measure added = Measures.newMeasure(plan, priorityId, name, unit, better, frequency, target);
            new PlanSession(workspace.store(), LocalUser.of(workspace.store()), plan).apply(Measures.add(plan, added));
            spec.commandLine().getOut().println(added.id());
            return 0;
        }
    }
}

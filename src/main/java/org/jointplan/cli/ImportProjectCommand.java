package org.jointplan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.jointplan.domain.IncomingPlan;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.Stamp;
import org.jointplan.domain.ValidationException;
import org.jointplan.service.IncomingPlans;
import org.jointplan.service.LocalUser;
import org.jointplan.service.MergeService;
import org.jointplan.service.PackageService;
import org.jointplan.service.ProjectImports;
import org.jointplan.service.Reports;
import org.jointplan.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * Imports another planner's file (MS Project XML, .mpp, .mpx, GanttProject .gan): previewed with --dry-run, added as
 * a new plan (the default, or --as-new), or with --merge used to update a plan in the store, taking every change the
 * file brings.
 */
@Command(name = "import-project", mixinStandardHelpOptions = true,
        description = "Import an MS Project (.xml, .mpp, .mpx) or GanttProject (.gan) file as a new plan, or with"
                + " --merge update a plan from it; --dry-run shows what would be imported and changes nothing.")
final class ImportProjectCommand implements Callable<Integer> {
    @ParentCommand
    JointPlanCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The planner's file to import.")
    Path file;

    @Option(names = "--dry-run", description = "Print the priorities, actions, milestones, dependencies and every"
            + " warning that would be imported, and store nothing.")
    boolean dryRun;

    @Option(names = "--as-new", description = "Add the file as a new plan (the default).")
    boolean asNew;

    @Option(names = "--merge", description = "Update a plan in the store from the file: matching actions take the"
            + " file's dates, percent and status; new ones are added; nothing is removed.")
    boolean merge;

    @Option(names = "--plan", paramLabel = "ID", converter = IdConverter.Plan.class,
            description = "With --merge, the plan to update (list shows each plan's id); needed when the store holds"
                    + " more than one.")
    UUID planId;

    @Override
    public Integer call() {
        if (asNew && merge) {
            throw new ParameterException(spec.commandLine(), "Choose either --as-new or --merge, not both.");
        }
        if (planId != null && !merge) {
            throw new ParameterException(spec.commandLine(), "--plan chooses the plan to update, so it needs"
                    + " --merge.");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (dryRun) {
            // a dry run opens no store: it only reads the file
            IncomingPlan incoming = ProjectImports.read(file, Stamp.now("", ""));
            ProjectImports.preview(incoming).forEach(out::println);
            out.println("Dry run: nothing was stored.");
            return 0;
        }
        try (Workspace workspace = root.openWorkspace()) {
            LocalUser user = LocalUser.of(workspace.store());
            IncomingPlan incoming = ProjectImports.read(file, user);
            incoming.notes().forEach(n -> spec.commandLine().getErr().println(ProjectImports.kind(n.kind()) + ": "
                    + n));
            return merge ? merge(workspace, user, incoming) : add(workspace, user, incoming);
        }
    }

    private int add(Workspace workspace, LocalUser user, IncomingPlan incoming) {
        IncomingPlans.Added added = IncomingPlans.addAsNew(workspace.store(), user, incoming);
        spec.commandLine().getOut().println("Imported '" + added.title() + "' from " + incoming.source() + " ("
                + ProjectImports.counts(incoming) + ") into " + workspace.file() + "; its id is " + added.planId()
                + ".");
        return 0;
    }

    private int merge(Workspace workspace, LocalUser user, IncomingPlan incoming) {
        PlanData plan = Reports.plan(workspace, planId, "import-project --merge");
        MergeService.Proposal proposal = IncomingPlans.proposeUpdate(workspace.store(), plan.id(), incoming);
        proposal.warnings().forEach(w -> spec.commandLine().getErr().println("Warning: " + w));
        String summary;
        try {
            summary = new MergeService(new PackageService()).apply(workspace.store(), user, proposal,
                    MergeService.ConflictPolicy.THEIRS);
        } catch (ValidationException brokenRule) {
            throw new CommandFailure("The update was refused and nothing was changed: " + brokenRule.getMessage());
        }
        spec.commandLine().getOut().println(summary + " into '" + plan.plan().title() + "' from "
                + incoming.source() + ".");
        return 0;
    }
}

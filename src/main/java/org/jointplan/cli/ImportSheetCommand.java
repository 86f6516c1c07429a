package org.jointplan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jointplan.domain.ImportNote;
import org.jointplan.domain.IncomingPlan;
import org.jointplan.domain.Plan;
import org.jointplan.domain.ValidationException;
import org.jointplan.service.IncomingPlans;
import org.jointplan.service.LocalUser;
import org.jointplan.service.MergeService;
import org.jointplan.service.PackageService;
import org.jointplan.service.SheetImports;
import org.jointplan.service.Workspace;
import org.jointplan.sheet.SheetAnswers;
import org.jointplan.sheet.SheetException;
import org.jointplan.sheet.SheetJson;
import org.jointplan.sheet.SheetMapping;
import org.jointplan.sheet.SheetPreview;
import org.jointplan.sheet.SheetQuestion;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * Reads a spreadsheet tracker (.xlsx, .xlsm, .xls, .csv) and adds it as a new plan (the default) or updates a plan
 * from it; with --dry-run only shows how it was read. Open questions stop a real import: they are listed with the
 * form of the answers file (docs/spreadsheet-import.md) and nothing is stored.
 */
@Command(name = "import-sheet", mixinStandardHelpOptions = true,
        description = "Read a spreadsheet tracker (.xlsx, .xls or .csv) into a new plan, or with --merge update a"
                + " plan from it; --dry-run shows how every row was read and changes nothing.")
final class ImportSheetCommand implements Callable<Integer> {
    @ParentCommand
    JointPlanCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The tracker to read.")
    Path file;

    @Option(names = "--sheet", paramLabel = "NAME", description = "Read only this sheet (repeat for several);"
            + " every visible sheet by default.")
    List<String> sheets = new ArrayList<>();

    @Option(names = "--mapping", paramLabel = "FILE.json", description = "Which field each column fills (see"
            + " docs/spreadsheet-import.md); by default suggested from the header words, or remembered from the"
            + " last file of the same layout.")
    Path mappingFile;

    @Option(names = "--answers", paramLabel = "FILE.json", description = "Answers to the questions the tracker"
            + " raises (see docs/spreadsheet-import.md).")
    Path answersFile;

    @Option(names = "--dry-run", description = "Show how the tracker is read, its warnings and questions, and"
            + " change nothing.")
    boolean dryRun;

    @ArgGroup(exclusive = true)
    Target target = new Target();

    static final class Target {
        @Option(names = "--as-new", description = "Add the tracker as a new plan (the default).")
        boolean asNew;

        @ArgGroup(exclusive = false)
        Merge merge;
    }

    static final class Merge {
        @Option(names = "--merge", required = true, description = "Update a plan from the tracker: actions matched"
                + " by reference, else by title; only the columns the tracker has change.")
        boolean merge;

        @Option(names = "--plan", paramLabel = "ID", converter = IdConverter.Plan.class, description = "The plan"
                + " to update (list shows each plan's id); needed when the store holds more than one.")
        UUID planId;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            SheetMapping mapping = mappingFile == null ? null : SheetJson.readMapping(mappingFile);
            SheetAnswers answers = answersFile == null ? SheetAnswers.NONE : SheetJson.readAnswers(answersFile);
            try (Workspace workspace = root.openWorkspace()) {
                UUID updating = target.merge == null ? null : planToUpdate(workspace);
                SheetPreview preview = SheetImports.preview(workspace.store(), file, mapping, answers, sheets,
                        LocalUser.of(workspace.store()).stampNow(), updating);
                if (dryRun) {
                    new SheetPreviewPrinter(out).print(preview);
                    out.println("Dry run: nothing was changed.");
                    return 0;
                }
                if (preview.hasOpenQuestions()) {
                    SheetPreviewPrinter printer = new SheetPreviewPrinter(err);
                    err.println("The tracker was not imported, since " + preview.questions().size() + " question"
                            + (preview.questions().size() == 1 ? " is" : "s are") + " open; nothing was changed.");
                    preview.questions().forEach(printer::question);
                    err.println("Answer them in a file of the form {\"answers\": [{\"kind\": \"STATUS\", \"value\":"
                            + " \"Amber/Green\", \"choice\": \"at_risk\"}]} (one entry a question, the choice one of"
                            + " its codes) and run again with --answers FILE.json.");
                    return 1;
                }
                IncomingPlan incoming = preview.plan().orElseThrow();
                String done = updating == null ? addAsNew(workspace, incoming) : merge(workspace, updating, incoming);
                SheetImports.remember(workspace.store(), preview);
                incoming.notes().stream().filter(n -> n.kind() != ImportNote.Kind.SKIPPED)
                        .forEach(n -> err.println("Warning: " + n));
                long skipped = incoming.count(ImportNote.Kind.SKIPPED);
                out.println(done + (skipped == 0 ? "" : " " + skipped + " row" + (skipped == 1 ? " was" : "s were")
                        + " skipped; --dry-run lists them."));
                return 0;
            }
        } catch (SheetException e) {
            throw new CommandFailure(e.getMessage(), e);
        }
    }

    private String addAsNew(Workspace workspace, IncomingPlan incoming) {
        IncomingPlans.Added added = IncomingPlans.addAsNew(workspace.store(), LocalUser.of(workspace.store()),
                incoming);
        return "Added '" + added.title() + "' (" + added.priorities() + " priorit"
                + (added.priorities() == 1 ? "y" : "ies") + ", " + added.actions() + " action"
                + (added.actions() == 1 ? "" : "s") + ", id " + added.planId() + ") from " + file.getFileName()
                + ".";
    }

    private String merge(Workspace workspace, UUID planId, IncomingPlan incoming) {
        MergeService.Proposal proposal = IncomingPlans.proposeUpdate(workspace.store(), planId, incoming);
        proposal.warnings().forEach(w -> spec.commandLine().getErr().println("Warning: " + w));
        try {
            String summary = new MergeService(new PackageService()).apply(workspace.store(),
                    LocalUser.of(workspace.store()), proposal, MergeService.ConflictPolicy.THEIRS);
            return summary + " into '" + proposal.local().plan().title() + "' from " + file.getFileName() + ".";
        } catch (ValidationException broken) {
            throw new CommandFailure("The update was refused and nothing was changed: " + broken.getMessage());
        }
    }

    private UUID planToUpdate(Workspace workspace) {
        List<Plan> plans = workspace.plans();
        UUID id = target.merge.planId;
        if (id != null) {
            if (plans.stream().noneMatch(p -> p.id().equals(id))) {
                throw new CommandFailure("The store holds no plan with the id " + id + "; list shows each plan's id.");
            }
            return id;
        }
        if (plans.size() == 1) {
            return plans.get(0).id();
        }
        if (plans.isEmpty()) {
            throw new CommandFailure("The store holds no plan to update; import the tracker with --as-new instead.");
        }
        throw new CommandFailure("The store holds " + plans.size() + " plans, so --merge needs --plan ID to know"
                + " which to update: " + plans.stream().map(p -> "'" + p.title() + "' (id " + p.id() + ")")
                .collect(Collectors.joining("; ")) + ".");
    }

    static String choices(SheetQuestion q) {
        return q.choices().stream().map(c -> c.code() + " (" + c.label() + ")").collect(Collectors.joining("; "));
    }
}

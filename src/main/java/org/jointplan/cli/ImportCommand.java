package org.jointplan.cli;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.jointplan.domain.UkDates;
import org.jointplan.service.LocalUser;
import org.jointplan.service.MergeService;
import org.jointplan.service.PackageService;
import org.jointplan.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Adds the plan in a .jplan package to the store, after checking the package as hostile input. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Add the plan in a .jplan package to the store, or with --merge bring a partner's changes to"
                + " a plan already in it.")
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    JointPlanCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.jplan", description = "The package to import.")
    Path file;

    @Option(names = "--passphrase-file", paramLabel = "F",
            description = "The passphrase of a protected package, in this file (UTF-8; a final line break is"
                    + " ignored).")
    Path passphraseFile;

    @Option(names = "--merge", description = "Merge the partner's changes into the plan already in the store.")
    boolean merge;

    @Option(names = "--conflicts", paramLabel = "mine|theirs|fail", defaultValue = "fail",
            converter = ConflictPolicyConverter.class,
            description = "With --merge, how to settle conflicts: keep mine, take theirs, or fail (the default:"
                    + " change nothing when there is any conflict).")
    MergeService.ConflictPolicy conflicts;

    @Option(names = "--accept-older", description = "With --merge, merge a package older than one already merged"
            + " from the same sender.")
    boolean acceptOlder;

    @Override
    public Integer call() {
        if (passphraseFile == null && PackageService.isProtected(file)) {
            spec.commandLine().getErr().println(file.getFileName() + " is protected by a passphrase; give it with"
                    + " --passphrase-file FILE.");
            return 1;
        }
        try (Passphrase passphrase = Passphrase.from(passphraseFile); Workspace workspace = root.openWorkspace()) {
            if (merge) {
                return merge(workspace, passphrase.chars());
            }
            PackageService.Imported done = new PackageService().importPackage(workspace.store(), file,
                    passphrase.chars(), fraction -> { });
            String from = String.join(", ", Stream.of(done.fromPerson(), done.fromOrganisation())
                    .filter(s -> !s.isEmpty()).toList());
            spec.commandLine().getOut().println("Imported '" + done.title() + "' (" + done.actions() + " actions"
                    + (from.isEmpty() ? "" : ", exported by " + from) + " on "
                    + UkDates.numeric(done.exportedAt().atZone(ZoneId.of("Europe/London")).toLocalDate())
                    + ") into " + workspace.file() + ".");
            return 0;
        }
    }

    private int merge(Workspace workspace, char[] passphrase) {
        MergeService service = new MergeService(new PackageService());
        MergeService.Proposal proposal = service.prepare(workspace.store(), file, passphrase, fraction -> { });
        var err = spec.commandLine().getErr();
        proposal.warnings().forEach(w -> err.println("Warning: " + w));
        if (proposal.olderThanMerged() && !acceptOlder) {
            err.println("Nothing was changed; add --accept-older to merge it anyway.");
            return 1;
        }
        String summary = service.apply(workspace.store(), LocalUser.of(workspace.store()), proposal, conflicts);
        spec.commandLine().getOut().println(summary + " into '" + proposal.local().plan().title() + "' ("
                + proposal.conflicts() + " conflict" + (proposal.conflicts() == 1 ? "" : "s") + ").");
        return 0;
    }
}

package org.jointplan.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.jointplan.domain.UkDates;
import org.jointplan.domain.ValidationException;
import org.jointplan.service.LocalUser;
import org.jointplan.service.MergeService;
import org.jointplan.service.PackageService;
import org.jointplan.service.PlanChoice;
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
    MergeService.ConflictPolicy policy;

    @Option(names = "--accept-older", description = "With --merge, merge a package older than one already merged"
            + " from the same sender.")
    boolean acceptOlder;

    @Override
    public Integer call() {
        try (Passphrase passphrase = Passphrase.forPackage(file, passphraseFile);
             Workspace workspace = root.openWorkspace()) {
            if (merge) {
                return merge(workspace, passphrase.chars());
            }
            PackageService.Imported done = new PackageService().importPackage(workspace.store(), file,
                    passphrase.chars(), fraction -> { });
            String from = String.join(", ", Stream.of(done.fromPerson(), done.fromOrganisation())
                    .filter(s -> !s.isEmpty()).toList());
            spec.commandLine().getOut().println("Imported '" + done.title() + "' (" + done.actions() + " actions"
                    + (from.isEmpty() ? "" : ", exported by " + from) + " on " + day(done.exportedAt()) + ") into "
                    + workspace.file() + ".");
            int sameTitle = PlanChoice.namesakes(workspace.plans(), done.planId()).size();
            if (sameTitle > 0) {
                spec.commandLine().getErr().println("Warning: this store now holds " + (sameTitle + 1) + " plans"
                        + " called '" + done.title() + "'; list shows their ids, and export needs --plan ID to tell"
                        + " them apart.");
            }
            return 0;
        }
    }

    private int merge(Workspace workspace, char[] passphrase) {
        MergeService service = new MergeService(new PackageService());
        MergeService.Proposal proposal = service.prepare(workspace.store(), file, passphrase, fraction -> { });
        if (proposal.olderThanMerged() && !acceptOlder) {
            throw refused("this package was made on " + day(proposal.exportedAt()) + ", before one"
                    + " from the same sender that you already merged; add --accept-older to merge it anyway");
        }
        long conflicts = proposal.conflicts();
        if (policy == MergeService.ConflictPolicy.FAIL && conflicts > 0) {
            throw refused("the package has " + conflicts + " conflict" + (conflicts == 1 ? "" : "s") + " with your"
                    + " plan; see them with diff, then import again with --conflicts mine or --conflicts theirs");
        }
        proposal.warnings().forEach(w -> spec.commandLine().getErr().println("Warning: " + w));
        String summary;
        try {
            summary = service.apply(workspace.store(), LocalUser.of(workspace.store()), proposal, policy);
        } catch (ValidationException brokenRule) {
            throw refused(lowerFirst(brokenRule.getMessage().replaceFirst("\\.$", "")));
        }
        spec.commandLine().getOut().println(summary + " into '" + proposal.local().plan().title() + "' ("
                + conflicts + " conflict" + (conflicts == 1 ? "" : "s") + ").");
        return 0;
    }

    private static CommandFailure refused(String why) {
        return new CommandFailure("The merge was refused and nothing was changed: " + why + ".");
    }

    private static String lowerFirst(String sentence) {
        boolean word = sentence.length() > 1 && Character.isLowerCase(sentence.charAt(1));
        return word ? Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1) : sentence;
    }

    private static String day(Instant instant) {
        return UkDates.numeric(instant.atZone(ZoneId.of("Europe/London")).toLocalDate());
    }
}

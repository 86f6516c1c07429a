package org.jointplan.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jointplan.service.MergeService;
import org.jointplan.service.PackageService;
import org.jointplan.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Prints what a partner's package would change in the local plan, one difference a line; changes nothing. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Show the differences and conflicts between a partner's package and your plan, one a line.")
final class DiffCommand implements Callable<Integer> {
    @ParentCommand
    JointPlanCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.jplan", description = "The partner's package.")
    Path file;

    @Option(names = "--passphrase-file", paramLabel = "F", description = "The passphrase of a protected package.")
    Path passphraseFile;

    @Override
    public Integer call() {
        try (Passphrase passphrase = Passphrase.forPackage(file, passphraseFile);
             Workspace workspace = root.openWorkspace()) {
            var proposal = new MergeService(new PackageService()).prepare(workspace.store(), file, passphrase.chars(),
                    fraction -> { });
            var out = spec.commandLine().getOut();
            proposal.warnings().forEach(w -> spec.commandLine().getErr().println("Warning: " + w));
            for (var d : proposal.differences()) {
                String lane = d.priorityId() == null ? "Plan" : proposal.local().priority(d.priorityId())
                        .map(p -> p.shortName()).orElse("Plan");
                out.println(String.format("%-9s %-14s %s", d.type().word().toUpperCase(java.util.Locale.UK), lane,
                        d.description()));
            }
            out.println(count(proposal.differences().size(), "difference") + ", "
                    + count(proposal.conflicts(), "conflict") + ".");
            return 0;
        }
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}

package org.jointplan.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.jointplan.service.ExportOptions;
import org.jointplan.service.LocalUser;
import org.jointplan.service.PackageService;
import org.jointplan.service.Recipients;
import org.jointplan.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Writes a plan as a .jplan package to send to partners. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write a plan as a .jplan package for partners (with a timeline picture and an HTML summary).")
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    JointPlanCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE.jplan", description = "The package to write.")
    Path out;

    @Option(names = "--plan", paramLabel = "ID", converter = IdConverter.Plan.class, description = "The plan to"
            + " export (list shows each plan's id); needed when the store holds more than one plan.")
    UUID planId;

    @Option(names = "--passphrase-file", paramLabel = "F",
            description = "Protect the package with the passphrase in this file (UTF-8; a final line break is"
                    + " ignored).")
    Path passphraseFile;

    @Option(names = "--force", description = "Replace FILE if it exists.")
    boolean force;

    @Option(names = "--include-private-notes", description = "Send the actions' private notes too (left out by"
            + " default).")
    boolean includePrivateNotes;

    @Option(names = "--to", paramLabel = "ORG", description = "An organisation the package is for, recorded in the"
            + " exchange history; repeat it or separate several with commas.")
    List<String> to = new ArrayList<>();

    @Override
    public Integer call() {
        var refused = Recipients.problem(to);
        if (refused.isPresent()) {
            spec.commandLine().getErr().println(refused.get());
            return 2;
        }
        if (Files.exists(out) && !force) {
            spec.commandLine().getErr().println(out + " already exists; choose another name, or add --force to"
                    + " replace it.");
            return 1;
        }
        try (Passphrase passphrase = Passphrase.from(passphraseFile); Workspace workspace = root.openWorkspace()) {
            PackageService.Exported done = new PackageService().exportPlan(workspace.store(), planId, out,
                    LocalUser.of(workspace.store()),
                    new ExportOptions(passphrase.chars(), includePrivateNotes, Recipients.parse(to)), fraction -> { });
            spec.commandLine().getOut().println("Exported '" + done.title() + "' (" + done.actions() + " actions) to "
                    + done.file() + (done.encrypted() ? ", protected by the passphrase." : "."));
            return 0;
        }
    }
}

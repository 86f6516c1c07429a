package org.jointplan.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.jointplan.service.LocalUser;
import org.jointplan.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Prints or sets who works on this store: stamped on every change, package and exchange. */
@Command(name = "identity", mixinStandardHelpOptions = true,
        description = "Print your name and organisation, or set them with --name and --organisation (either alone"
                + " sets just that one). They are stamped on every change and package you make.")
final class IdentityCommand implements Callable<Integer> {
    @ParentCommand
    JointPlanCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--name", paramLabel = "NAME", description = "Your name, as partners will see it.")
    String name;

    @Option(names = "--organisation", paramLabel = "ORG", description = "Your organisation, e.g. one of the plan's"
            + " partners.")
    String organisation;

    @Override
    public Integer call() {
        Optional<String> problem = Optional.ofNullable(name).flatMap(n -> LocalUser.problem(n, "The name"))
                .or(() -> Optional.ofNullable(organisation).flatMap(o -> LocalUser.problem(o, "The organisation")));
        if (problem.isPresent()) {
            spec.commandLine().getErr().println(problem.get());
            return 2;
        }
        try (Workspace workspace = root.openWorkspace()) {
            if (name != null || organisation != null) {
                LocalUser.save(workspace.store(), name, organisation);
            }
            var out = spec.commandLine().getOut();
            out.println("Name: " + LocalUser.savedName(workspace.store()).orElse("not set"));
            out.println("Organisation: " + LocalUser.savedOrganisation(workspace.store()).orElse("not set"));
            if (!LocalUser.isSet(workspace.store())) {
                out.println("Set them with: jointplan identity --name NAME --organisation ORG");
            }
            return 0;
        }
    }
}

package org.jointplan.cli;

import java.util.concurrent.Callable;
import org.jointplan.service.ServerAdministration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The administrator's commands for a partnership's PostgreSQL server: set JointPlan up there, or upgrade it. */
@Command(name = "server", mixinStandardHelpOptions = true,
        description = "Set up (init) or upgrade a partnership's PostgreSQL server for JointPlan (needs an"
                + " administrator's login), or share a plan on it with another login. See docs/server.md.",
        subcommands = {ServerCommand.Init.class, ServerCommand.Upgrade.class, ServerShareCommand.class})
final class ServerCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "Say what to do with the server: init, upgrade or share.");
    }

    @Command(name = "init", mixinStandardHelpOptions = true,
            description = "Set JointPlan up in an empty database: its schema, and the jointplan_app role whose"
                    + " members (the officers' logins) read and write plans.")
    static final class Init implements Callable<Integer> {
        @Mixin
        ServerLoginOptions login;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            ServerAdministration.Result result = ServerAdministration.init(login.url, login.user,
                    login.passwordFile);
            int latest = ServerAdministration.latestVersion();
            var out = spec.commandLine().getOut();
            if (!result.applied().isEmpty()) {
                out.println("JointPlan is set up on the server (schema version " + result.after() + ").");
            } else if (result.before() < latest) {
                out.println("JointPlan was already set up on the server (schema version " + result.before()
                        + "); run jointplan server upgrade to bring it to version " + latest + ".");
            } else {
                out.println("JointPlan was already set up on the server (schema version " + result.before()
                        + "); nothing changed.");
            }
            return 0;
        }
    }

    @Command(name = "upgrade", mixinStandardHelpOptions = true,
            description = "Bring the server's JointPlan schema up to this version (forward only; take a pg_dump"
                    + " backup first).")
    static final class Upgrade implements Callable<Integer> {
        @Mixin
        ServerLoginOptions login;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            ServerAdministration.Result result = ServerAdministration.upgrade(login.url, login.user,
                    login.passwordFile);
            var out = spec.commandLine().getOut();
            if (result.applied().isEmpty()) {
                out.println("The server's JointPlan schema is already version " + result.after()
                        + "; nothing changed.");
            } else {
                out.println("The server's JointPlan schema was upgraded from version " + result.before() + " to "
                        + result.after() + ".");
            }
            return 0;
        }
    }
}

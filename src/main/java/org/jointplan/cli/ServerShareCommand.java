package org.jointplan.cli;

import java.util.UUID;
import java.util.concurrent.Callable;
import org.jointplan.service.ServerAdministration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code server share}: a member of a plan on the server (a login that follows it) lets another officer's login read
 * and sync it too. The server checks that the one sharing is a member, and that the other login is listed.
 */
@Command(name = "share", mixinStandardHelpOptions = true,
        description = "Let another server login read and sync a plan you follow on the server.")
final class ServerShareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--plan", required = true, paramLabel = "ID", converter = IdConverter.Plan.class,
            description = "The plan to share (list shows each plan's id).")
    UUID planId;

    @Option(names = "--login", required = true, paramLabel = "NAME",
            description = "The server login to share it with (an officer listed on the server).")
    String login;

    @Mixin
    ServerLoginOptions server;

    @Override
    public Integer call() {
        boolean added = ServerAdministration.share(server.url, server.user, server.passwordFile, planId,
                login);
        spec.commandLine().getOut().println(added // the lines are made printable by TerminalLines
                ? login + " can now read and sync the plan " + planId + "."
                : login + " could already read and sync the plan " + planId + "; nothing changed.");
        return 0;
    }
}

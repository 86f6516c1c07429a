package org.jointplan.cli;

import java.io.PrintWriter;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.jointplan.domain.Difference;
import org.jointplan.domain.Text;
import org.jointplan.service.LocalUser;
import org.jointplan.service.MergeService;
import org.jointplan.service.SyncResult;
import org.jointplan.service.SyncRun;
import org.jointplan.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Syncs the store's plans with a partnership's server: pulls and merges the server's changes, pushes the local ones. */
@Command(name = "sync", mixinStandardHelpOptions = true,
        description = "Sync plans with the partnership's server: pull and merge its changes, push yours. Without"
                + " --plan, every plan this store follows; with --plan, that plan (published if the server lacks it,"
                + " fetched if this store lacks it). See docs/server.md.")
final class SyncCommand implements Callable<Integer> {
    @ParentCommand
    JointPlanCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--plan", paramLabel = "ID", converter = IdConverter.Plan.class,
            description = "The plan to sync, publish or fetch (default: every plan this store follows).")
    UUID plan;

    @Mixin
    ServerLoginOptions server;

    @Option(names = "--conflicts", paramLabel = "mine|theirs|fail", defaultValue = "fail",
            converter = ConflictPolicyConverter.class,
            description = "How to settle a field changed both here and on the server: keep mine, take theirs, or"
                    + " fail (the default: change nothing on either side and list the conflicts).")
    MergeService.ConflictPolicy policy;

    @Override
    public Integer call() {
        int[] unsettled = {0};
        try (Workspace workspace = root.openWorkspace()) {
            SyncRun.run(workspace.store(), LocalUser.of(workspace.store()), server.url, server.user,
                    server.passwordFile, plan, policy, result -> {
                        if (result.unsettled()) {
                            unsettled[0]++;
                        }
                        print(result);
                    });
        }
        return unsettled[0] == 0 ? 0 : 1;
    }

    private void print(SyncResult result) {
        PrintWriter out = spec.commandLine().getOut();
        String title = "'" + Text.printable(result.title()) + "'";
        switch (result.outcome()) {
            case PUBLISHED -> out.println("Published " + title + " to the server; revision " + result.revision()
                    + ".");
            case FETCHED -> out.println("Fetched " + title + " from the server (" + changes(result.pulled(), "record")
                    + "); revision " + result.revision() + ".");
            case SYNCED -> out.println("Synced " + title + ": pushed " + changes(result.pushed(), "change")
                    + "; pulled " + changes(result.pulled(), "change") + "; revision " + result.revision() + ".");
            case CONFLICTS_LEFT -> {
                PrintWriter err = spec.commandLine().getErr();
                err.println("The plan " + title + " has " + changes(result.conflicts().size(),
                        "conflict") + " with the server, so nothing was changed on either side; sync again with"
                        + " --conflicts mine or --conflicts theirs:");
                result.conflicts().forEach(c -> err.println("  " + Text.printable(c.description())));
                return;
            }
            default -> throw new IllegalStateException(result.outcome().name());
        }
        if (!result.conflicts().isEmpty()) {
            out.println("Settled " + changes(result.conflicts().size(), "conflict") + " by --conflicts "
                    + (policy == MergeService.ConflictPolicy.MINE ? "mine (yours kept)" : "theirs (the server's"
                    + " taken)") + ":");
            for (Difference c : result.conflicts()) {
                out.println("  " + Text.printable(c.description()));
            }
        }
    }

    private static String changes(long n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}

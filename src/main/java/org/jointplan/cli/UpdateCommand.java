package org.jointplan.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.jointplan.domain.Action;
import org.jointplan.domain.Ids;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.ProgressUpdate;
import org.jointplan.domain.Stamped;
import org.jointplan.domain.Status;
import org.jointplan.domain.UkDates;
import org.jointplan.domain.ValidationException;
import org.jointplan.service.Change;
import org.jointplan.service.LocalUser;
import org.jointplan.service.PlanSession;
import org.jointplan.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Edits one action as the window would: the same rules, the same change stamps, one transaction. */
@Command(name = "update", mixinStandardHelpOptions = true,
        description = "Change one action (ids are shown by list). A note is added to its progress log.")
final class UpdateCommand implements Callable<Integer> {
    @ParentCommand
    JointPlanCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ACTION-ID", converter = IdConverter.Action.class,
            description = "The action's id.")
    UUID actionId;

    @Option(names = "--status", paramLabel = "S", description = "not_started, on_track, at_risk, off_track or"
            + " complete.")
    String status;

    @Option(names = "--start", paramLabel = "D", description = "Start date, e.g. 01/07/2025.")
    String start;

    @Option(names = "--due", paramLabel = "D", description = "Due date, e.g. 31/03/2026.")
    String due;

    @Option(names = "--owner", paramLabel = "O", description = "The action's owner.")
    String owner;

    @Option(names = "--percent", paramLabel = "N", description = "Percent complete, 0 to 100.")
    Integer percent;

    @Option(names = "--note", paramLabel = "TEXT", description = "A progress update to log, dated today.")
    String note;

    @Override
    public Integer call() {
        if (status == null && start == null && due == null && owner == null && percent == null && note == null) {
            throw new ParameterException(spec.commandLine(), "Nothing to change: give at least one option");
        }
        try (Workspace workspace = root.openWorkspace()) {
            PlanData plan = workspace.plans().stream().map(p -> workspace.plan(p.id()).orElseThrow())
                    .filter(p -> p.action(actionId).isPresent()).findFirst()
                    .orElseThrow(() -> new ValidationException("No action in the store has the id " + actionId
                            + "; list shows each action's id."));
            Action before = plan.action(actionId).orElseThrow();
            Action.Builder edit = before.toBuilder();
            if (status != null) {
                edit.status(Status.fromCode(status));
            }
            if (percent != null) {
                edit.percentComplete(percent);
            }
            if (start != null) {
                edit.start(UkDates.parse(start));
            }
            if (due != null) {
                edit.due(UkDates.parse(due));
            }
            if (owner != null) {
                edit.owner(owner);
            }
            Action after = edit.build();
            LocalUser user = LocalUser.of(workspace.store());
            List<Stamped> saves = new ArrayList<>();
            if (!after.equals(before)) {
                saves.add(after);
            }
            if (note != null) {
                saves.add(new ProgressUpdate(Ids.newId(), actionId, LocalDate.now(), note, after.status(),
                        user.person(), user.stampNow()));
            }
            if (saves.isEmpty()) {
                spec.commandLine().getOut().println("Nothing to change: the action already has these values.");
                return 0;
            }
            new PlanSession(workspace.store(), user, plan).apply(new Change("Update action", List.of(), saves));
            spec.commandLine().getOut().println("Updated '" + after.title() + "': " + UkDates.numeric(after.start())
                    + " to " + UkDates.numeric(after.due()) + ", " + after.status().label() + ", "
                    + after.percentComplete() + "%.");
            return 0;
        }
    }
}

package org.jointplan.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.jointplan.domain.Action;
import org.jointplan.domain.DateMove;
import org.jointplan.domain.Ids;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.ProgressUpdate;
import org.jointplan.domain.Stamped;
import org.jointplan.domain.Status;
import org.jointplan.domain.UkDates;
import org.jointplan.domain.ValidationException;
import org.jointplan.service.Baselines;
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
            + " complete, or the BRAG colour: blue, green, amber, red or grey.")
    String status;

    @Option(names = "--status-reason", paramLabel = "TEXT", description = "Why the action has its status (an"
            + " amber or red rating needs one); an empty TEXT clears it.")
    String statusReason;

    @Option(names = "--start", paramLabel = "D", description = "Start date, e.g. 01/07/2025.")
    String start;

    @Option(names = "--due", paramLabel = "D", description = "Due date, e.g. 31/03/2026.")
    String due;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why the due date moves: needed to move it past"
            + " the agreed baseline; kept with the move.")
    String reason;

    @Option(names = "--corrective", paramLabel = "TEXT", description = "What is being done about an amber or red"
            + " rating; an empty TEXT clears it.")
    String corrective;

    @Option(names = "--decision", paramLabel = "TEXT", description = "A decision the committee is asked for (the"
            + " decision-needed flag); an empty TEXT clears it.")
    String decision;

    @Option(names = "--owner", paramLabel = "O", description = "The action's owner.")
    String owner;

    @Option(names = "--percent", paramLabel = "N", description = "Percent complete, 0 to 100.")
    Integer percent;

    @Option(names = "--note", paramLabel = "TEXT", description = "A progress update to log, dated today.")
    String note;

    @Override
    public Integer call() {
        if (status == null && start == null && due == null && owner == null && percent == null && note == null
                && statusReason == null && corrective == null && decision == null) {
            throw new ParameterException(spec.commandLine(), reason != null
                    ? "--reason is the reason for moving the due date; give it with --due"
                    : "Nothing to change: give at least one option");
        }
        if (reason != null && start == null && due == null) {
            throw new ParameterException(spec.commandLine(),
                    "--reason is the reason for moving the due date; give it with --due");
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
            if (statusReason != null) {
                edit.statusReason(statusReason);
            }
            if (corrective != null) {
                edit.correctiveAction(corrective);
            }
            if (decision != null) {
                edit.decisionNeeded(decision);
            }
            Action after = edit.build();
            // the baseline's rule (a reason past it) and the record of the move come from the same service as the
            // window's; the move is saved after the action it belongs to
            List<Stamped> moves = Baselines.moveAction(plan, actionId, after.start(), after.due(), reason).saves()
                    .stream().filter(DateMove.class::isInstance).toList();
            LocalUser user = LocalUser.of(workspace.store());
            List<Stamped> saves = new ArrayList<>();
            if (!after.equals(before)) {
                saves.add(after);
                saves.addAll(moves);
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

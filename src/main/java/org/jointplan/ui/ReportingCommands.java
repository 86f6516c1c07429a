package org.jointplan.ui;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import org.jointplan.domain.UkDates;
import org.jointplan.domain.ValidationException;
import org.jointplan.service.Baselines;
import org.jointplan.service.ReportingCycle;

/**
 * The Plan menu's reporting commands: agree the baseline, record the position as at a date, list the snapshots.
 * Each edit is one undoable change saved through the task runner; a refusal is told as one sentence.
 */
final class ReportingCommands {
    private final OpenPlan open;

    ReportingCommands(OpenPlan open) {
        this.open = open;
    }

    void agreeBaseline() {
        long without = open.model().plan().actions().stream().filter(a -> !a.hasBaseline()).count();
        if (without == 0) {
            open.notices().info("Nothing to agree", "Every action of the plan already has its baseline.");
            return;
        }
        String first = Baselines.agreed(open.model().plan()) ? "" : " The milestones' dates become their baseline too.";
        if (!Confirmations.ask(open.owner(), "Agree the baseline", "Fix the start and due dates of the " + without
                + " actions without a baseline as the dates agreed." + first + " After that, moving a due date past"
                + " its baseline needs a reason, and every move is kept for the committee.", "Agree the baseline")) {
            return;
        }
        AtomicReference<Baselines.Agreed> agreed = new AtomicReference<>();
        open.model().apply(plan -> {
            agreed.set(Baselines.agree(plan));
            if (agreed.get().baselined() == 0) {
                throw new ValidationException("Every action of the plan already has its baseline.");
            }
            return agreed.get().change();
        }, () -> open.notices().info("Baseline agreed", howMany(agreed.get())),
                message -> open.notices().info("The baseline was not agreed", message));
    }

    private static String howMany(Baselines.Agreed agreed) {
        String now = agreed.baselined() == 1 ? "1 action now has a baseline" : agreed.baselined()
                + " actions now have a baseline";
        return now + (agreed.alreadyBaselined() == 0 ? "." : "; " + agreed.alreadyBaselined()
                + (agreed.alreadyBaselined() == 1 ? " already had one." : " already had theirs."));
    }

    /** Asks for the date and label; a date that already has a snapshot asks before replacing it. */
    void recordPosition() {
        LocalDate today = open.workspace().today();
        new RecordPositionDialog(open.owner(), today).show(position -> {
            var existing = ReportingCycle.snapshotAt(open.model().plan(), position.asAt());
            boolean replace = existing.isPresent();
            if (replace && !Confirmations.ask(open.owner(), "Replace the snapshot?", "There is already a snapshot as"
                    + " at " + UkDates.numeric(position.asAt()) + (existing.get().label().isEmpty() ? ""
                    : " (" + existing.get().label() + ")") + ". Replace it with the position now?", "Replace it")) {
                return;
            }
            open.model().apply(plan -> ReportingCycle.recordSnapshot(plan, position.asAt(), position.label(), today,
                    replace), () -> open.notices().info("Position recorded", recorded(position)),
                    message -> open.notices().info("The position was not recorded", message));
        });
    }

    private String recorded(RecordPositionDialog.Position position) {
        int actions = open.model().plan().actions().size();
        return "The position of " + actions + (actions == 1 ? " action" : " actions") + " is recorded as at "
                + UkDates.prose(position.asAt()) + (position.label().isBlank() ? "." : ", for " + position.label()
                + ".");
    }

    void snapshots() {
        new SnapshotsWindow(open.owner(), open.model()).show();
    }
}

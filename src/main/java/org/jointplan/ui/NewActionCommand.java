package org.jointplan.ui;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;
import org.jointplan.domain.Priority;
import org.jointplan.service.Change;
import org.jointplan.service.Edits;
import org.jointplan.ui.model.PlanViewModel;

/** Edit > New action: an action in the selected action's priority (else the first one in use), saved at once. */
final class NewActionCommand implements Command {
    private final OpenPlan open;
    private final Consumer<UUID> onAdded;

    /** @param onAdded runs on the UI thread with the new action's id once it is saved */
    NewActionCommand(OpenPlan open, Consumer<UUID> onAdded) {
        this.open = open;
        this.onAdded = onAdded;
    }

    @Override
    public void execute() {
        PlanViewModel model = open.model();
        UUID priority = model.selectedAction().map(a -> a.priorityId())
                .orElse(model.plan().priorities().stream().filter(p -> !p.retired()).findFirst()
                        .map(Priority::id).orElse(null));
        if (priority == null) {
            open.notices().info("Add a priority first", "A new action belongs to a priority; this plan has none yet.");
            return;
        }
        Change change = Edits.newAction(model.plan(), priority, LocalDate.now());
        UUID id = change.saves().get(0).id();
        model.apply(p -> change, () -> onAdded.accept(id),
                message -> open.notices().info("The action was not added", message));
    }
}

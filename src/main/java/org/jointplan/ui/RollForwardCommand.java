package org.jointplan.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import org.jointplan.service.RollForward;

/** File > New plan from this one: next financial year's plan, the unfinished actions carried forward. */
final class RollForwardCommand implements Command {
    private final OpenPlan open;

    RollForwardCommand(OpenPlan open) {
        this.open = open;
    }

    @Override
    public void execute() {
        var from = open.model().plan();
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "Make the " + from.plan().financialYear().next()
                + " plan from this one? Partners, priorities and measures are copied and the actions not yet"
                + " complete are carried forward. This plan stays as it is.", ButtonType.CANCEL, ButtonType.OK);
        confirm.setHeaderText("New plan from this one");
        confirm.initOwner(open.owner());
        if (confirm.showAndWait().filter(ButtonType.OK::equals).isEmpty()) {
            return;
        }
        var next = RollForward.nextYear(from, open.user().stampNow());
        open.model().background(() -> {
            open.workspace().addPlan(next);
            return next;
        }, open.show(), message -> open.notices().info("The new plan was not made", message));
    }
}

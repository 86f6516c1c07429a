package org.jointplan.ui;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.Stage;
import org.jointplan.domain.PlanData;
import org.jointplan.service.LocalUser;
import org.jointplan.service.TaskRunner;
import org.jointplan.service.Workspace;
import org.jointplan.ui.model.PlanViewModel;

/**
 * What the commands of the main window act on: the plan shown, its store, who is editing, the background runner,
 * and what only the window can do (show another plan). Commands get this instead
 * of the window itself, so that the window, its menus and its commands do not call each other in a loop.
 *
 * @param owner    the window that owns the commands' dialogs
 * @param show     shows another plan of the store in the window
 * @param currentUser who is editing now (Preferences can change it while the plan is open)
 */
record OpenPlan(Stage owner, PlanViewModel model, Workspace workspace, Supplier<LocalUser> currentUser,
                TaskRunner tasks, Notices notices, Consumer<PlanData> show) {

    LocalUser user() {
        return currentUser.get();
    }
}

package org.jointplan.ui;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.Stage;
import org.jointplan.domain.Plan;
import org.jointplan.domain.PlanData;
import org.jointplan.service.LocalUser;
import org.jointplan.service.TaskRunner;
import org.jointplan.service.Workspace;
import org.jointplan.ui.model.PlanViewModel;

/**
 * What the commands of the main window act on: the plan shown, its store, who is editing, the background runner,
 * and the two things only the window can do (show another plan, list the store's plans). Commands get this instead
 * of the window itself, so that the window, its menus and its commands do not call each other in a loop.
 *
 * @param owner    the window that owns the commands' dialogs
 * @param show     shows another plan of the store in the window
 * @param plans    the store's plans as last listed
 */
record OpenPlan(Stage owner, PlanViewModel model, Workspace workspace, LocalUser user, TaskRunner tasks,
                Notices notices, Consumer<PlanData> show, Supplier<List<Plan>> plans) {
}

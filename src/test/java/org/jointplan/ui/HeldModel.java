package org.jointplan.ui;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import org.jointplan.domain.PlanData;
import org.jointplan.service.LocalUser;
import org.jointplan.service.PlanSession;
import org.jointplan.service.Workspace;
import org.jointplan.testsupport.HeldTaskRunner;
import org.jointplan.testsupport.OctoberSample;
import org.jointplan.ui.model.PlanViewModel;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The sample plan as it stood in October 2024, before its reporting cycle, in a real store, behind a view model
 * whose store thread a test can hold and release.
 */
public final class HeldModel implements AutoCloseable {
    public final Path store;
    public final HeldTaskRunner tasks = new HeldTaskRunner(Platform::runLater);
    public final PlanViewModel model;
    private final Workspace workspace;

    public HeldModel(Path store) {
        this.store = java.nio.file.Files.exists(store) ? store : OctoberSample.store(store);
        workspace = Workspace.open(store);
        PlanData plan = workspace.defaultPlan().orElseThrow();
        model = new PlanViewModel(tasks, new PlanSession(workspace.store(), new LocalUser("County", "Officer"), plan));
    }

    public Workspace workspace() {
        return workspace;
    }

    public static void await(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Override
    public void close() {
        tasks.close();
        workspace.close();
    }
}

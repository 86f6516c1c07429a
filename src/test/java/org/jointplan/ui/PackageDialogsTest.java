package org.jointplan.ui;

import static org.jointplan.testsupport.PlanAssertions.assertSamePlan;
import static org.jointplan.testsupport.PlanAssertions.withoutPrivateNotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.jointplan.domain.PlanData;
import org.jointplan.service.BackgroundTaskRunner;
import org.jointplan.service.ExportOptions;
import org.jointplan.service.LocalUser;
import org.jointplan.service.MergeService;
import org.jointplan.service.PackageOpener;
import org.jointplan.service.PackageService;
import org.jointplan.service.Workspace;
import org.jointplan.store.Store;
import org.jointplan.testsupport.PlanGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class PackageDialogsTest {
    @TempDir
    Path dir;

    private Stage stage;
    private BackgroundTaskRunner tasks;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        tasks = new BackgroundTaskRunner(Platform::runLater);
        stage.setScene(new Scene(new StackPane(), 400, 300)); // the owner a modal progress window disables
        stage.show();
    }

    @AfterEach
    void stop() {
        tasks.close();
    }

    @Test
    void exportThenImportRunOffTheFxThreadWithProgress(FxRobot robot) throws Exception {
        PlanData plan = PlanGenerator.plan(200, 41);
        Path officer = dir.resolve("officer.sqlite");
        try (Store store = Store.open(officer)) {
            store.write("the plan", w -> w.savePlan(plan));
        }
        Path pkg = dir.resolve("plan.jplan");
        try (Workspace workspace = Workspace.open(officer)) {
            Task<PackageService.Exported> export = PackageDialogs.exportTask(new PackageService(), workspace,
                    plan.id(), pkg, ExportOptions.protectedBy("passphrase".toCharArray()),
                    new LocalUser("Org", "Person"));
            assertTrue(runAndWait(robot, export).encrypted());
            assertEquals(1.0, WaitForAsyncUtils.asyncFx(export::getProgress).get(), 0.11, "the bar ends near full");
        }
        try (Workspace workspace = Workspace.open(dir.resolve("partner.sqlite"))) {
            char[] passphrase = "passphrase".toCharArray();
            Task<PackageOpener.Opened> open = PackageDialogs.openTask(opener(), workspace, pkg, passphrase);
            var added = (PackageOpener.Added) runAndWait(robot, open);
            assertEquals(plan.id(), added.imported().planId());
            assertSamePlan(withoutPrivateNotes(plan), workspace.plan(plan.id()).orElseThrow());
            assertEquals(new String(new char[10]), new String(passphrase), "the passphrase is cleared after use");
        }
    }

    @Test
    void aCancelledImportLeavesTheStoreAsItWas(FxRobot robot) throws Exception {
        Path pkg = dir.resolve("plan.jplan");
        try (Store store = Store.open(dir.resolve("officer.sqlite"))) {
            PlanData plan = PlanGenerator.plan(50, 42);
            store.write("the plan", w -> w.savePlan(plan));
            new PackageService().exportPlan(store, null, pkg, null, new LocalUser("", ""), f -> { });
        }
        try (Workspace workspace = Workspace.open(dir.resolve("partner.sqlite"))) {
            int before = workspace.plans().size();
            Task<PackageOpener.Opened> open = PackageDialogs.openTask(opener(), workspace, pkg, null);
            open.cancel(false); // as the Cancel button does, here before the work even starts
            CompletableFuture<Object> failed = new CompletableFuture<>();
            robot.interact(() -> PackageDialogs.run(stage, "Opening the package", open,
                    PackageDialogs.onStoreThread(tasks), failed::complete, failed::complete));
            CompletableFuture<Object> drained = new CompletableFuture<>(); // queued behind the task
            tasks.run(() -> null, drained::complete, drained::completeExceptionally);
            drained.get(10, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(open.isCancelled());
            assertFalse(failed.isDone(), "a cancel is not reported as a failure");
            assertEquals(before, workspace.plans().size());
            assertTrue(Files.exists(pkg));
        }
    }

    private static PackageOpener opener() {
        PackageService packages = new PackageService();
        return new PackageOpener(packages, new MergeService(packages));
    }

    private <T> T runAndWait(FxRobot robot, Task<T> task) throws Exception {
        CompletableFuture<T> done = new CompletableFuture<>();
        robot.interact(() -> PackageDialogs.run(stage, "Working", task, PackageDialogs.onStoreThread(tasks),
                done::complete, done::completeExceptionally));
        return done.get(30, TimeUnit.SECONDS); // completes only through onDone: a failure completes it exceptionally
    }
}

package org.jointplan.ui;

import static org.jointplan.testsupport.DbProbe.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.jointplan.service.Workspace;
import org.jointplan.testsupport.PlanGenerator;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Help > Restore a backup…, and the plan-package hook, on the real window and a real store. */
class SupportMenuTest extends OpenWindowTest {
    /** A store with a backup of the sample plan, and a second plan added after it. */
    @Override
    protected void prepareStore() {
        try (Workspace workspace = Workspace.open(store)) {
            workspace.store().backup();
            workspace.addPlan(PlanGenerator.plan(12, 3));
        }
    }

    @Test
    void restoringABackupFromTheHelpMenuPutsItInPlaceAndKeepsTheCurrentStoreAsABackup(FxRobot robot)
            throws Exception {
        assertEquals(2, count(store, "SELECT count(*) FROM plan"));
        robot.clickOn("Help").clickOn("Restore a backup…");
        WindowFixture.await(() -> robot.lookup("Backups, newest first:").tryQuery().isPresent());
        robot.clickOn("Restore");
        DialogPane confirm = WindowFixture.awaitDialog(robot, "Restore the backup of ");
        assertTrue(confirm.getContentText().contains("JointPlan keeps a backup of the store as it is now"),
                confirm.getContentText());
        robot.clickOn(robot.from(confirm).lookup("Restore").queryButton());
        DialogPane done = WindowFixture.awaitDialog(robot, "Restore a backup");
        assertTrue(done.getContentText().startsWith("The backup is restored."), done.getContentText());
        assertEquals(1, count(store, "SELECT count(*) FROM plan"), "the plan added after the backup is gone");
        try (var backups = Files.list(store.resolveSibling(store.getFileName() + ".backups"))) {
            assertEquals(2, backups.count(), "the store as it was is kept as a backup");
        }
        robot.clickOn(robot.from(done).lookup("OK").queryButton());
        assertEquals(29, fixture.model().plan().actions().size(), "the window shows the restored plan");
        assertTrue(robot.lookup(".actions-table").tryQuery().isPresent(), "and is usable");
    }

    @Test
    void cancellingTheConfirmationChangesNothing(FxRobot robot) throws Exception {
        robot.clickOn("Help").clickOn("Restore a backup…");
        WindowFixture.await(() -> robot.lookup("Backups, newest first:").tryQuery().isPresent());
        robot.clickOn("Restore");
        DialogPane confirm = WindowFixture.awaitDialog(robot, "Restore the backup of ");
        robot.clickOn(robot.from(confirm).lookup("Cancel").queryButton());
        assertEquals(2, count(store, "SELECT count(*) FROM plan"));
    }

    @Test
    void aPlanPackageGetsAPlainMessageAndTheWindowStaysUsable(FxRobot robot) throws Exception {
        Path planPackage = Files.writeString(dir.resolve("from-the-icb.jplan"), "PK");
        robot.interact(() -> fixture.window.openPackage(planPackage));
        DialogPane message = WindowFixture.awaitDialog(robot, "The package was not opened");
        assertTrue(message.getContentText().contains("from-the-icb.jplan"), message.getContentText());
        assertTrue(!message.getContentText().contains("Exception"), message.getContentText());
        robot.interact(() -> ((javafx.stage.Stage) message.getScene().getWindow()).close());

        robot.interact(() -> fixture.window.openPackage(dir.resolve("missing.jplan")));
        DialogPane refused = WindowFixture.awaitDialog(robot, "The package was not opened");
        assertTrue(refused.getContentText().contains("missing.jplan"), refused.getContentText());
        robot.interact(() -> ((javafx.stage.Stage) refused.getScene().getWindow()).close());
        int actions = fixture.model().plan().actions().size();
        robot.clickOn("Edit").clickOn("New action");
        WindowFixture.await(() -> fixture.model().plan().actions().size() == actions + 1);
    }

    @Test
    void aStoreThatCannotBeOpenedCanBeReplacedByItsBackupFromTheWindow(FxRobot robot) throws Exception {
        robot.interact(fixture::close);
        WindowFixture.await(() -> !java.nio.file.Files.exists(store.resolveSibling(store.getFileName() + "-wal")));
        byte[] bytes = Files.readAllBytes(store);
        Files.write(store, java.util.Arrays.copyOf(bytes, 3 * 4096));
        Stage stage = robot.listTargetWindows().stream().filter(Stage.class::isInstance).map(Stage.class::cast)
                .findFirst().orElseThrow();
        robot.interact(() -> fixture = new WindowFixture(stage, store));
        fixture.open(robot);
        WindowFixture.await(() -> robot.lookup("Restore a backup…").tryQuery().isPresent());
        robot.clickOn("Restore a backup…");
        WindowFixture.await(() -> robot.lookup("Backups, newest first:").tryQuery().isPresent());
        robot.clickOn("Restore");
        DialogPane confirm = WindowFixture.awaitDialog(robot, "Restore the backup of ");
        robot.clickOn(robot.from(confirm).lookup("Restore").queryButton());
        DialogPane done = WindowFixture.awaitDialog(robot, "Restore a backup");
        assertTrue(done.getContentText().contains(".set-aside"), done.getContentText());
        robot.clickOn(robot.from(done).lookup("OK").queryButton());
        assertEquals(1, count(store, "SELECT count(*) FROM plan"));
        assertEquals(29, fixture.model().plan().actions().size(), "the window shows the restored plan");
    }
}

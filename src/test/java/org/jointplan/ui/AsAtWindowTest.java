package org.jointplan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.Status;
import org.jointplan.service.Change;
import org.jointplan.service.Edits;
import org.jointplan.service.PlanFields;
import org.jointplan.service.ReportingCycle;
import org.jointplan.testsupport.OctoberSample;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The window's as-at choice, the exceptions tab, and the plan's own BRAG words in the table and navigator. */
class AsAtWindowTest extends OpenWindowTest {
    /** The sample as it stood in October 2024: the reporting cycle starts from no report. */
    @Override
    protected void prepareStore() {
        OctoberSample.store(store);
    }


    private void apply(FxRobot robot, Function<PlanData, Change> edit) throws Exception {
        AtomicBoolean saved = new AtomicBoolean();
        robot.interact(() -> fixture.model().apply(edit, () -> saved.set(true), m -> { }));
        WindowFixture.await(saved::get);
    }

    private PlanScreen screen(FxRobot robot) {
        return robot.lookup(n -> n instanceof PlanScreen).queryAs(PlanScreen.class);
    }

    @Test
    void theTableTheNavigatorAndTheFilterSpeakThePlansBragWords(FxRobot robot) throws Exception {
        apply(robot, p -> Edits.editPlan(p, PlanFields.BRAG_KEY, p.plan().bragKey().with(Status.ON_TRACK,
                "Green: on plan", "Delivering to the agreed plan")));
        PlanScreen screen = screen(robot);
        var rows = screen.table().table().getItems();
        var onTrack = rows.stream().filter(r -> r.action().status() == Status.ON_TRACK).findFirst().orElseThrow();
        assertTrue(onTrack.statusText().startsWith("Green: on plan · "), onTrack.statusText());
        boolean anyLane = screen.navigator().getRoot().getChildren().stream()
                .anyMatch(lane -> lane.getValue().text().contains("Green: on plan"));
        assertTrue(anyLane, "the navigator counts in the plan's words");
        assertTrue(robot.lookup(".combo-box").queryAll().stream()
                .map(n -> (javafx.scene.control.ComboBox<?>) n).flatMap(c -> c.getItems().stream())
                .anyMatch(c -> String.valueOf(c).contains("Green: on plan")), "the status filter too");
    }

    @Test
    void aDateBeforeTheFirstReportIsRefusedWithASentenceAndNothingChanges(FxRobot robot) throws Exception {
        LocalDate today = LocalDate.now();
        apply(robot, p -> ReportingCycle.recordSnapshot(p, LocalDate.of(2024, 9, 30), "Q2", today, false));
        AsAtChooser chooser = new AsAtChooser(new OpenPlan(stage, fixture.model(), null, null, null,
                Notices.alerts(stage), null));
        robot.interact(() -> chooser.show(LocalDate.of(2024, 6, 30)));
        DialogPane refusal = WindowFixture.awaitDialog(robot, "The plan is shown as it was");
        assertTrue(refusal.getContentText().startsWith("There is no earlier report"), refusal.getContentText());
        robot.interact(() -> ((javafx.scene.control.Button) refusal.lookupButton(ButtonType.OK)).fire());
        assertNull(fixture.model().asAtProperty().get(), "still as at today");
        assertFalse(fixture.model().isReadOnly());
    }

    @Test
    void asAtADateAfterTheLastReportThePlanStaysEditableAndOverdueIsJudgedThen(FxRobot robot) throws Exception {
        PlanScreen screen = screen(robot);
        long overdueToday = screen.table().table().getItems().stream().filter(ActionsTable.ActionRow::overdue)
                .count();
        robot.interact(() -> fixture.model().asAtProperty().set(LocalDate.of(2025, 3, 31)));
        assertFalse(fixture.model().isReadOnly(), "no snapshot: the plan itself, judged at the date");
        long overdueThen = screen.table().table().getItems().stream().filter(ActionsTable.ActionRow::overdue)
                .count();
        assertTrue(overdueThen < overdueToday, overdueThen + " overdue at 31/03/2025, " + overdueToday + " today");
        assertTrue(stage.getTitle().contains("as at 31/03/2025"), stage.getTitle());
        assertFalse(stage.getTitle().contains("recorded"), stage.getTitle());
    }

    @Test
    void ctrl5ShowsTheExceptionsBesideTheTable(FxRobot robot) throws Exception {
        PlanScreen screen = screen(robot);
        assertFalse(screen.showsExceptions());
        robot.interact(() -> screen.table().table().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        WindowFixture.await(screen::showsExceptions);
        assertEquals(fixture.model().position().exceptions(), screen.exceptions().entries(),
                "every exception as at today, in order");
    }
}

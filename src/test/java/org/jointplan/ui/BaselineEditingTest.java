package org.jointplan.ui;

import static org.jointplan.testsupport.DbProbe.count;
import static org.jointplan.testsupport.DbProbe.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.jointplan.domain.Action;
import org.jointplan.domain.Milestone;
import org.jointplan.domain.UkDates;
import org.jointplan.service.Baselines;
import org.jointplan.ui.timeline.TimelineEdit;
import org.jointplan.ui.timeline.TimelineEditEvent;
import org.jointplan.ui.timeline.TimelineView;
import org.jointplan.testsupport.OctoberSample;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The editor's corrective action and decision, and moves past the agreed baseline: the editor, a timeline drag and a
 * milestone's date each ask why, keep the move with its reason, and change nothing when the question is cancelled.
 */
class BaselineEditingTest extends OpenWindowTest {
    /** The sample as it stood in October 2024: the baseline is agreed by each test itself. */
    @Override
    protected void prepareStore() {
        OctoberSample.store(store);
    }


    private UUID select(FxRobot robot, UUID id) throws Exception {
        robot.interact(() -> fixture.model().selectedActionIdProperty().set(id));
        WindowFixture.await(() -> robot.lookup(".editor-heading").tryQuery().map(Node::isVisible).orElse(false));
        return id;
    }

    private UUID selectFirst(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup(".actions-table").queryAs(TableView.class);
        robot.interact(() -> table.getSelectionModel().select(0));
        return select(robot, fixture.model().selectedActionIdProperty().get());
    }

    private String column(UUID action, String column) {
        return text(store, "SELECT " + column + " FROM action WHERE id = ?", action);
    }

    private <T extends Node> T named(FxRobot robot, String name) {
        return robot.lookup(n -> n instanceof javafx.scene.control.Control c && name.equals(c.getAccessibleText()))
                .query();
    }

    private void typeDate(FxRobot robot, String name, LocalDate date) {
        javafx.scene.control.DatePicker picker = named(robot, name);
        robot.interact(() -> picker.getEditor().requestFocus());
        robot.interact(() -> picker.getEditor().selectAll());
        robot.write(UkDates.numeric(date));
        robot.type(KeyCode.ENTER);
    }

    private void agreeTheBaseline() throws Exception {
        robot().interact(() -> fixture.model().apply(p -> Baselines.agree(p).change()));
        WindowFixture.await(() -> count(store, "SELECT count(*) FROM action WHERE baseline_due IS NULL") == 0);
    }

    private static FxRobot robot() {
        return new FxRobot();
    }

    private DialogPane reasonDialog(FxRobot robot) throws Exception {
        return WindowFixture.awaitDialog(robot, "Why does");
    }

    private void answer(FxRobot robot, DialogPane dialog, String reason) {
        TextField field = robot.from(dialog).lookup(".text-field").queryAs(TextField.class);
        robot.interact(() -> field.setText(reason));
        press(robot, dialog, ButtonBar.ButtonData.OK_DONE);
    }

    private void press(FxRobot robot, DialogPane dialog, ButtonBar.ButtonData which) {
        Button button = (Button) dialog.getButtonTypes().stream().filter(t -> t.getButtonData() == which)
                .map(dialog::lookupButton).findFirst().orElseThrow();
        robot.interact(button::fire);
    }

    @Test
    void theCorrectiveActionAndTheDecisionNeededAreSaved(FxRobot robot) throws Exception {
        UUID id = selectFirst(robot);
        TextInputControl corrective = named(robot, "Corrective action");
        TextField decision = named(robot, "Decision needed");
        TextField title = named(robot, "Title");
        robot.interact(() -> {
            corrective.requestFocus();
            corrective.setText("Extra sessions booked in the Family Hubs.");
            title.requestFocus();
        });
        WindowFixture.await(() -> "Extra sessions booked in the Family Hubs.".equals(column(id, "corrective_action")));
        robot.interact(() -> {
            decision.requestFocus();
            decision.setText("Agree the funding for a second year");
            decision.fireEvent(new javafx.event.ActionEvent());
        });
        WindowFixture.await(() -> "Agree the funding for a second year".equals(column(id, "decision_needed")));
        assertEquals("Change decision needed", fixture.model().undoTextProperty().get());
    }

    @Test
    void movingTheDueDatePastTheBaselineAsksWhyAndKeepsTheMove(FxRobot robot) throws Exception {
        agreeTheBaseline();
        UUID id = selectFirst(robot);
        Action action = fixture.model().plan().action(id).orElseThrow();
        Label baseline = robot.lookup(".baseline-dates").queryAs(Label.class);
        assertEquals("Baseline: " + UkDates.numeric(action.baselineStart()) + " – "
                + UkDates.numeric(action.baselineDue()), baseline.getText());

        LocalDate later = action.baselineDue().plusDays(30);
        typeDate(robot, "Due date", later);
        answer(robot, reasonDialog(robot), "The provider asked for another month.");
        WindowFixture.await(() -> later.toString().equals(column(id, "due_date")));
        assertEquals("The provider asked for another month.", text(store,
                "SELECT reason FROM date_move WHERE action_id = ?", id));
        WindowFixture.await(() -> baseline.getText().endsWith(", slipped 30 days"));

        robot.interact(fixture.model()::undo);
        WindowFixture.await(() -> action.due().toString().equals(column(id, "due_date")));
        assertEquals(0, count(store, "SELECT count(*) FROM date_move WHERE action_id = ?", id));
    }

    @Test
    void cancellingTheQuestionLeavesTheActionAsItWas(FxRobot robot) throws Exception {
        agreeTheBaseline();
        UUID id = selectFirst(robot);
        Action action = fixture.model().plan().action(id).orElseThrow();
        typeDate(robot, "Due date", action.baselineDue().plusDays(14));
        press(robot, reasonDialog(robot), ButtonBar.ButtonData.CANCEL_CLOSE);
        javafx.scene.control.DatePicker due = named(robot, "Due date");
        WindowFixture.await(() -> UkDates.numeric(action.due()).equals(due.getEditor().getText()));
        assertEquals(action.due().toString(), column(id, "due_date"));
        assertEquals(0, count(store, "SELECT count(*) FROM date_move"));
    }

    @Test
    void aDueDateBeforeTheBaselineIsKeptWithoutAQuestion(FxRobot robot) throws Exception {
        agreeTheBaseline();
        UUID id = selectFirst(robot);
        Action action = fixture.model().plan().action(id).orElseThrow();
        LocalDate earlier = action.baselineDue().minusDays(1);
        typeDate(robot, "Due date", earlier);
        WindowFixture.await(() -> earlier.toString().equals(column(id, "due_date")));
        assertEquals(1, count(store, "SELECT count(*) FROM date_move WHERE action_id = ?", id));
    }

    @Test
    void aTimelineDragPastTheBaselineAsksWhyAndCancellingPutsTheBarBack(FxRobot robot) throws Exception {
        agreeTheBaseline();
        Action action = fixture.model().plan().actions().get(0);
        TimelineView timeline = robot.lookup(".timeline-pane").queryAs(javafx.scene.layout.StackPane.class)
                .getChildren().stream().filter(TimelineView.class::isInstance).map(TimelineView.class::cast)
                .findFirst().orElseThrow();
        var moved = new TimelineEdit.ActionMoved(action.id(), action.start(), action.due(),
                action.start().plusDays(21), action.due().plusDays(21));
        robot.interact(() -> timeline.fireEvent(new TimelineEditEvent(timeline, timeline, moved)));
        press(robot, reasonDialog(robot), ButtonBar.ButtonData.CANCEL_CLOSE);
        WindowFixture.await(() -> robot.lookup(".dialog-pane").queryAll().isEmpty());
        assertEquals(action.due().toString(), column(action.id(), "due_date"));

        robot.interact(() -> timeline.fireEvent(new TimelineEditEvent(timeline, timeline, moved)));
        answer(robot, reasonDialog(robot), "Waiting for the consultant's review.");
        WindowFixture.await(() -> moved.newDue().toString().equals(column(action.id(), "due_date")));
        assertEquals(moved.newStart().toString(), column(action.id(), "start_date"));
        assertEquals("Waiting for the consultant's review.", text(store,
                "SELECT reason FROM date_move WHERE action_id = ?", action.id()));
    }

    @Test
    void aMilestoneMovedPastItsBaselineAsksWhy(FxRobot robot) throws Exception {
        agreeTheBaseline();
        Milestone m = fixture.model().plan().milestones().stream().filter(x -> x.actionId() != null
                && !x.achieved()).findFirst().orElseThrow();
        select(robot, m.actionId());
        LocalDate later = m.date().plusDays(10);
        typeDate(robot, "Date of " + m.title(), later);
        answer(robot, reasonDialog(robot), "The venue moved the event.");
        WindowFixture.await(() -> later.toString().equals(text(store, "SELECT due_date FROM milestone WHERE id = ?",
                m.id())));
        assertEquals("The venue moved the event.", text(store, "SELECT revision_reason FROM milestone WHERE id = ?",
                m.id()));
        assertEquals(m.date().toString(), text(store, "SELECT baseline_date FROM milestone WHERE id = ?", m.id()));
        assertTrue(count(store, "SELECT count(*) FROM date_move WHERE milestone_id = ?", m.id()) == 1);
    }
}

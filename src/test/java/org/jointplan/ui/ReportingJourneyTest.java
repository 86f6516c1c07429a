package org.jointplan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TreeItem;
import org.jointplan.domain.Action;
import org.jointplan.domain.Direction;
import org.jointplan.domain.Milestone;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.ReportPosition.ExceptionEntry;
import org.jointplan.domain.Status;
import org.jointplan.service.Baselines;
import org.jointplan.service.Change;
import org.jointplan.service.Edits;
import org.jointplan.service.ReportingCycle;
import org.jointplan.ui.timeline.TimelineView;
import org.jointplan.testsupport.OctoberSample;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * A quarter's report, end to end in the window: the position is recorded, statuses and dates change (with reasons),
 * a second position is recorded; shown as at it, the window gives directions of travel, the slipped milestone and
 * the exceptions, read-only, and says so in its title and status bar.
 */
class ReportingJourneyTest extends OpenWindowTest {
    /** The sample as it stood in October 2024: the journey records the reports of its year itself. */
    @Override
    protected void prepareStore() {
        OctoberSample.store(store);
    }

    private static final LocalDate Q2 = LocalDate.of(2024, 9, 30);
    private static final LocalDate Q3 = LocalDate.of(2024, 12, 31);

    private void apply(FxRobot robot, Function<PlanData, Change> edit) throws Exception {
        AtomicBoolean saved = new AtomicBoolean();
        AtomicReference<String> failed = new AtomicReference<>();
        robot.interact(() -> fixture.model().apply(edit, () -> saved.set(true), failed::set));
        WindowFixture.await(() -> saved.get() || failed.get() != null);
        assertEquals(null, failed.get(), "the edit was saved");
    }

    private static Action action(PlanData plan, String start) {
        return plan.actions().stream().filter(a -> a.title().startsWith(start)).findFirst().orElseThrow();
    }

    private static Milestone milestone(PlanData plan, String start) {
        return plan.milestones().stream().filter(m -> m.title().startsWith(start)).findFirst().orElseThrow();
    }

    @Test
    void recordChangeRecordAgainThenSeeDirectionsSlipsAndExceptionsAsAtTheSecondReport(FxRobot robot)
            throws Exception {
        PlanData start = fixture.model().plan();
        Action review = action(start, "Whole-system review of the SLCN");
        Action procure = action(start, "Procure the new jointly commissioned SLCN");
        Action training = action(start, "Deliver the SLCN early identification");
        Milestone spec = milestone(start, "SLCN service specification agreed");
        LocalDate today = LocalDate.now();

        apply(robot, p -> Baselines.agree(p).change());
        apply(robot, p -> ReportingCycle.recordSnapshot(p, Q2, "Q2 SCG", today, false));
        apply(robot, p -> Edits.editAction(action(p, review.title()).toBuilder().status(Status.OFF_TRACK)
                .statusReason("The consultant left in November").correctiveAction("Interim lead appointed")
                .build(), "status"));
        apply(robot, p -> Edits.editAction(action(p, procure.title()).toBuilder().status(Status.ON_TRACK)
                .statusReason("").build(), "status"));
        apply(robot, p -> Baselines.moveAction(p, training.id(), training.start(), training.due().plusMonths(3),
                "Schools asked for the summer term"));
        apply(robot, p -> Edits.editAction(action(p, training.title()).toBuilder()
                .decisionNeeded("SCG to agree the extension").build(), "decision"));
        apply(robot, p -> Baselines.moveMilestone(p, spec.id(), LocalDate.of(2025, 1, 31), "Legal review"));
        apply(robot, p -> ReportingCycle.recordSnapshot(p, Q3, "Q3 SCG", today, false));

        // show the plan as at the second report, through the toolbar's chooser
        robot.clickOn(".as-at-button");
        Node item = awaitNode(robot, "31/12/2024  ·  Q3 SCG");
        robot.clickOn(item);
        WindowFixture.await(() -> Q3.equals(fixture.model().asAtProperty().get()));

        assertTrue(stage.getTitle().contains("as at 31/12/2024 (recorded position)"), stage.getTitle());
        String statusBar = robot.lookup(".status-bar").queryLabeled().getText();
        assertTrue(statusBar.contains("as at 31/12/2024 (recorded position): read-only"), statusBar);
        TimelineView timeline = robot.lookup(n -> n instanceof TimelineView).queryAs(TimelineView.class);
        assertFalse(timeline.isEditable(), "a recorded position is not edited");
        assertEquals(Q3, timeline.getShownDate());

        // directions of travel in the table
        PlanScreen screen = robot.lookup(n -> n instanceof PlanScreen).queryAs(PlanScreen.class);
        var table = screen.table().table();
        @SuppressWarnings("unchecked")
        TableColumn<ActionsTable.ActionRow, Direction> direction = (TableColumn<ActionsTable.ActionRow, Direction>)
                table.getColumns().stream().filter(c -> c.getText().equals("Direction")).findFirst().orElseThrow();
        assertEquals(Direction.WORSE, directionOf(table.getItems(), direction, review));
        assertEquals(Direction.IMPROVED, directionOf(table.getItems(), direction, procure));
        assertEquals(Direction.NO_CHANGE, directionOf(table.getItems(), direction, training));

        // the navigator gives the SLCN priority its rating and direction in words
        String slcn = navigatorText(screen, review.priorityId());
        assertTrue(slcn.contains("↓ Worse") || slcn.contains("→ No change") || slcn.contains("↑ Improved"), slcn);

        // the exceptions: the off-track review with its reason, the slipped milestone, the decision needed
        robot.interact(() -> screen.showExceptions(true));
        List<ExceptionEntry> entries = screen.exceptions().entries();
        ExceptionEntry off = entries.stream().filter(e -> review.id().equals(e.actionId())).findFirst().orElseThrow();
        assertEquals(ExceptionEntry.Kind.OFF_TRACK, off.kind());
        assertEquals("The consultant left in November", off.reason());
        assertEquals("Interim lead appointed", off.correctiveAction());
        ExceptionEntry slipped = entries.stream().filter(e -> spec.id().equals(e.milestoneId())).findFirst()
                .orElseThrow();
        assertEquals(LocalDate.of(2025, 1, 31), slipped.date());
        assertEquals(spec.date(), slipped.previousDate(), "slipped since the last report");
        assertEquals("Legal review", slipped.reason());
        ExceptionEntry decision = entries.stream().filter(e -> training.id().equals(e.actionId())).findFirst()
                .orElseThrow();
        assertEquals("SCG to agree the extension", decision.decisionNeeded());
        assertEquals(training.due(), decision.previousDate(), "the due date before the move");
        assertTrue(fixture.model().position().slippedMilestones().stream()
                .anyMatch(s -> s.milestoneId().equals(spec.id()) && s.sinceLastReport()), "the slipped list");
        assertTrue(robot.lookup(".exceptions-heading").queryLabeled().getText()
                .startsWith(entries.size() + " exceptions as at 31/12/2024, against the report as at 30/09/2024"));

        // choosing an exception goes to it in the plan
        robot.interact(() -> screen.exceptions().choose(off));
        assertEquals(review.id(), fixture.model().selectedActionIdProperty().get());

        // back to today: editable again, and the title says nothing of a date
        robot.interact(() -> new AsAtChooser(new OpenPlan(stage, fixture.model(), null, null, null, null, null))
                .show(null));
        WindowFixture.await(() -> timeline.isEditable());
        assertFalse(stage.getTitle().contains("as at"), stage.getTitle());
    }

    private static Direction directionOf(List<ActionsTable.ActionRow> rows,
                                         TableColumn<ActionsTable.ActionRow, Direction> column, Action action) {
        ActionsTable.ActionRow row = rows.stream().filter(r -> r.action().id().equals(action.id())).findFirst()
                .orElseThrow();
        return column.getCellObservableValue(row).getValue();
    }

    private static String navigatorText(PlanScreen screen, java.util.UUID priorityId) {
        for (TreeItem<PlanNavigator.Entry> lane : screen.navigator().getRoot().getChildren()) {
            if (lane.getValue().priority().id().equals(priorityId)) {
                return lane.getValue().text();
            }
        }
        throw new AssertionError("no lane for the priority");
    }

    private static Node awaitNode(FxRobot robot, String textStart) throws Exception {
        AtomicReference<Node> found = new AtomicReference<>();
        WindowFixture.await(() -> {
            robot.lookup(n -> n instanceof Labeled l && l.getText() != null && l.getText().startsWith(textStart)
                    && n.isVisible()).tryQuery().ifPresent(found::set);
            return found.get() != null;
        });
        assertNotNull(found.get());
        return found.get();
    }
}

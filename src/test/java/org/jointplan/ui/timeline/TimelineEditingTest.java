package org.jointplan.ui.timeline;

import static org.jointplan.ui.timeline.Fixtures.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.jointplan.domain.Action;
import org.jointplan.domain.Milestone;
import org.jointplan.domain.PlanData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Dragging and keyboard moves on a shown timeline, with the robot: the edits it reports and what it shows. */
@ExtendWith(ApplicationExtension.class)
class TimelineEditingTest {
    private final List<TimelineEdit> edits = new CopyOnWriteArrayList<>();
    private TimelineView view;
    private PlanData plan;

    @Start
    void start(Stage stage) {
        plan = Fixtures.sample();
        view = new TimelineView(plan);
        view.setToday(Fixtures.AS_AT);
        view.setZoom(TimelineZoom.MONTH);
        view.setOnEdit(e -> edits.add(e.edit()));
        stage.setScene(new Scene(view, 1200, 760));
        stage.show();
    }

    /** Pans so that the action's bar starts 120 px into the chart, and returns its bounds on screen. */
    private Bounds barOnScreen(Action a) {
        return fx(() -> {
            view.setHorizontalOffset((a.start().toEpochDay() - view.getRangeStart().toEpochDay())
                    * view.getPixelsPerDay() - 120);
            view.scrollToAction(a.id());
            view.layout();
            return view.localToScreen(view.getBarBounds(a.id()).orElseThrow());
        });
    }

    private void dragBy(FxRobot robot, Point2D from, double dx) {
        robot.drag(from, MouseButton.PRIMARY).moveBy(dx / 2, 0).moveBy(dx - dx / 2, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Point2D middle(Bounds b) {
        return new Point2D(b.getMinX() + b.getWidth() / 2, b.getMinY() + b.getHeight() / 2);
    }

    private LocalDate shownStart(Action a) {
        return fx(() -> view.dateAt(view.getBarBounds(a.id()).orElseThrow().getMinX() + 0.5));
    }

    @Test
    void draggingABarMovesBothDatesByTheDaysDraggedAndFiresOneEdit(FxRobot robot) {
        Action a = Fixtures.action(plan, "Co-design the locality-based");
        dragBy(robot, middle(barOnScreen(a)), 10 * TimelineZoom.MONTH.pixelsPerDay());
        assertEquals(List.of(new TimelineEdit.ActionMoved(a.id(), a.start(), a.due(), a.start().plusDays(10),
                a.due().plusDays(10))), edits);
        assertEquals(a.start().plusDays(10), shownStart(a), "shown at once, before it is saved");
        assertEquals(a.start(), view.getPlan().action(a.id()).orElseThrow().start(), "the plan is not changed");
        assertEquals(a.id(), view.getSelectedActionId(), "pressing on a bar selects it");
        fx(() -> view.setPlan(PlanEdits.apply(plan, edits.get(0))));
        assertEquals(a.start().plusDays(10), shownStart(a));
        fx(() -> view.setPlan(plan));
        assertEquals(a.start(), shownStart(a), "replacing the plan drops the pending change");
    }

    @Test
    void withWeekSnappingADragMovesByWholeWeeks(FxRobot robot) {
        Action a = Fixtures.action(plan, "Co-design the locality-based");
        fx(() -> view.setSnap(TimelineSnap.WEEK));
        dragBy(robot, middle(barOnScreen(a)), 10 * TimelineZoom.MONTH.pixelsPerDay());
        dragBy(robot, middle(barOnScreen(a)), 11 * TimelineZoom.MONTH.pixelsPerDay());
        assertEquals(2, edits.size());
        TimelineEdit.ActionMoved first = (TimelineEdit.ActionMoved) edits.get(0);
        TimelineEdit.ActionMoved second = (TimelineEdit.ActionMoved) edits.get(1);
        assertEquals(a.start().plusDays(7), first.newStart(), "10 days snap to one week");
        assertEquals(first.newStart(), second.oldStart(), "the second drag starts from the first, unsaved");
        assertEquals(first.newStart().plusDays(14), second.newStart(), "11 days snap to two weeks");
        assertEquals(a.start().getDayOfWeek(), second.newStart().getDayOfWeek());
    }

    @Test
    void draggingTheDueEndBeforeTheStartStopsAtTheStart(FxRobot robot) {
        Action a = Fixtures.action(plan, "Co-design the locality-based");
        Bounds bar = barOnScreen(a);
        dragBy(robot, new Point2D(bar.getMaxX() - 2, bar.getMinY() + bar.getHeight() / 2),
                -(bar.getWidth() + 100));
        TimelineEdit.ActionMoved edit = (TimelineEdit.ActionMoved) edits.get(0);
        assertEquals(a.start(), edit.newStart(), "the start stays");
        assertEquals(a.start(), edit.newDue(), "due is never before start");
    }

    @Test
    void draggingTheStartEndChangesOnlyTheStartAndNeverPastTheDue(FxRobot robot) {
        Action a = Fixtures.action(plan, "Co-design the locality-based");
        Bounds bar = barOnScreen(a);
        Point2D startEnd = new Point2D(bar.getMinX() + 2, bar.getMinY() + bar.getHeight() / 2);
        dragBy(robot, startEnd, -5 * TimelineZoom.MONTH.pixelsPerDay());
        assertEquals(new TimelineEdit.ActionMoved(a.id(), a.start(), a.due(), a.start().minusDays(5), a.due()),
                edits.get(0));
        bar = barOnScreen(a);
        dragBy(robot, new Point2D(bar.getMinX() + 2, bar.getMinY() + bar.getHeight() / 2), bar.getWidth() + 100);
        TimelineEdit.ActionMoved second = (TimelineEdit.ActionMoved) edits.get(1);
        assertEquals(a.due(), second.newStart());
        assertEquals(a.due(), second.newDue());
    }

    @Test
    void draggingADiamondMovesTheMilestone(FxRobot robot) {
        Milestone m = Fixtures.milestone(plan, "SLCN service specification agreed");
        Action a = plan.action(m.actionId()).orElseThrow();
        barOnScreen(a);
        Point2D centre = fx(() -> view.localToScreen(view.getMilestoneCentre(m.id()).orElseThrow()));
        Point2D topTip = centre.subtract(0, view.look().barHeight / 2 + 2); // on the bar's end, the bar wins
        dragBy(robot, topTip, 6 * TimelineZoom.MONTH.pixelsPerDay());
        assertEquals(List.of(new TimelineEdit.MilestoneMoved(m.id(), m.date(), m.date().plusDays(6))), edits);
        assertEquals(m.id(), view.getSelectedMilestoneId());
    }

    @Test
    void arrowKeysMoveTheSelectedActionByADayAndWithShiftByAWeek(FxRobot robot) {
        Action a = Fixtures.action(plan, "Co-design the locality-based");
        robot.clickOn(middle(barOnScreen(a)));
        assertEquals(a.id(), view.getSelectedActionId());
        robot.type(KeyCode.RIGHT);
        robot.press(KeyCode.SHIFT).type(KeyCode.LEFT).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(
                new TimelineEdit.ActionMoved(a.id(), a.start(), a.due(), a.start().plusDays(1), a.due().plusDays(1)),
                new TimelineEdit.ActionMoved(a.id(), a.start().plusDays(1), a.due().plusDays(1),
                        a.start().minusDays(6), a.due().minusDays(6))), edits);
        assertEquals(a.start().minusDays(6), shownStart(a));
    }

    @Test
    void upAndDownMoveTheSelectionBetweenActions(FxRobot robot) {
        Action a = Fixtures.action(plan, "Co-design the locality-based");
        robot.clickOn(middle(barOnScreen(a)));
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Fixtures.action(plan, "Procure the new jointly").id(), view.getSelectedActionId());
        robot.type(KeyCode.UP).type(KeyCode.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Fixtures.action(plan, "Secure recurrent funding").id(), view.getSelectedActionId());
        assertTrue(edits.isEmpty());
    }

    @Test
    void aReadOnlyTimelineSelectsAndPansButNeverEdits(FxRobot robot) {
        Action a = Fixtures.action(plan, "Co-design the locality-based");
        fx(() -> view.setEditable(false));
        Bounds bar = barOnScreen(a);
        double offset = view.getHorizontalOffset();
        dragBy(robot, middle(bar), 60);
        assertEquals(offset - 60, view.getHorizontalOffset(), 1.5, "the drag panned the chart instead");
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.getHorizontalOffset() > offset - 60, "Right pans too");
        assertTrue(edits.isEmpty(), "no edit: " + edits);
        assertEquals(a.start(), shownStart(a));
        assertEquals(a.id(), view.getSelectedActionId());
    }

    @Test
    void escapeDuringADragPutsTheDatesBackAndFiresNothing(FxRobot robot) {
        Action a = Fixtures.action(plan, "Co-design the locality-based");
        robot.drag(middle(barOnScreen(a)), MouseButton.PRIMARY).moveBy(40, 0);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(a.start().plusDays(8), shownStart(a), "the bar follows the mouse");
        robot.type(KeyCode.ESCAPE);
        robot.drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(edits.isEmpty());
        assertEquals(a.start(), shownStart(a));
    }

    @Test
    void clickingALaneHeadingCollapsesAndOpensIt(FxRobot robot) {
        Action a = Fixtures.action(plan, "Co-design the locality-based");
        Point2D heading = fx(() -> {
            view.setVerticalOffset(0);
            view.layout();
            return view.localToScreen(40, view.getAxisHeight() + 10);
        });
        robot.clickOn(heading);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.getCollapsedPriorities().contains(a.priorityId()));
        assertTrue(fx(() -> view.getBarBounds(a.id()).isEmpty()));
        robot.clickOn(heading);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.getCollapsedPriorities().isEmpty());
        assertNull(view.getSelectedActionId());
    }
}

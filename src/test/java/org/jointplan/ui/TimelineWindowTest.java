package org.jointplan.ui;

import static org.jointplan.testsupport.DbProbe.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.UUID;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;
import org.jointplan.domain.Action;
import org.jointplan.ui.timeline.TimelineView;
import org.jointplan.ui.timeline.TimelineZoom;
import org.jointplan.testsupport.OctoberSample;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The timeline inside the real window: a drag lands in the database, Undo takes it back, selection is shared. */
class TimelineWindowTest extends OpenWindowTest {
    /** The sample as it stood in October 2024: no baseline yet, so a bar moves without asking why. */
    @Override
    protected void prepareStore() {
        OctoberSample.store(store);
    }

    private TimelineView timeline(FxRobot robot) {
        return robot.lookup(n -> n instanceof TimelineView).queryAs(TimelineView.class);
    }

    @Test
    void draggingABarSavesTheNewDatesAndUndoRestoresThem(FxRobot robot) throws Exception {
        TimelineView view = timeline(robot);
        Action action = fixture.model().plan().actionsOf(fixture.model().plan().priorities().get(0).id()).get(0);
        robot.interact(() -> {
            view.setZoom(TimelineZoom.MONTH);
            view.scrollToAction(action.id());
        });
        robot.sleep(200);
        Bounds[] holder = new Bounds[2];
        robot.interact(() -> {
            holder[0] = view.localToScreen(view.getBarBounds(action.id()).orElseThrow());
            holder[1] = view.localToScreen(view.getLayoutBounds());
            holder[1] = new javafx.geometry.BoundingBox(holder[1].getMinX() + view.getChartLeft(), holder[1].getMinY(),
                    holder[1].getWidth() - view.getChartLeft() - 20, holder[1].getHeight());
        });
        Bounds bar = holder[0];
        Bounds chart = holder[1];
        // grab the bar well inside its visible part, away from its resize handles
        double left = Math.max(bar.getMinX() + 10, chart.getMinX() + 10);
        double right = Math.min(bar.getMaxX() - 10, chart.getMaxX() - 10);
        Point2D middle = new Point2D((left + right) / 2, bar.getCenterY());
        double dx = 14 * TimelineZoom.MONTH.pixelsPerDay();
        robot.drag(middle, MouseButton.PRIMARY).moveBy(dx / 2, 0).moveBy(dx / 2, 0).drop();
        String start = action.start().toString();
        WindowFixture.await(() -> !start.equals(text(store, "SELECT start_date FROM action WHERE id = ?",
                action.id())));
        LocalDate movedStart = LocalDate.parse(text(store, "SELECT start_date FROM action WHERE id = ?", action.id()));
        LocalDate movedDue = LocalDate.parse(text(store, "SELECT due_date FROM action WHERE id = ?", action.id()));
        assertTrue(movedStart.isAfter(action.start()), movedStart.toString());
        assertEquals(action.due().toEpochDay() - action.start().toEpochDay(),
                movedDue.toEpochDay() - movedStart.toEpochDay(), "a move keeps the duration");

        robot.interact(() -> fixture.model().undo());
        WindowFixture.await(() -> start.equals(text(store, "SELECT start_date FROM action WHERE id = ?",
                action.id())));
        assertEquals(action.due().toString(), text(store, "SELECT due_date FROM action WHERE id = ?", action.id()));
    }

    @Test
    void selectionIsSharedBetweenTimelineTableAndEditor(FxRobot robot) throws Exception {
        TimelineView view = timeline(robot);
        UUID id = fixture.model().plan().actions().get(5).id();
        robot.interact(() -> view.setSelectedActionId(id));
        assertEquals(id, fixture.model().selectedActionIdProperty().get());
        TextField title = robot.lookup(n -> n instanceof TextField t && "Title".equals(t.getAccessibleText()))
                .queryAs(TextField.class);
        WindowFixture.await(() -> fixture.model().plan().action(id).orElseThrow().title().equals(title.getText()));
        UUID other = fixture.model().plan().actions().get(7).id();
        var table = robot.lookup(".actions-table").queryAs(javafx.scene.control.TableView.class);
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(r -> ((ActionsTable.ActionRow) r).action().id().equals(other)).findFirst().orElseThrow()));
        assertEquals(other, view.getSelectedActionId());
        assertNotEquals(id, view.getSelectedActionId());
    }
}

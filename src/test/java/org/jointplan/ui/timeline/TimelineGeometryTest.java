package org.jointplan.ui.timeline;

import static org.jointplan.ui.timeline.Fixtures.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.UUID;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.jointplan.domain.Action;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.Status;
import org.jointplan.testsupport.PlanGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** The timeline laid out in a scene that is never shown: the mapping, zoom, lanes and what gets painted. */
@ExtendWith(ApplicationExtension.class)
class TimelineGeometryTest {

    private static TimelineView laidOut(PlanData plan, double width, double height) {
        TimelineView view = new TimelineView(plan);
        view.setToday(Fixtures.AS_AT);
        new Scene(view, width, height);
        view.applyCss();
        view.layout();
        return view;
    }

    private static void layout(TimelineView view) {
        view.applyCss();
        view.layout();
    }

    @Test
    void xOfAndDateAtAreInversesAtEveryZoomAndOffset() {
        fx(() -> {
            TimelineView view = laidOut(Fixtures.sample(), 1200, 700);
            for (TimelineZoom zoom : TimelineZoom.values()) {
                view.setZoom(zoom);
                view.setHorizontalOffset(zoom == TimelineZoom.FIT ? 0 : 137.25);
                double ppd = view.getPixelsPerDay();
                for (LocalDate d = view.getRangeStart().minusDays(40); d.isBefore(view.getRangeEnd().plusDays(40));
                     d = d.plusDays(3)) {
                    double x = view.xOf(d);
                    assertEquals(d, view.dateAt(x), zoom + " left edge of " + d);
                    assertEquals(d, view.dateAt(x + ppd * 0.99), zoom + " right edge of " + d);
                    assertEquals(d.minusDays(1), view.dateAt(x - ppd * 0.01), zoom + " before " + d);
                    assertEquals(ppd, view.xOf(d.plusDays(1)) - x, 1e-6);
                }
            }
        });
    }

    @Test
    void zoomChangesTheScaleAndKeepsTheMiddleDateInPlace() {
        fx(() -> {
            TimelineView view = laidOut(Fixtures.sample(), 1200, 700);
            LocalDate d = LocalDate.of(2024, 10, 1);
            view.setZoom(TimelineZoom.MONTH);
            double month = view.xOf(d.plusDays(30)) - view.xOf(d);
            assertEquals(150, month, 1e-6);
            double middle = view.getChartLeft() + (1200 - 4 - view.getChartLeft()) / 2;
            view.setHorizontalOffset(400);
            layout(view);
            LocalDate before = view.dateAt(middle);
            view.zoomIn();
            assertEquals(TimelineZoom.WEEK, view.getZoom());
            assertEquals(720, view.xOf(d.plusDays(30)) - view.xOf(d), 1e-6);
            assertTrue(Math.abs(view.dateAt(middle).toEpochDay() - before.toEpochDay()) <= 1,
                    before + " stays in the middle, not " + view.dateAt(middle));
            view.zoomOut();
            view.zoomOut();
            assertEquals(TimelineZoom.QUARTER, view.getZoom());
            assertEquals(60, view.xOf(d.plusDays(30)) - view.xOf(d), 1e-6);
        });
    }

    @Test
    void zoomToFitShowsTheWholeRangeInTheWidth() {
        fx(() -> {
            TimelineView view = laidOut(Fixtures.sample(), 1200, 700);
            view.setHorizontalOffset(300);
            view.zoomToFit();
            layout(view);
            assertEquals(view.getChartLeft(), view.xOf(view.getRangeStart()), 1e-6);
            double end = view.xOf(view.getRangeEnd().plusDays(1));
            assertTrue(end <= view.viewportWidth() && end > view.viewportWidth() - 40, "ends at " + end);
            view.resize(1600, 700);
            layout(view);
            assertTrue(view.xOf(view.getRangeEnd().plusDays(1)) > 1500, "follows the width");
        });
    }

    @Test
    void aCollapsedLaneHidesItsRowsAndTheLanesBelowMoveUp() {
        fx(() -> {
            PlanData plan = Fixtures.sample();
            TimelineView view = laidOut(plan, 1200, 900);
            Action slcn = Fixtures.action(plan, "Procure the new jointly commissioned SLCN service");
            Action sensory = Fixtures.action(plan, "Map the current sensory OT offer");
            double sensoryY = view.getBarBounds(sensory.id()).orElseThrow().getMinY();
            assertTrue(view.getBarBounds(slcn.id()).isPresent());
            view.getCollapsedPriorities().add(slcn.priorityId());
            layout(view);
            assertTrue(view.getBarBounds(slcn.id()).isEmpty(), "hidden in its collapsed lane");
            double collapsedY = view.getBarBounds(sensory.id()).orElseThrow().getMinY();
            // its actions and its milestones row leave, one summary row comes in
            double rowsHidden = plan.actionsOf(slcn.priorityId()).size();
            assertEquals(sensoryY - rowsHidden * view.look().rowHeight, collapsedY, 1e-6);
            view.getCollapsedPriorities().remove(slcn.priorityId());
            assertEquals(sensoryY, view.getBarBounds(sensory.id()).orElseThrow().getMinY(), 1e-6);
        });
    }

    @Test
    void aBarSpansFromItsStartToTheEndOfItsDueDay() {
        fx(() -> {
            PlanData plan = Fixtures.sample();
            TimelineView view = laidOut(plan, 1200, 900);
            view.setZoom(TimelineZoom.QUARTER);
            Action a = Fixtures.action(plan, "Co-design the locality-based");
            Bounds bar = view.getBarBounds(a.id()).orElseThrow();
            assertEquals(view.xOf(LocalDate.of(2024, 11, 1)), bar.getMinX(), 1e-6);
            assertEquals(view.xOf(LocalDate.of(2024, 12, 21)), bar.getMaxX(), 1e-6);
            assertEquals(view.getChartLeft() + (LocalDate.of(2024, 11, 1).toEpochDay()
                    - LocalDate.of(2024, 4, 1).toEpochDay()) * 2.0, bar.getMinX(), 1e-6);
        });
    }

    @Test
    void onlyTheRowsInViewArePaintedEvenForTenThousandActions() {
        fx(() -> {
            PlanData plan = PlanGenerator.plan(10_000, 11);
            TimelineView view = laidOut(plan, 1600, 900);
            view.setVerticalOffset(150_000);
            layout(view);
            PaintContext c = new PaintContext(new Canvas(1, 1).getGraphicsContext2D(), view, 1600, 900, 0, 900,
                    true);
            int painted = c.last - c.first + 1;
            assertTrue(painted > 10 && painted <= 900 / view.look().rowHeight + 2, painted + " rows painted");
            TimelineRows.Row first = view.rows().row(c.first);
            assertTrue(first.top() <= 150_000 && first.bottom() > 150_000);
        });
    }

    @Test
    void settingTheSelectionFromOutsideRepaintsTheSelectedRow() {
        fx(() -> {
            PlanData plan = Fixtures.sample();
            TimelineView view = laidOut(plan, 1200, 900);
            Action a = Fixtures.action(plan, "Add specialist sleep practitioner capacity");
            Bounds bar = view.getBarBounds(a.id()).orElseThrow();
            double x = view.getChartLeft() - 3;
            double y = bar.getMinY() + bar.getHeight() / 2;
            Color selection = view.look().selectionTint;
            assertFalse(close(pixel(view, x, y), selection), "not selected yet");
            view.setSelectedActionId(a.id());
            layout(view);
            assertTrue(close(pixel(view, x, y), selection), "the selected row is highlighted");
            view.setSelectedActionId(UUID.randomUUID());
            layout(view);
            assertFalse(close(pixel(view, x, y), selection), "and no longer once another is selected");
        });
    }

    @Test
    void anActionSelectedFromOutsideIsBroughtIntoView() {
        fx(() -> {
            PlanData plan = PlanGenerator.plan(500, 12);
            TimelineView view = laidOut(plan, 1200, 700);
            view.setZoom(TimelineZoom.WEEK);
            Action far = plan.actions().get(480);
            view.getCollapsedPriorities().add(far.priorityId());
            layout(view);
            view.setSelectedActionId(far.id());
            layout(view);
            Bounds bar = view.getBarBounds(far.id()).orElseThrow(() -> new AssertionError("its lane opens"));
            assertTrue(bar.getMinY() >= view.getAxisHeight() && bar.getMaxY() <= 700, "row in view: " + bar);
            assertTrue(bar.getMaxX() > view.getChartLeft() && bar.getMinX() < 1200, "bar in view: " + bar);
        });
    }

    @Test
    void theBarsAreDrawnInTheirStatusColour() {
        fx(() -> {
            PlanData plan = Fixtures.sample();
            TimelineView view = laidOut(plan, 1200, 900);
            view.setZoom(TimelineZoom.FIT);
            layout(view);
            for (String title : new String[] {"Add specialist sleep practitioner capacity",
                "Amend referral pathways", "Review the local authority OT service"}) {
                Action a = Fixtures.action(plan, title);
                Bounds bar = view.getBarBounds(a.id()).orElseThrow();
                Color colour = pixel(view, bar.getMinX() + 6, bar.getMinY() + bar.getHeight() / 2);
                assertTrue(close(colour, view.look().solid.get(a.status())), title + ": " + colour);
            }
            assertEquals(Status.AT_RISK, Fixtures.action(plan, "Add specialist sleep").status());
        });
    }

    static Color pixel(TimelineView view, double x, double y) {
        Canvas canvas = (Canvas) view.lookup(".timeline-canvas");
        WritableImage image = canvas.snapshot(null, null);
        PixelReader reader = image.getPixelReader();
        javafx.geometry.Point2D p = canvas.parentToLocal(x, y); // the control's coordinates to the canvas's
        return reader.getColor((int) Math.floor(p.getX()), (int) Math.floor(p.getY()));
    }

    static boolean close(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) < 0.03 && Math.abs(a.getGreen() - b.getGreen()) < 0.03
                && Math.abs(a.getBlue() - b.getBlue()) < 0.03;
    }
}

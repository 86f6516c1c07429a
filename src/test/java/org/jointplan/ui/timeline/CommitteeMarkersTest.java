package org.jointplan.ui.timeline;

import static org.jointplan.ui.timeline.Fixtures.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.paint.Color;
import org.jointplan.domain.CommitteeDate;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.StatusSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** The plan's committee dates as labelled markers, and the line shown "as at" a chosen date. */
@ExtendWith(ApplicationExtension.class)
class CommitteeMarkersTest {
    private static final LocalDate SCG_Q2 = LocalDate.of(2024, 10, 14);
    private static final LocalDate SCRUTINY = LocalDate.of(2024, 10, 16);

    static PlanData withCommittees(PlanData p, Object... nameThenDate) {
        List<CommitteeDate> dates = new ArrayList<>(p.committeeDates());
        for (int i = 0; i < nameThenDate.length; i += 2) {
            dates.add(new CommitteeDate(UUID.randomUUID(), p.id(), (String) nameThenDate[i],
                    (LocalDate) nameThenDate[i + 1], p.plan().stamp()));
        }
        return new PlanData(p.plan(), p.partners(), p.priorities(), p.actions(), p.milestones(), p.dependencies(),
                p.updates(), p.measures(), p.measureValues(), dates, p.snapshots(), p.dateMoves(), p.tombstones());
    }

    private static TimelineView laidOut(PlanData plan, LocalDate today) {
        TimelineView view = new TimelineView(plan);
        view.setToday(today);
        view.setZoom(TimelineZoom.MONTH);
        new Scene(view, 1400, 700);
        view.applyCss();
        view.layout();
        view.setHorizontalOffset(view.xOf(LocalDate.of(2024, 8, 1)) - view.getChartLeft());
        view.layout();
        return view;
    }

    @Test
    void eachCommitteeDateIsALabelledMarkerInABandOfItsOwnUnderTheDates() {
        fx(() -> {
            TimelineView without = laidOut(Fixtures.sample(), Fixtures.AS_AT);
            assertTrue(without.getCommitteeMarkers().isEmpty());
            TimelineView view = laidOut(withCommittees(Fixtures.sample(), "SCG quarterly", SCG_Q2), Fixtures.AS_AT);
            assertEquals(without.getAxisHeight() + view.look().bandHeight, view.getAxisHeight(), 1e-9,
                    "one band more for the committee dates");
            List<CommitteeMarker> markers = view.getCommitteeMarkers();
            assertEquals(1, markers.size());
            CommitteeMarker m = markers.get(0);
            assertEquals(view.xOf(SCG_Q2) + view.getPixelsPerDay() / 2, m.x(), 1e-6, "in the middle of its day");
            assertEquals("SCG quarterly · 14 Oct 2024", m.text());
            Bounds label = m.label();
            assertNotNull(label);
            double border = 2; // the control's focus frame: its coordinates start outside the drawing area
            assertEquals(view.getAxisHeight() - view.look().bandHeight + border, label.getMinY(), 1e-6,
                    "in the committee band, the lowest of the axis");
            assertEquals(view.look().bandHeight, label.getHeight(), 1e-6);
            assertTrue(label.getMinX() > m.x(), "right of its line when there is room");
        });
    }

    @Test
    void labelsOfCloseDatesNeitherOverlapNorCrossTheTodayLine() {
        fx(() -> {
            LocalDate today = SCG_Q2.plusDays(1); // between the two committees
            TimelineView view = laidOut(withCommittees(Fixtures.sample(), "Strategic Commissioning Group", SCG_Q2,
                    "Health Scrutiny Committee", SCRUTINY), today);
            List<CommitteeMarker> markers = view.getCommitteeMarkers();
            assertEquals(2, markers.size());
            double todayX = view.xOf(today) + view.getPixelsPerDay() / 2;
            List<Bounds> labels = markers.stream().map(CommitteeMarker::label).toList();
            labels.forEach(b -> {
                assertNotNull(b, "both are labelled at a month's zoom");
                assertFalse(todayX >= b.getMinX() && todayX <= b.getMaxX(), "today's line crosses " + b);
            });
            assertFalse(labels.get(0).intersects(labels.get(1)), labels + " overlap");
            assertTrue(labels.get(0).getMaxX() < markers.get(0).x(), "the first label goes left of its line");
        });
    }

    @Test
    void theMarkerIsADashedLineInTheCommitteeColourDownTheChart() {
        fx(() -> {
            TimelineView view = laidOut(withCommittees(Fixtures.sample(), "SCG", SCG_Q2), Fixtures.AS_AT);
            double x = view.getCommitteeMarkers().get(0).x();
            Color committee = view.look().committee;
            int hits = 0;
            int misses = 0;
            for (double y = view.getAxisHeight() + 40; y < view.getAxisHeight() + 140; y += 1) {
                if (close(TimelineGeometryTest.pixel(view, x, y), committee)) {
                    hits++;
                } else {
                    misses++;
                }
            }
            assertTrue(hits > 20, "the line is drawn (" + hits + " pixels)");
            assertTrue(misses > 10, "and dashed, unlike the today line (" + misses + " gaps or bars)");
        });
    }

    @Test
    void asAtADateTheLineSaysAsAtAndOverdueIsJudgedAtThatDate() {
        fx(() -> {
            LocalDate later = LocalDate.of(2026, 6, 1);
            TimelineView view = laidOut(Fixtures.sample(), later);
            assertEquals("Today 1 Jun 2026", AxisPainter.dateLineLabel(view));
            TimelineRows.Lane lane = view.rows().lane(Fixtures.sample().priorities().get(1).id());
            assertEquals(StatusSummary.of(Fixtures.sample().actionsOf(lane.priority().id()), later).overdue(),
                    lane.summary().overdue());
            LocalDate asAt = LocalDate.of(2024, 12, 31);
            view.setAsAt(asAt);
            assertEquals(asAt, view.getShownDate());
            assertEquals("As at 31 Dec 2024", AxisPainter.dateLineLabel(view));
            TimelineRows.Lane then = view.rows().lane(lane.priority().id());
            assertEquals(StatusSummary.of(Fixtures.sample().actionsOf(lane.priority().id()), asAt).overdue(),
                    then.summary().overdue());
            assertTrue(then.summary().overdue() < lane.summary().overdue(), "fewer overdue as at the quarter end than in 2026");
            view.setAsAt(null);
            assertEquals(later, view.getShownDate(), "back to today");
        });
    }

    private static boolean close(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) < 0.08 && Math.abs(a.getGreen() - b.getGreen()) < 0.08
                && Math.abs(a.getBlue() - b.getBlue()) < 0.08;
    }
}

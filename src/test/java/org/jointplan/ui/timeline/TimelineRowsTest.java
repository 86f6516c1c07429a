package org.jointplan.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.Priority;
import org.jointplan.domain.Status;
import org.jointplan.testsupport.PlanGenerator;
import org.junit.jupiter.api.Test;

class TimelineRowsTest {
    private static final double ROW = 28;
    private static final double LANE = 44;

    private static TimelineRows rows(PlanData plan, Set<java.util.UUID> collapsed) {
        return TimelineRows.build(plan, null, null, collapsed, Fixtures.AS_AT, null, ROW, LANE);
    }

    @Test
    void eachLaneHasAHeadingItsOwnMilestonesAndItsActionsInPlanOrder() {
        PlanData plan = Fixtures.sample();
        TimelineRows rows = rows(plan, Set.of());
        Priority first = plan.priorities().stream().filter(p -> p.order() == 1).findFirst().orElseThrow();
        assertEquals(TimelineRows.Kind.LANE, rows.row(0).kind());
        assertEquals(first, rows.row(0).priority());
        assertEquals(TimelineRows.Kind.LANE_MILESTONES, rows.row(1).kind(), "SLCN has a milestone of its own");
        List<String> titles = rows.all().stream().filter(r -> r.priority().equals(first) && r.action() != null)
                .map(r -> r.action().title()).toList();
        assertEquals(plan.actionsOf(first.id()).stream().map(a -> a.title()).toList(), titles);
        long actionRows = rows.all().stream().filter(r -> r.action() != null).count();
        assertEquals(plan.actions().size(), actionRows);
        assertEquals(5, rows.laneCount());
    }

    @Test
    void rowsAreStackedWithoutGapsAndFoundByTheirY() {
        TimelineRows rows = rows(Fixtures.sample(), Set.of());
        double y = 0;
        for (TimelineRows.Row row : rows.all()) {
            assertEquals(y, row.top(), 1e-9);
            assertEquals(row.kind() == TimelineRows.Kind.LANE ? LANE : ROW, row.height(), 1e-9);
            assertEquals(row, rows.rowAt(row.top()));
            assertEquals(row, rows.rowAt(row.bottom() - 0.01));
            y = row.bottom();
        }
        assertEquals(y, rows.contentHeight(), 1e-9);
        assertNull(rows.rowAt(-1));
        assertNull(rows.rowAt(y));
    }

    @Test
    void aCollapsedLaneIsItsHeadingAndOneSummaryRow() {
        PlanData plan = Fixtures.sample();
        Priority sleep = plan.priorities().stream().filter(p -> p.order() == 3).findFirst().orElseThrow();
        TimelineRows open = rows(plan, Set.of());
        TimelineRows collapsed = rows(plan, Set.of(sleep.id()));
        int sleepActions = plan.actionsOf(sleep.id()).size();
        assertEquals(open.size() - sleepActions + 1, collapsed.size());
        assertTrue(plan.actionsOf(sleep.id()).stream().allMatch(a -> collapsed.indexOf(a.id()) < 0));
        assertTrue(plan.actionsOf(sleep.id()).stream().allMatch(a -> open.indexOf(a.id()) >= 0));
        TimelineRows.Lane lane = collapsed.lane(sleep.id());
        assertTrue(lane.collapsed());
        assertEquals(sleepActions, lane.summary().total());
        assertEquals(Status.AT_RISK, lane.summary().overall());
    }

    @Test
    void aFilterLeavesOutActionsAndLanesWithNothingToShow() {
        PlanData plan = Fixtures.sample();
        TimelineRows rows = TimelineRows.build(plan, a -> a.status() == Status.OFF_TRACK, null, Set.of(),
                Fixtures.AS_AT, null, ROW, LANE);
        long offTrack = plan.actions().stream().filter(a -> a.status() == Status.OFF_TRACK).count();
        assertEquals(offTrack, rows.all().stream().filter(r -> r.action() != null).count());
        assertEquals(plan.actions().stream().filter(a -> a.status() == Status.OFF_TRACK)
                .map(a -> a.priorityId()).distinct().count(), rows.laneCount());
        assertTrue(rows.filtered());
    }

    @Test
    void theRangeIsWholeFinancialQuartersAroundEveryDate() {
        TimelineRows rows = rows(Fixtures.sample(), Set.of());
        assertEquals(LocalDate.of(2024, 4, 1), rows.rangeStart());
        assertEquals(LocalDate.of(2025, 9, 30), rows.rangeEnd(), "the last action is due on 30 September 2025");
        TimelineRows generated = rows(PlanGenerator.plan(300, 3), Set.of());
        assertEquals(1, generated.rangeStart().getDayOfMonth());
        assertEquals(1, generated.rangeStart().getMonthValue() % 3, "quarters start in Jan, Apr, Jul, Oct");
        assertEquals(generated.rangeEnd(), generated.rangeEnd().withDayOfMonth(generated.rangeEnd().lengthOfMonth()));
        assertEquals(0, generated.rangeEnd().getMonthValue() % 3);
    }

    @Test
    void snappingRoundsToWholeDaysOrWholeWeeks() {
        assertEquals(10, TimelineSnap.DAY.snap(9.6));
        assertEquals(-3, TimelineSnap.DAY.snap(-3.4));
        assertEquals(7, TimelineSnap.WEEK.snap(10));
        assertEquals(14, TimelineSnap.WEEK.snap(11));
        assertEquals(0, TimelineSnap.WEEK.snap(3.4));
        assertEquals(-7, TimelineSnap.WEEK.snap(-6));
    }

    @Test
    void zoomStepsGoBetweenTheFixedLevels() {
        assertEquals(TimelineZoom.WEEK, TimelineZoom.closerThan(TimelineZoom.MONTH.pixelsPerDay()));
        assertEquals(TimelineZoom.QUARTER, TimelineZoom.widerThan(TimelineZoom.MONTH.pixelsPerDay()));
        assertEquals(TimelineZoom.MONTH, TimelineZoom.closerThan(3.1), "from a fitted scale");
        assertEquals(TimelineZoom.YEAR, TimelineZoom.widerThan(TimelineZoom.YEAR.pixelsPerDay()));
        assertEquals(TimelineZoom.WEEK, TimelineZoom.closerThan(TimelineZoom.WEEK.pixelsPerDay()));
    }
}

package org.jointplan.ui.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.jointplan.domain.Action;
import org.jointplan.domain.Direction;
import org.jointplan.domain.Dependency;
import org.jointplan.domain.Milestone;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.Priority;
import org.jointplan.domain.PriorityRating;
import org.jointplan.domain.ReportPosition;
import org.jointplan.domain.Status;
import org.jointplan.domain.StatusSummary;

/**
 * The rows of the timeline for one plan, filter and set of collapsed lanes: a lane header per priority, then a row
 * for the priority's own milestones, then one row per action (or one summary row when the lane is collapsed). Rows
 * keep their vertical position so that the skin can find the visible ones by binary search; it is rebuilt only when
 * the plan, the filters or the collapsed lanes change, never while scrolling.
 */
final class TimelineRows {
    enum Kind { LANE, LANE_MILESTONES, SUMMARY, ACTION }

    /** One row; {@code action} is set for action rows only. */
    record Row(int index, Kind kind, Priority priority, Action action, double top, double height) {
        double bottom() {
            return top + height;
        }
    }

    /**
     * A priority's lane: its summary over all its actions, its overall rating (the report's when one is shown, else
     * by {@link PriorityRating}'s rule or the officer's override), its direction of travel (null without a report),
     * and what the current filter shows of it.
     */
    record Lane(Priority priority, StatusSummary summary, Status rating, boolean overridden, Direction direction,
                int shown, boolean collapsed, LocalDate first, LocalDate last) {
    }

    static final TimelineRows EMPTY = new TimelineRows(null);

    private final PlanData plan;
    private final List<Row> rows = new ArrayList<>();
    private final double[] tops;
    private final Map<UUID, Integer> actionRows = new HashMap<>();
    private final Map<UUID, Integer> laneMilestoneRows = new HashMap<>();
    private final Map<UUID, Lane> lanes = new LinkedHashMap<>();
    private final Map<UUID, List<Milestone>> actionMilestones = new HashMap<>();
    private final Map<UUID, List<Milestone>> laneMilestones = new HashMap<>();
    private final Map<UUID, Milestone> milestones = new HashMap<>();
    private final Map<UUID, List<Dependency>> dependencies = new HashMap<>();
    private final LocalDate rangeStart;
    private final LocalDate rangeEnd;
    private final double contentHeight;
    private final boolean filtered;

    private TimelineRows(PlanData plan) {
        this.plan = plan;
        tops = new double[0];
        rangeStart = LocalDate.now().withDayOfMonth(1);
        rangeEnd = rangeStart.plusMonths(3).minusDays(1);
        contentHeight = 0;
        filtered = false;
    }

    private TimelineRows(PlanData plan, Predicate<Action> filter, Predicate<Priority> priorityFilter,
                         Set<UUID> collapsed, LocalDate today, ReportPosition report, double rowHeight,
                         double laneHeight) {
        this.plan = plan;
        this.filtered = filter != null;
        indexMilestonesAndDependencies();
        Map<UUID, List<Action>> byPriority = new HashMap<>();
        for (Action a : plan.actions()) {
            byPriority.computeIfAbsent(a.priorityId(), k -> new ArrayList<>()).add(a);
        }
        double y = 0;
        List<Priority> priorities = new ArrayList<>(plan.priorities());
        priorities.sort(Comparator.comparingInt(Priority::order));
        for (Priority p : priorities) {
            if (priorityFilter != null && !priorityFilter.test(p)) {
                continue;
            }
            List<Action> all = byPriority.getOrDefault(p.id(), List.of());
            List<Action> shown = filter == null ? all : all.stream().filter(filter).toList();
            if (filter != null && shown.isEmpty()) {
                continue;
            }
            boolean isCollapsed = collapsed.contains(p.id());
            LocalDate first = shown.stream().map(Action::start).min(Comparator.naturalOrder()).orElse(null);
            LocalDate last = shown.stream().map(Action::due).max(Comparator.naturalOrder()).orElse(null);
            lanes.put(p.id(), lane(p, all, today, report, shown.size(), isCollapsed, first, last));
            y = add(Kind.LANE, p, null, y, laneHeight);
            if (isCollapsed) {
                laneMilestoneRows.put(p.id(), rows.size());
                y = add(Kind.SUMMARY, p, null, y, rowHeight);
                continue;
            }
            if (laneMilestones.containsKey(p.id())) {
                laneMilestoneRows.put(p.id(), rows.size());
                y = add(Kind.LANE_MILESTONES, p, null, y, rowHeight);
            }
            for (Action a : shown) {
                actionRows.put(a.id(), rows.size());
                y = add(Kind.ACTION, p, a, y, rowHeight);
            }
        }
        contentHeight = y;
        tops = rows.stream().mapToDouble(Row::top).toArray();
        LocalDate[] range = range(plan, today);
        rangeStart = range[0];
        rangeEnd = range[1];
    }

    static TimelineRows build(PlanData plan, Predicate<Action> filter, Predicate<Priority> priorityFilter,
                              Set<UUID> collapsed, LocalDate today, ReportPosition report, double rowHeight,
                              double laneHeight) {
        return plan == null ? EMPTY
                : new TimelineRows(plan, filter, priorityFilter, collapsed, today, report, rowHeight, laneHeight);
    }

    private static Lane lane(Priority p, List<Action> all, LocalDate today, ReportPosition report, int shown,
                             boolean collapsed, LocalDate first, LocalDate last) {
        StatusSummary summary = StatusSummary.of(all, today);
        var line = report == null ? null : report.priority(p.id()).orElse(null);
        if (line != null) {
            return new Lane(p, summary, line.rating(), line.overridden(), line.direction(), shown, collapsed, first,
                    last);
        }
        boolean overridden = p.ratingOverride() != null;
        Status rating = overridden ? p.ratingOverride() : PriorityRating.of(all, today);
        return new Lane(p, summary, rating, overridden, null, shown, collapsed, first, last);
    }

    private double add(Kind kind, Priority p, Action a, double top, double height) {
        rows.add(new Row(rows.size(), kind, p, a, top, height));
        return top + height;
    }

    private void indexMilestonesAndDependencies() {
        for (Milestone m : plan.milestones()) {
            milestones.put(m.id(), m);
            Map<UUID, List<Milestone>> target = m.actionId() != null ? actionMilestones : laneMilestones;
            target.computeIfAbsent(m.actionId() != null ? m.actionId() : m.priorityId(), k -> new ArrayList<>())
                    .add(m);
        }
        for (Dependency d : plan.dependencies()) {
            dependencies.computeIfAbsent(d.beforeActionId(), k -> new ArrayList<>()).add(d);
            dependencies.computeIfAbsent(d.afterActionId(), k -> new ArrayList<>()).add(d);
        }
    }

    /** Whole UK financial quarters around every date of the plan, so that the axis starts and ends on a quarter. */
    private static LocalDate[] range(PlanData plan, LocalDate today) {
        LocalDate min = plan.plan().start();
        LocalDate max = plan.plan().end();
        for (Action a : plan.actions()) {
            min = a.start().isBefore(min) ? a.start() : min;
            max = a.due().isAfter(max) ? a.due() : max;
        }
        for (Milestone m : plan.milestones()) {
            for (LocalDate d : new LocalDate[] {m.date(), m.baselineDate()}) {
                min = d.isBefore(min) ? d : min;
                max = d.isAfter(max) ? d : max;
            }
        }
        LocalDate start = quarterStart(min);
        LocalDate end = quarterStart(max).plusMonths(3).minusDays(1);
        return new LocalDate[] {start, end};
    }

    static LocalDate quarterStart(LocalDate d) {
        return LocalDate.of(d.getYear(), (d.getMonthValue() - 1) / 3 * 3 + 1, 1);
    }

    PlanData plan() {
        return plan;
    }

    int size() {
        return rows.size();
    }

    Row row(int index) {
        return rows.get(index);
    }

    List<Row> all() {
        return rows;
    }

    /** The index of the row at {@code y} (content coordinates), or of the nearest row; -1 without rows. */
    int indexAt(double y) {
        if (tops.length == 0) {
            return -1;
        }
        int lo = 0;
        int hi = tops.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (tops[mid] <= y) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** The row at {@code y} (content coordinates), or null outside the rows. */
    Row rowAt(double y) {
        if (y < 0 || y >= contentHeight) {
            return null;
        }
        return rows.get(indexAt(y));
    }

    /** The index of the action's row, or -1 when it is filtered out, in a collapsed lane or not in the plan. */
    int indexOf(UUID actionId) {
        Integer i = actionId == null ? null : actionRows.get(actionId);
        return i == null ? -1 : i;
    }

    /** The row a milestone is drawn in (its action's, or its priority's own row), or null when not shown. */
    Row rowOf(Milestone m) {
        Integer i = m.actionId() != null ? actionRows.get(m.actionId()) : laneMilestoneRows.get(m.priorityId());
        return i == null ? null : rows.get(i);
    }

    List<Milestone> milestonesOfAction(UUID actionId) {
        return actionMilestones.getOrDefault(actionId, List.of());
    }

    List<Milestone> milestonesOfLane(UUID priorityId) {
        return laneMilestones.getOrDefault(priorityId, List.of());
    }

    Milestone milestone(UUID id) {
        return id == null ? null : milestones.get(id);
    }

    List<Dependency> dependenciesOf(UUID actionId) {
        return dependencies.getOrDefault(actionId, List.of());
    }

    Lane lane(UUID priorityId) {
        return lanes.get(priorityId);
    }

    int laneCount() {
        return lanes.size();
    }

    boolean filtered() {
        return filtered;
    }

    double contentHeight() {
        return contentHeight;
    }

    LocalDate rangeStart() {
        return rangeStart;
    }

    LocalDate rangeEnd() {
        return rangeEnd;
    }

    long rangeDays() {
        return rangeEnd.toEpochDay() - rangeStart.toEpochDay() + 1;
    }
}

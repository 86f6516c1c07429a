package org.jointplan.chart.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jointplan.domain.Milestone;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.Priority;
import org.jointplan.domain.ReportPosition;
import org.jointplan.domain.ReportPosition.ActionLine;
import org.jointplan.domain.ReportPosition.PriorityLine;

/** The lanes of a timeline in a date range: each priority with its actions that fall in the range, in plan order. */
final class TimelineRows {
    /** A priority's lane: its number in the plan, its line in the report, its own milestones and its actions. */
    record Lane(int number, PriorityLine line, String shortName, List<Milestone> milestones, List<Row> rows) {
    }

    /** An action's row with its milestones. */
    record Row(ActionLine action, List<Milestone> milestones) {
    }

    private TimelineRows() {
    }

    /** The lanes holding at least one action that overlaps the range; actions wholly outside it are left out. */
    static List<Lane> of(ReportPosition position, LocalDate from, LocalDate to) {
        PlanData plan = position.plan();
        Map<UUID, List<Milestone>> byAction = new HashMap<>();
        Map<UUID, List<Milestone>> byPriority = new HashMap<>();
        for (Milestone m : plan.milestones()) {
            if (m.date().isBefore(from) || m.date().isAfter(to)) {
                continue;
            }
            if (m.actionId() != null) {
                byAction.computeIfAbsent(m.actionId(), k -> new ArrayList<>()).add(m);
            } else {
                byPriority.computeIfAbsent(m.priorityId(), k -> new ArrayList<>()).add(m);
            }
        }
        Map<UUID, List<Row>> rows = new LinkedHashMap<>();
        for (ActionLine a : position.actions()) {
            if (!a.due().isBefore(from) && !a.start().isAfter(to)) {
                rows.computeIfAbsent(a.priorityId(), k -> new ArrayList<>())
                        .add(new Row(a, byAction.getOrDefault(a.id(), List.of())));
            }
        }
        List<Lane> lanes = new ArrayList<>();
        for (PriorityLine p : position.priorities()) {
            List<Row> laneRows = rows.get(p.id());
            if (laneRows != null) {
                Priority priority = plan.priority(p.id()).orElse(null);
                lanes.add(new Lane(priority == null ? lanes.size() + 1 : priority.order(), p,
                        priority == null ? p.name() : priority.shortName(),
                        byPriority.getOrDefault(p.id(), List.of()), List.copyOf(laneRows)));
            }
        }
        return lanes;
    }
}

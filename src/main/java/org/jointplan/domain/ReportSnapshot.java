package org.jointplan.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The position of the plan recorded as at a date, for a committee report: every action's status, percent, dates,
 * reason, corrective action and decision, each priority's ratings, each milestone's date and each measure's latest
 * value. A snapshot is never edited: the next report compares against it (direction of travel, what slipped).
 *
 * @param asAt  the date the position is reported as at, e.g. the quarter end
 * @param label what the report was for, e.g. "SCG, Q4 2024/25"
 */
public record ReportSnapshot(UUID id, UUID planId, LocalDate asAt, String label, List<ActionPosition> actions,
                             List<PriorityPosition> priorities, List<MilestonePosition> milestones,
                             List<MeasurePosition> measures, Stamp stamp) implements Stamped {

    public ReportSnapshot {
        Ids.required(id, "The snapshot's id");
        Ids.required(planId, "The snapshot's plan");
        if (asAt == null) {
            throw new ValidationException("A snapshot needs the date it is as at.");
        }
        PlausibleDates.require(asAt);
        label = Text.line(label, "The snapshot's label");
        actions = copy(actions);
        priorities = copy(priorities);
        milestones = copy(milestones);
        measures = copy(measures);
        Objects.requireNonNull(stamp, "stamp");
    }

    /**
     * The plan's position now, recorded as at a date: each action as it stands, each priority's rating (the
     * officer's override if given, else {@link PriorityRating} as at the date), each milestone's date and each
     * measure's latest actual value on or before the date.
     */
    public static ReportSnapshot take(PlanData plan, LocalDate asAt, String label, UUID id, Stamp stamp) {
        List<ActionPosition> actions = plan.actions().stream().map(ActionPosition::of).toList();
        List<PriorityPosition> priorities = plan.priorities().stream().map(p -> new PriorityPosition(p.id(),
                p.ratingOverride() != null ? p.ratingOverride() : PriorityRating.of(plan.actionsOf(p.id()), asAt),
                p.ratingOverride() != null, p.confidence())).toList();
        List<MilestonePosition> milestones = plan.milestones().stream()
                .map(m -> new MilestonePosition(m.id(), m.date(), m.achieved())).toList();
        java.util.Map<UUID, MeasureValue> latest = new java.util.HashMap<>();
        for (MeasureValue v : plan.measureValues()) {
            if (v.actual() != null && !v.date().isAfter(asAt)) {
                latest.merge(v.measureId(), v, (a, b) -> b.date().isAfter(a.date()) ? b : a);
            }
        }
        List<MeasurePosition> measures = plan.measures().stream().filter(m -> latest.containsKey(m.id()))
                .map(m -> new MeasurePosition(m.id(), latest.get(m.id()).date(), latest.get(m.id()).actual()))
                .toList();
        return new ReportSnapshot(id, plan.id(), asAt, label, actions, priorities, milestones, measures, stamp);
    }

    private static <T> List<T> copy(List<T> list) {
        if (list == null) {
            return List.of();
        }
        if (list.stream().anyMatch(Objects::isNull)) {
            throw new ValidationException("A snapshot holds an empty entry.");
        }
        return List.copyOf(list);
    }

    /** An action as it stood: held to the same rules as the action itself. */
    public record ActionPosition(UUID actionId, UUID priorityId, String title, Status status, int percentComplete,
                                 LocalDate start, LocalDate due, LocalDate baselineStart, LocalDate baselineDue,
                                 String statusReason, String correctiveAction, String decisionNeeded) {
        public ActionPosition {
            Ids.required(actionId, "A snapshot's action");
            Ids.required(priorityId, "A snapshot action's priority");
            title = Text.requiredLine(title, "A snapshot action's title");
            Objects.requireNonNull(status, "status");
            new Action.Schedule(start, due, status, percentComplete, baselineStart, baselineDue).check();
            statusReason = Text.paragraph(statusReason, "A snapshot action's reason");
            correctiveAction = Text.paragraph(correctiveAction, "A snapshot action's corrective action");
            decisionNeeded = Text.line(decisionNeeded, "A snapshot action's decision needed");
        }

        public static ActionPosition of(Action a) {
            return new ActionPosition(a.id(), a.priorityId(), a.title(), a.status(), a.percentComplete(), a.start(),
                    a.due(), a.baselineStart(), a.baselineDue(), a.statusReason(), a.correctiveAction(),
                    a.decisionNeeded());
        }

        public boolean isOverdue(LocalDate asAt) {
            return status != Status.COMPLETE && due.isBefore(asAt);
        }
    }

    /** A priority's ratings as they stood: delivery (and whether the officer overrode it) and confidence. */
    public record PriorityPosition(UUID priorityId, Status rating, boolean overridden, Confidence confidence) {
        public PriorityPosition {
            Ids.required(priorityId, "A snapshot's priority");
            if (rating == null) {
                throw new ValidationException("A snapshot's priority needs its rating.");
            }
        }
    }

    /** A milestone's date as it stood, and whether it had been achieved. */
    public record MilestonePosition(UUID milestoneId, LocalDate date, boolean achieved) {
        public MilestonePosition {
            Ids.required(milestoneId, "A snapshot's milestone");
            if (date == null) {
                throw new ValidationException("A snapshot's milestone needs its date.");
            }
            PlausibleDates.require(date);
        }
    }

    /** A measure's latest actual value on or before the snapshot's date. */
    public record MeasurePosition(UUID measureId, LocalDate date, double value) {
        public MeasurePosition {
            Ids.required(measureId, "A snapshot's measure");
            if (date == null) {
                throw new ValidationException("A snapshot's measure value needs its date.");
            }
            PlausibleDates.require(date);
            if (!Double.isFinite(value)) {
                throw new ValidationException("A snapshot's measure value must be a number.");
            }
        }
    }

    @Override
    public ReportSnapshot withStamp(Stamp newStamp) {
        return new ReportSnapshot(id, planId, asAt, label, actions, priorities, milestones, measures, newStamp);
    }
}

package org.jointplan.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jointplan.domain.ReportSnapshot.ActionPosition;
import org.jointplan.domain.ReportSnapshot.MilestonePosition;
import org.jointplan.domain.ReportSnapshot.PriorityPosition;

/**
 * The plan as at a date, as a committee report reads it: each action and priority with its direction of travel
 * against the previous report, the exceptions and the milestones that slipped. Which position is shown:
 * <ul>
 *   <li>a snapshot recorded on the date: its frozen position, compared with the snapshot before it;</li>
 *   <li>a date before the plan's first snapshot: refused, there is no earlier report;</li>
 *   <li>a date between two snapshots: the frozen position of the one before the date (compared with the snapshot
 *       before that), with overdue judged at the date;</li>
 *   <li>a date after the last snapshot, or a plan without snapshots: the live plan judged at the date, compared
 *       with the last snapshot before it.</li>
 * </ul>
 */
public final class ReportPosition {

    /** An action as reported: its position, direction of travel and flags. */
    public record ActionLine(UUID id, UUID priorityId, String title, Status status, int percentComplete,
                             LocalDate start, LocalDate due, LocalDate baselineStart, LocalDate baselineDue,
                             Direction direction, String statusReason, String correctiveAction,
                             String decisionNeeded, boolean overdue, boolean slipped,
                             boolean slippedSinceLastReport) {
        public boolean needsDecision() {
            return !decisionNeeded.isEmpty();
        }
    }

    /** A priority as reported: counts by status, the overall rating (maybe overridden), confidence, direction. */
    public record PriorityLine(UUID id, String name, StatusSummary summary, Status rating, boolean overridden,
                               String overrideReason, Confidence confidence, Direction direction) {
    }

    /**
     * One line of the exception report. An action appears once, under its most serious kind (Off track, At risk,
     * Overdue, then Decision needed: see {@link ReportPosition#kinds(UUID)} for all that apply); a slipped
     * milestone appears once as Milestone slipped, unless it was met and its slip reported before (then it is
     * history, listed only among the slipped milestones).
     *
     * @param date         the action's due date, or the milestone's date now
     * @param previousDate the action's due date at the previous report when it has moved since, or the date the
     *                     milestone slipped from; null otherwise
     */
    public record ExceptionEntry(Kind kind, UUID priorityId, UUID actionId, UUID milestoneId, String title,
                                 Status status, String reason, String correctiveAction, LocalDate date,
                                 LocalDate previousDate, String decisionNeeded) {
        /** In the order a committee reads them, most serious first. */
        public enum Kind { OFF_TRACK, AT_RISK, OVERDUE, MILESTONE_SLIPPED, DECISION_NEEDED }
    }

    /**
     * A milestone that slipped: since the last report (its date is later than the previous snapshot's), against its
     * baseline, or both.
     *
     * @param from   the date at the previous report when it slipped since then, else the baseline
     * @param reason the reason of its latest date move, else the milestone's revision reason
     */
    public record MilestoneSlip(UUID milestoneId, UUID actionId, UUID priorityId, String title, LocalDate from,
                                LocalDate to, LocalDate baseline, boolean sinceLastReport, boolean againstBaseline,
                                String reason) {
    }

    private final PlanData source;
    private final LocalDate asAt;
    private final ReportSnapshot frozen;
    private final ReportSnapshot previous;
    private final List<ActionLine> actions;
    private final Map<UUID, ActionLine> actionsById;
    private final List<PriorityLine> priorities;
    private final Map<UUID, PriorityLine> prioritiesById;
    private final List<MilestoneSlip> slippedMilestones;
    private final List<ExceptionEntry> exceptions;
    private PlanData shown;
    private List<MeasureProgress> measures;

    private ReportPosition(PlanData source, LocalDate asAt, ReportSnapshot frozen, ReportSnapshot previous) {
        this.source = source;
        this.asAt = asAt;
        this.frozen = frozen;
        this.previous = previous;
        this.actions = actionLines();
        this.actionsById = index(actions, ActionLine::id);
        this.priorities = priorityLines();
        this.prioritiesById = index(priorities, PriorityLine::id);
        this.slippedMilestones = milestoneSlips();
        this.exceptions = exceptionEntries();
    }

    /** The plan as at a date; see the class comment for which position that is. */
    public static ReportPosition of(PlanData plan, LocalDate asAt) {
        if (asAt == null) {
            throw new ValidationException("A report needs the date it is as at.");
        }
        List<ReportSnapshot> snapshots = new ArrayList<>(plan.snapshots());
        snapshots.sort(Comparator.comparing(ReportSnapshot::asAt));
        if (!snapshots.isEmpty() && asAt.isBefore(snapshots.get(0).asAt())) {
            throw new ValidationException("There is no earlier report: the first snapshot of this plan is as at "
                    + UkDates.numeric(snapshots.get(0).asAt()) + ".");
        }
        ReportSnapshot onOrBefore = latest(snapshots, asAt, true);
        boolean laterExists = !snapshots.isEmpty() && snapshots.get(snapshots.size() - 1).asAt().isAfter(asAt);
        boolean exact = onOrBefore != null && onOrBefore.asAt().equals(asAt);
        if (exact || laterExists) {
            return new ReportPosition(plan, asAt, onOrBefore, latest(snapshots, onOrBefore.asAt(), false));
        }
        return new ReportPosition(plan, asAt, null, latest(snapshots, asAt, false));
    }

    private static ReportSnapshot latest(List<ReportSnapshot> sorted, LocalDate date, boolean onDateToo) {
        ReportSnapshot found = null;
        for (ReportSnapshot s : sorted) {
            if (s.asAt().isBefore(date) || onDateToo && s.asAt().equals(date)) {
                found = s;
            }
        }
        return found;
    }

    public LocalDate asAt() {
        return asAt;
    }

    /** The snapshot whose frozen position this is; empty when it is the live plan. */
    public Optional<ReportSnapshot> frozen() {
        return Optional.ofNullable(frozen);
    }

    public boolean isFrozen() {
        return frozen != null;
    }

    /** The report compared against: the last snapshot before the position shown. */
    public Optional<ReportSnapshot> previous() {
        return Optional.ofNullable(previous);
    }

    public BragKey key() {
        return source.plan().bragKey();
    }

    /** Every action of the position, in the plan's order (a frozen one: the snapshot's order). */
    public List<ActionLine> actions() {
        return actions;
    }

    public Optional<ActionLine> action(UUID id) {
        return Optional.ofNullable(actionsById.get(id));
    }

    /** Each priority of the plan, in the plan's order of priorities. */
    public List<PriorityLine> priorities() {
        return priorities;
    }

    public Optional<PriorityLine> priority(UUID id) {
        return Optional.ofNullable(prioritiesById.get(id));
    }

    /** The exception report, grouped by priority in the plan's order, most serious first within each. */
    public List<ExceptionEntry> exceptions() {
        return exceptions;
    }

    /** The milestones that slipped since the previous report or against their baseline. */
    public List<MilestoneSlip> slippedMilestones() {
        return slippedMilestones;
    }

    /** Every exception kind that applies to an action (empty when none, or for an action not in the position). */
    public Set<ExceptionEntry.Kind> kinds(UUID actionId) {
        ActionLine a = actionsById.get(actionId);
        Set<ExceptionEntry.Kind> kinds = EnumSet.noneOf(ExceptionEntry.Kind.class);
        if (a != null) {
            if (a.status() == Status.OFF_TRACK) {
                kinds.add(ExceptionEntry.Kind.OFF_TRACK);
            }
            if (a.status() == Status.AT_RISK) {
                kinds.add(ExceptionEntry.Kind.AT_RISK);
            }
            if (a.overdue()) {
                kinds.add(ExceptionEntry.Kind.OVERDUE);
            }
            if (a.needsDecision()) {
                kinds.add(ExceptionEntry.Kind.DECISION_NEEDED);
            }
        }
        return kinds;
    }

    /**
     * Each measure as at the position's date (the frozen snapshot's, when frozen): its figures for periods begun by
     * then, and its direction against the figure the previous report gave. Computed when first asked (SPC costs).
     */
    public List<MeasureProgress> measures() {
        if (measures == null) {
            LocalDate date = frozen == null ? asAt : frozen.asAt();
            Map<UUID, Double> before = new java.util.HashMap<>();
            if (previous != null) {
                previous.measures().forEach(m -> before.put(m.measureId(), m.value()));
            }
            measures = source.measures().stream()
                    .map(m -> MeasureProgress.of(m, source.measureValues(), date, before.get(m.id()))).toList();
        }
        return measures;
    }

    public Optional<MeasureProgress> measure(UUID id) {
        return measures().stream().filter(m -> m.measure().id().equals(id)).findFirst();
    }

    /**
     * The plan to show (window, timeline): when frozen, each action's status, percent, dates, baseline, reason,
     * corrective action and decision as the snapshot has them, milestones at their frozen dates, and actions the
     * snapshot does not have left out (with their milestones and dependencies); else the plan itself.
     */
    public PlanData plan() {
        if (shown == null) {
            shown = frozen == null ? source : FrozenPlan.of(source, frozen);
        }
        return shown;
    }

    private List<ActionLine> actionLines() {
        List<ActionPosition> positions = frozen != null ? frozen.actions()
                : source.actions().stream().map(ActionPosition::of).toList();
        Map<UUID, ActionPosition> before = previous == null ? Map.of()
                : index(previous.actions(), ActionPosition::actionId);
        List<ActionLine> lines = new ArrayList<>(positions.size());
        for (ActionPosition p : positions) {
            ActionPosition was = before.get(p.actionId());
            lines.add(new ActionLine(p.actionId(), p.priorityId(), p.title(), p.status(), p.percentComplete(),
                    p.start(), p.due(), p.baselineStart(), p.baselineDue(),
                    Direction.between(was == null ? null : was.status(), p.status()), p.statusReason(),
                    p.correctiveAction(), p.decisionNeeded(), p.isOverdue(asAt),
                    p.baselineDue() != null && p.due().isAfter(p.baselineDue()),
                    was != null && p.due().isAfter(was.due())));
        }
        return List.copyOf(lines);
    }

    private List<PriorityLine> priorityLines() {
        Map<UUID, PriorityPosition> frozenRatings = frozen == null ? Map.of()
                : index(frozen.priorities(), PriorityPosition::priorityId);
        Map<UUID, PriorityPosition> before = previous == null ? Map.of()
                : index(previous.priorities(), PriorityPosition::priorityId);
        Map<UUID, List<ActionLine>> byPriority = new HashMap<>();
        actions.forEach(a -> byPriority.computeIfAbsent(a.priorityId(), k -> new ArrayList<>()).add(a));
        List<Priority> ordered = new ArrayList<>(source.priorities());
        ordered.sort(Comparator.comparingInt(Priority::order));
        List<PriorityLine> lines = new ArrayList<>();
        for (Priority p : ordered) {
            List<ActionLine> own = byPriority.getOrDefault(p.id(), List.of());
            PriorityPosition kept = frozenRatings.get(p.id());
            Status rating;
            boolean overridden;
            Confidence confidence;
            if (kept != null) {
                rating = kept.rating();
                overridden = kept.overridden();
                confidence = kept.confidence();
            } else {
                overridden = frozen == null && p.ratingOverride() != null;
                rating = overridden ? p.ratingOverride() : PriorityRating.of(own.stream().map(ActionLine::status)
                        .toList(), (int) own.stream().filter(ActionLine::overdue).count());
                confidence = frozen == null ? p.confidence() : null;
            }
            PriorityPosition was = before.get(p.id());
            // the reason is not frozen with the snapshot: the current one is shown while the override stands
            String reason = overridden && p.ratingOverride() != null ? p.overrideReason() : "";
            lines.add(new PriorityLine(p.id(), p.name(), summary(own), rating, overridden, reason, confidence,
                    Direction.between(was == null ? null : was.rating(), rating)));
        }
        return List.copyOf(lines);
    }

    private static StatusSummary summary(List<ActionLine> lines) {
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        lines.forEach(a -> counts.merge(a.status(), 1, Integer::sum));
        return new StatusSummary(counts, (int) lines.stream().filter(ActionLine::overdue).count());
    }

    private List<MilestoneSlip> milestoneSlips() {
        Map<UUID, MilestonePosition> now = frozen == null ? null
                : index(frozen.milestones(), MilestonePosition::milestoneId);
        Map<UUID, MilestonePosition> before = previous == null ? Map.of()
                : index(previous.milestones(), MilestonePosition::milestoneId);
        Map<UUID, DateMove> latestMoves = new HashMap<>();
        for (DateMove move : source.dateMoves()) {
            if (move.milestoneId() != null) {
                latestMoves.merge(move.milestoneId(), move,
                        (a, b) -> b.stamp().at().isAfter(a.stamp().at()) ? b : a);
            }
        }
        List<MilestoneSlip> slips = new ArrayList<>();
        for (Milestone m : source.milestones()) {
            LocalDate date = m.date();
            if (now != null) {
                MilestonePosition kept = now.get(m.id());
                if (kept == null) {
                    continue;
                }
                date = kept.date();
            }
            MilestonePosition was = before.get(m.id());
            boolean sinceLast = was != null && date.isAfter(was.date());
            boolean againstBaseline = date.isAfter(m.baselineDate());
            if (!sinceLast && !againstBaseline) {
                continue;
            }
            UUID priorityId = m.priorityId() != null ? m.priorityId()
                    : Optional.ofNullable(actionsById.get(m.actionId())).map(ActionLine::priorityId).orElse(null);
            DateMove move = latestMoves.get(m.id());
            String reason = move != null && !move.reason().isEmpty() ? move.reason() : m.revisionReason();
            slips.add(new MilestoneSlip(m.id(), m.actionId(), priorityId, m.title(),
                    sinceLast ? was.date() : m.baselineDate(), date, m.baselineDate(), sinceLast, againstBaseline,
                    reason));
        }
        return List.copyOf(slips);
    }

    private List<ExceptionEntry> exceptionEntries() {
        Map<UUID, ActionPosition> before = previous == null ? Map.of()
                : index(previous.actions(), ActionPosition::actionId);
        List<ExceptionEntry> entries = new ArrayList<>();
        for (ActionLine a : actions) {
            Set<ExceptionEntry.Kind> kinds = kinds(a.id());
            if (kinds.isEmpty()) {
                continue;
            }
            ActionPosition was = before.get(a.id());
            LocalDate previousDue = was != null && !was.due().equals(a.due()) ? was.due() : null;
            entries.add(new ExceptionEntry(kinds.iterator().next(), a.priorityId(), a.id(), null, a.title(),
                    a.status(), a.statusReason(), a.correctiveAction(), a.due(), previousDue, a.decisionNeeded()));
        }
        for (MilestoneSlip s : slippedMilestones) {
            if (!s.sinceLastReport() && achieved(s.milestoneId())) {
                continue; // met, and reported before: history (still in slippedMilestones), not an exception
            }
            ActionLine a = s.actionId() == null ? null : actionsById.get(s.actionId());
            entries.add(new ExceptionEntry(ExceptionEntry.Kind.MILESTONE_SLIPPED, s.priorityId(), s.actionId(),
                    s.milestoneId(), s.title(), a == null ? null : a.status(), s.reason(),
                    a == null ? "" : a.correctiveAction(), s.to(), s.from(), ""));
        }
        Map<UUID, Integer> priorityOrder = new HashMap<>();
        for (int i = 0; i < priorities.size(); i++) {
            priorityOrder.put(priorities.get(i).id(), i);
        }
        // a stable sort keeps the plan's order of actions within a priority and kind
        entries.sort(Comparator.<ExceptionEntry>comparingInt(e -> priorityOrder.getOrDefault(e.priorityId(),
                Integer.MAX_VALUE)).thenComparing(ExceptionEntry::kind));
        return List.copyOf(entries);
    }

    /** Whether the milestone had been achieved, as the position shown has it. */
    private boolean achieved(UUID milestoneId) {
        if (frozen != null) {
            return frozen.milestones().stream().anyMatch(m -> m.milestoneId().equals(milestoneId) && m.achieved());
        }
        return source.milestones().stream().anyMatch(m -> m.id().equals(milestoneId) && m.achieved());
    }

    private static <K, T> Map<K, T> index(List<T> list, java.util.function.Function<T, K> key) {
        Map<K, T> map = new LinkedHashMap<>();
        list.forEach(t -> map.put(key.apply(t), t));
        return map;
    }
}

package org.jointplan.service;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jointplan.domain.Action;
import org.jointplan.domain.CommitteeDate;
import org.jointplan.domain.DateMove;
import org.jointplan.domain.DateRange;
import org.jointplan.domain.Dependency;
import org.jointplan.domain.FinancialYear;
import org.jointplan.domain.Ids;
import org.jointplan.domain.Measure;
import org.jointplan.domain.MeasureValue;
import org.jointplan.domain.Milestone;
import org.jointplan.domain.Partner;
import org.jointplan.domain.Plan;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.Priority;
import org.jointplan.domain.ProgressUpdate;
import org.jointplan.domain.Stamp;
import org.jointplan.domain.Status;

/**
 * "New plan from this one": next financial year's plan, as officers make it every April. Partners, priorities (not
 * retired), governance groups and measures are copied; actions not complete are carried forward with their open
 * milestones and the dependencies between them. Everything gets new ids: it is a new plan, not a copy of the old.
 * The history of delivery comes too: carried actions keep their baselines, corrective actions and decisions, the
 * date moves that led to them are copied, and a date that had to move into the new year (an overdue action, an open
 * milestone dated in the old year) is moved with a recorded reason, so the new plan still shows what slipped.
 */
public final class RollForward {
    private final Map<UUID, UUID> ids = new HashMap<>();
    private final List<DateMove> movedAtRollForward = new java.util.ArrayList<>();
    private final Stamp stamp;
    private String carriedReason = "";

    private RollForward(Stamp stamp) {
        this.stamp = stamp;
    }

    public static PlanData nextYear(PlanData from, Stamp stamp) {
        return new RollForward(stamp).roll(from);
    }

    private UUID renew(UUID old) {
        return old == null ? null : ids.computeIfAbsent(old, k -> Ids.newId());
    }

    private PlanData roll(PlanData from) {
        Plan old = from.plan();
        FinancialYear year = old.financialYear().next();
        String title = old.title().contains(old.financialYear().label())
                ? old.title().replace(old.financialYear().label(), year.label())
                : old.title() + " " + year.label();
        UUID planId = renew(old.id());
        carriedReason = "Carried forward from the " + old.financialYear().label() + " plan, open at its end.";
        Plan plan = new Plan(planId, title, old.strategy(), new DateRange(year.start(), year.end()), year,
                old.governanceGroups(), old.bragKey(), stamp);
        List<Partner> partners = from.partners().stream()
                .map(p -> new Partner(renew(p.id()), planId, p.name(), p.shortName(), stamp)).toList();
        List<Priority> kept = from.priorities().stream().filter(p -> !p.retired())
                .sorted(java.util.Comparator.comparingInt(Priority::order)).toList();
        List<Priority> priorities = new java.util.ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            Priority p = kept.get(i);
            priorities.add(new Priority(renew(p.id()), planId, i + 1, p.name(), p.shortName(), p.rationale(),
                    renew(p.leadPartnerId()), p.leadOfficer(), false, null, "", p.confidence(), stamp));
        }
        Set<UUID> keptPriorities = kept.stream().map(Priority::id).collect(Collectors.toSet());
        List<Action> carried = from.actions().stream()
                .filter(a -> a.status() != Status.COMPLETE && keptPriorities.contains(a.priorityId()))
                .map(a -> carry(a, planId, year, keptPriorities)).toList();
        Set<UUID> carriedOld = from.actions().stream()
                .filter(a -> a.status() != Status.COMPLETE && keptPriorities.contains(a.priorityId()))
                .map(Action::id).collect(Collectors.toSet());
        Map<UUID, Action> carriedByNewId = carried.stream().collect(Collectors.toMap(Action::id, a -> a));
        List<Milestone> milestones = from.milestones().stream()
                .filter(m -> !m.achieved() && (m.actionId() != null ? carriedOld.contains(m.actionId())
                        : keptPriorities.contains(m.priorityId())))
                .map(m -> carry(m, planId, year, carriedByNewId)).toList();
        Set<UUID> carriedMilestonesOld = from.milestones().stream()
                .filter(m -> ids.containsKey(m.id())).map(Milestone::id).collect(Collectors.toSet());
        List<DateMove> moves = new java.util.ArrayList<>(from.dateMoves().stream()
                .filter(d -> d.actionId() != null ? carriedOld.contains(d.actionId())
                        : carriedMilestonesOld.contains(d.milestoneId()))
                .map(d -> new DateMove(renew(d.id()), planId, renew(d.actionId()), renew(d.milestoneId()), d.from(),
                        d.to(), d.reason(), d.stamp())).toList());
        moves.addAll(movedAtRollForward);
        List<Dependency> dependencies = from.dependencies().stream()
                .filter(d -> carriedOld.contains(d.beforeActionId()) && carriedOld.contains(d.afterActionId()))
                .map(d -> new Dependency(renew(d.id()), planId, renew(d.beforeActionId()), renew(d.afterActionId()),
                        stamp)).toList();
        List<ProgressUpdate> notes = carried.stream().map(a -> new ProgressUpdate(Ids.newId(), a.id(), year.start(),
                "Carried forward from the " + old.financialYear().label() + " plan.", a.status(), stamp.person(),
                stamp)).toList();
        List<Measure> measures = from.measures().stream()
                .map(m -> new Measure(renew(m.id()), planId, renew(m.priorityId()), m.name(), m.unit(),
                        m.decimals(), m.better(), m.frequency(), m.baselineValue(), m.baselineDate(), m.targets(),
                        m.source(), m.suppressBelow(), m.rebaseAfter(), m.description(), stamp)).toList();
        List<MeasureValue> values = from.measureValues().stream()
                .map(v -> new MeasureValue(renew(v.id()), renew(v.measureId()), v.date(), v.actual(), v.trajectory(),
                        v.note(), stamp)).toList();
        // the same meetings a year on, within the new year or the six months after it (its last quarter is
        // reported after it ends)
        List<CommitteeDate> calendar = from.committeeDates().stream()
                .filter(c -> !c.date().plusYears(1).isBefore(year.start())
                        && !c.date().plusYears(1).isAfter(year.end().plusMonths(6)))
                .map(c -> new CommitteeDate(renew(c.id()), planId, c.name(), c.date().plusYears(1), stamp)).toList();
        return new PlanData(plan, partners, priorities, carried, milestones, dependencies, notes, measures, values,
                calendar, List.of(), moves, List.of());
    }

    /** An open milestone; one dated in the old year moves to its action's due date (or the new Q1's end). */
    private Milestone carry(Milestone m, UUID planId, FinancialYear year, Map<UUID, Action> carried) {
        UUID id = renew(m.id());
        LocalDate date = m.date();
        String reason = m.revisionReason();
        if (date.isBefore(year.start())) {
            Action action = m.actionId() == null ? null : carried.get(renew(m.actionId()));
            date = action != null ? action.due() : year.start().plusMonths(3).minusDays(1);
            reason = carriedReason;
            movedAtRollForward.add(new DateMove(Ids.newId(), planId, null, id, m.date(), date, reason, stamp));
        }
        return new Milestone(id, planId, renew(m.actionId()), renew(m.priorityId()), m.title(), m.baselineDate(),
                date, reason, false, stamp);
    }

    /** Keeps the dates of work still due in the new year; work already overdue is given the new year's Q1. */
    private Action carry(Action a, UUID planId, FinancialYear year, Set<UUID> keptPriorities) {
        LocalDate start = a.start().isBefore(year.start()) ? year.start() : a.start();
        LocalDate due = a.due().isBefore(start) ? year.start().plusMonths(3).minusDays(1) : a.due();
        Set<UUID> others = a.otherPriorityIds().stream().filter(keptPriorities::contains).map(this::renew)
                .collect(Collectors.toSet());
        LocalDate newDue = due.isBefore(start) ? start : due;
        UUID id = renew(a.id());
        if (!newDue.equals(a.due())) {
            movedAtRollForward.add(new DateMove(Ids.newId(), planId, id, null, a.due(), newDue, carriedReason, stamp));
        }
        return new Action(id, planId, renew(a.priorityId()), others, a.title(), a.description(),
                renew(a.leadPartnerId()), a.owner(), start, newDue, a.status(), a.percentComplete(),
                a.statusReason(), a.notes(), a.baselineStart(), a.baselineDue(), a.correctiveAction(),
                a.decisionNeeded(), Objects.requireNonNull(stamp));
    }
}

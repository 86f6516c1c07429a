package org.jointplan.domain;

import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Rules that span several records of a plan: every reference points at a record of the same plan, no id is used
 * twice, and dependencies never form a cycle. Single-record rules live in the records' constructors.
 */
public final class PlanRules {
    private PlanRules() {
    }

    /** Every broken rule, as plain sentences; empty when the plan is sound. */
    public static List<String> problems(PlanData data) {
        List<String> problems = new ArrayList<>();
        UUID planId = data.plan().id();
        Set<UUID> seen = new HashSet<>();
        seen.add(planId);
        checkIds(data.partners(), Partner::id, "partner", seen, problems);
        checkIds(data.priorities(), Priority::id, "priority", seen, problems);
        checkIds(data.actions(), Action::id, "action", seen, problems);
        checkIds(data.milestones(), Milestone::id, "milestone", seen, problems);
        checkIds(data.dependencies(), Dependency::id, "dependency", seen, problems);
        checkIds(data.updates(), ProgressUpdate::id, "progress update", seen, problems);
        checkIds(data.measures(), Measure::id, "measure", seen, problems);
        checkIds(data.measureValues(), MeasureValue::id, "measure value", seen, problems);
        checkIds(data.committeeDates(), CommitteeDate::id, "committee date", seen, problems);
        checkIds(data.snapshots(), ReportSnapshot::id, "report snapshot", seen, problems);
        checkIds(data.dateMoves(), DateMove::id, "date move", seen, problems);

        checkPlan(data.partners(), Partner::planId, "A partner", planId, problems);
        checkPlan(data.priorities(), Priority::planId, "A priority", planId, problems);
        checkPlan(data.actions(), Action::planId, "An action", planId, problems);
        checkPlan(data.milestones(), Milestone::planId, "A milestone", planId, problems);
        checkPlan(data.dependencies(), Dependency::planId, "A dependency", planId, problems);
        checkPlan(data.measures(), Measure::planId, "A measure", planId, problems);
        checkPlan(data.tombstones(), Tombstone::planId, "A deletion record", planId, problems);
        checkPlan(data.committeeDates(), CommitteeDate::planId, "A committee date", planId, problems);
        checkPlan(data.snapshots(), ReportSnapshot::planId, "A report snapshot", planId, problems);
        checkPlan(data.dateMoves(), DateMove::planId, "A date move", planId, problems);

        Set<UUID> partners = idsOf(data.partners(), Partner::id);
        Set<UUID> priorities = idsOf(data.priorities(), Priority::id);
        Set<UUID> actions = idsOf(data.actions(), Action::id);
        Set<UUID> measures = idsOf(data.measures(), Measure::id);
        Set<Integer> orders = new HashSet<>();
        for (Priority p : data.priorities()) {
            refers(p.leadPartnerId(), partners, "The priority '" + p.name() + "' names a lead partner", problems);
            if (!orders.add(p.order())) {
                problems.add("Two priorities share position " + p.order() + ".");
            }
        }
        for (Action a : data.actions()) {
            refers(a.priorityId(), priorities, "The action '" + a.title() + "' names a priority", problems);
            a.otherPriorityIds().forEach(o ->
                    refers(o, priorities, "The action '" + a.title() + "' names another priority", problems));
            refers(a.leadPartnerId(), partners, "The action '" + a.title() + "' names a lead partner", problems);
        }
        for (Milestone m : data.milestones()) {
            refers(m.actionId(), actions, "The milestone '" + m.title() + "' names an action", problems);
            refers(m.priorityId(), priorities, "The milestone '" + m.title() + "' names a priority", problems);
        }
        for (Dependency d : data.dependencies()) {
            refers(d.beforeActionId(), actions, "A dependency names an earlier action", problems);
            refers(d.afterActionId(), actions, "A dependency names a later action", problems);
        }
        for (ProgressUpdate u : data.updates()) {
            refers(u.actionId(), actions, "A progress update names an action", problems);
        }
        java.util.Map<UUID, Measure> measuresById = new java.util.HashMap<>();
        for (Measure m : data.measures()) {
            refers(m.priorityId(), priorities, "The measure '" + m.name() + "' names a priority", problems);
            measuresById.put(m.id(), m);
        }
        Set<String> periods = new HashSet<>();
        for (MeasureValue v : data.measureValues()) {
            refers(v.measureId(), measures, "A measure value names a measure", problems);
            Measure m = measuresById.get(v.measureId());
            if (m != null && !MeasurePeriod.isPeriodStart(m.frequency(), v.date())) {
                problems.add("A value of '" + m.name() + "' is dated " + UkDates.numeric(v.date())
                        + ", which is not the first day of one of its periods.");
            } else if (m != null && !periods.add(v.measureId() + "/" + v.date())) {
                problems.add("'" + m.name() + "' has two values for " + m.period(v.date()).label() + ".");
            }
        }
        Set<UUID> milestones = idsOf(data.milestones(), Milestone::id);
        for (DateMove d : data.dateMoves()) {
            refers(d.actionId(), actions, "A date move names an action", problems);
            refers(d.milestoneId(), milestones, "A date move names a milestone", problems);
        }
        Set<java.time.LocalDate> snapshotDates = new HashSet<>();
        for (ReportSnapshot s : data.snapshots()) {
            if (!snapshotDates.add(s.asAt())) {
                problems.add("Two report snapshots are as at " + UkDates.numeric(s.asAt()) + ".");
            }
        }
        for (Tombstone t : data.tombstones()) {
            if (seen.contains(t.id())) {
                problems.add("A record (" + t.id() + ") is both present and marked as deleted.");
            }
        }
        if (hasCycle(data.dependencies())) {
            problems.add("The dependencies between actions form a cycle.");
        }
        return problems;
    }

    /** Throws when the plan breaks a rule, with the first problem as the message. */
    public static void requireSound(PlanData data) {
        List<String> problems = problems(data);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems.get(0));
        }
    }

    /** Would adding "before → after" to these dependencies close a cycle? */
    public static boolean wouldCreateCycle(Collection<Dependency> dependencies, UUID before, UUID after) {
        return before.equals(after) || reaches(successors(dependencies), after, before);
    }

    /**
     * Kahn's algorithm: takes away actions that nothing waits on until none are left, or only a cycle is. Linear in
     * the dependencies, so that a plan from a package with a long chain of them cannot make the check spin.
     */
    public static boolean hasCycle(Collection<Dependency> dependencies) {
        Map<UUID, List<UUID>> next = successors(dependencies);
        Map<UUID, Integer> waitingOn = new HashMap<>();
        for (Dependency d : dependencies) {
            waitingOn.putIfAbsent(d.beforeActionId(), 0);
            waitingOn.merge(d.afterActionId(), 1, Integer::sum);
        }
        Deque<UUID> free = new ArrayDeque<>();
        waitingOn.forEach((action, count) -> {
            if (count == 0) {
                free.add(action);
            }
        });
        int taken = 0;
        while (!free.isEmpty()) {
            UUID action = free.pop();
            taken++;
            for (UUID after : next.getOrDefault(action, List.of())) {
                if (waitingOn.merge(after, -1, Integer::sum) == 0) {
                    free.add(after);
                }
            }
        }
        return taken < waitingOn.size();
    }

    private static Map<UUID, List<UUID>> successors(Collection<Dependency> dependencies) {
        Map<UUID, List<UUID>> next = new HashMap<>();
        for (Dependency d : dependencies) {
            next.computeIfAbsent(d.beforeActionId(), k -> new ArrayList<>()).add(d.afterActionId());
        }
        return next;
    }

    private static boolean reaches(Map<UUID, List<UUID>> next, UUID from, UUID target) {
        Deque<UUID> todo = new ArrayDeque<>(List.of(from));
        Set<UUID> visited = new HashSet<>();
        while (!todo.isEmpty()) {
            UUID node = todo.pop();
            if (node.equals(target)) {
                return true;
            }
            if (visited.add(node)) {
                todo.addAll(next.getOrDefault(node, List.of()));
            }
        }
        return false;
    }

    private static <T> void checkIds(List<T> records, Function<T, UUID> id, String what, Set<UUID> seen,
                                     List<String> problems) {
        for (T r : records) {
            if (!seen.add(id.apply(r))) {
                String article = what.matches("[aeiou].*") ? "an " : "a ";
                problems.add("The id " + id.apply(r) + " of " + article + what + " is used twice.");
            }
        }
    }

    private static <T> void checkPlan(List<T> records, Function<T, UUID> planOf, String what, UUID planId,
                                      List<String> problems) {
        if (records.stream().anyMatch(r -> !planOf.apply(r).equals(planId))) {
            problems.add(what + " belongs to a different plan.");
        }
    }

    private static <T> Set<UUID> idsOf(List<T> records, Function<T, UUID> id) {
        Set<UUID> ids = new HashSet<>();
        records.forEach(r -> ids.add(id.apply(r)));
        return ids;
    }

    private static void refers(UUID id, Set<UUID> known, String what, List<String> problems) {
        if (id != null && !known.contains(id)) {
            problems.add(what + " that is not in the plan.");
        }
    }
}

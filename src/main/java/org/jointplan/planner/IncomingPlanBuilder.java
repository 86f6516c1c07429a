package org.jointplan.planner;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jointplan.domain.Action;
import org.jointplan.domain.DateRange;
import org.jointplan.domain.Dependency;
import org.jointplan.domain.FinancialYear;
import org.jointplan.domain.ImportNote;
import org.jointplan.domain.ImportedField;
import org.jointplan.domain.IncomingPlan;
import org.jointplan.domain.Milestone;
import org.jointplan.domain.Partner;
import org.jointplan.domain.Plan;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.PlanRules;
import org.jointplan.domain.PlausibleDates;
import org.jointplan.domain.Priority;
import org.jointplan.domain.Stamp;
import org.jointplan.domain.Status;
import org.jointplan.domain.Text;
import org.jointplan.domain.ValidationException;

/**
 * Turns a planner's tasks into a plan of two levels: each top-level summary task is a priority (tasks outside any
 * summary go to one named after the project), every other task an action (a summary inside a summary too, its
 * children saying in their description what they were part of), each milestone a milestone of the action it sits
 * under (or of the priority), and each finish-to-start link without lag between two actions a dependency. What the
 * plan cannot hold is said in a note, task by task. All ids are fresh; nothing is stored.
 */
final class IncomingPlanBuilder {
    static final String FALLBACK_PRIORITY = "Imported tasks";
    private static final String PATH_SEPARATOR = " \u203A ";

    private final SourceProject source;
    private final Stamp stamp;
    private final UUID planId = UUID.randomUUID();
    private final List<ImportNote> notes = new ArrayList<>();
    private final List<Priority> priorities = new ArrayList<>();
    private final List<Action> actions = new ArrayList<>();
    private final List<Milestone> milestones = new ArrayList<>();
    private final List<Dependency> dependencies = new ArrayList<>();
    private final Map<String, Partner> partners = new LinkedHashMap<>();
    private final Map<UUID, String> references = new HashMap<>();
    private final Map<String, UUID> actionOfTask = new HashMap<>();
    private final Map<String, SourceTask> byKey = new LinkedHashMap<>();
    private final Set<ImportedField> carried = EnumSet.of(ImportedField.PRIORITY, ImportedField.TITLE,
            ImportedField.START, ImportedField.DUE, ImportedField.PERCENT_COMPLETE, ImportedField.MILESTONES,
            ImportedField.DEPENDENCIES);

    private IncomingPlanBuilder(SourceProject source, Stamp stamp) {
        this.source = source;
        this.stamp = stamp;
        notes.addAll(source.notes());
    }

    static IncomingPlan build(SourceProject source, String fileName, Stamp stamp) {
        return new IncomingPlanBuilder(source, stamp).build(fileName);
    }

    private IncomingPlan build(String fileName) {
        List<SourceTask> loose = new ArrayList<>();
        for (SourceTask top : source.tasks()) {
            if (top.isSummary() || top.jointPlanPriority) {
                UUID priority = addPriority(top.name, top);
                top.children.forEach(child -> addTask(child, priority, null, List.of()));
            } else {
                loose.add(top);
            }
        }
        if (!loose.isEmpty()) {
            String name = source.title().isBlank() ? FALLBACK_PRIORITY : source.title();
            UUID priority = addPriority(name, null);
            loose.forEach(task -> addTask(task, priority, null, List.of()));
        }
        addLinks();
        if (PlanRules.hasCycle(dependencies)) {
            throw new ValidationException("The links between this file's tasks go round in a circle, which a plan"
                    + " cannot hold, so nothing was imported; break the circle in " + source.application()
                    + " and import it again.");
        }
        // an update changes only what the file holds: a planner's file without notes leaves descriptions alone, and
        // one not written by JointPlan (no status field) leaves amber and red ratings alone, its percent complete
        // changing the status only where the plan's rule needs it (complete exactly at 100%)
        if (actions.stream().anyMatch(a -> !a.owner().isEmpty())) {
            carried.add(ImportedField.OWNER);
        }
        if (actions.stream().anyMatch(a -> !a.description().isEmpty())) {
            carried.add(ImportedField.DESCRIPTION);
        }
        if (byKey.values().stream().anyMatch(t -> !t.jointPlanStatus.isEmpty())) {
            carried.add(ImportedField.STATUS);
        }
        if (!partners.isEmpty()) {
            carried.add(ImportedField.LEAD_PARTNER);
        }
        PlanData plan = new PlanData(plan(fileName), List.copyOf(partners.values()), priorities, actions,
                milestones, dependencies, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of());
        List<String> problems = PlanRules.problems(plan);
        if (!problems.isEmpty()) {
            throw new ValidationException("This file could not be made into a plan (" + problems.get(0)
                    .replaceFirst("\\.$", "") + "), so nothing was imported.");
        }
        return new IncomingPlan(fileName, plan, carried, references, notes);
    }

    private UUID addPriority(String name, SourceTask task) {
        UUID id = UUID.randomUUID();
        priorities.add(new Priority(id, planId, priorities.size() + 1, Text.asOneLine(name), "", "", null, "",
                false, null, "", null, stamp));
        if (task != null) {
            byKey.put(task.key, task);
        }
        return id;
    }

    /**
     * A task below a priority: a milestone of the action it sits under (or of the priority), else an action; its
     * children follow, a step deeper in the path.
     */
    private void addTask(SourceTask task, UUID priority, UUID parentAction, List<String> path) {
        byKey.put(task.key, task);
        if (task.milestone && !task.isSummary()) {
            addMilestone(task, priority, parentAction);
            return;
        }
        if (task.start == null && task.finish == null) {
            notes.add(ImportNote.skipped(task.where, "This task has no dates, so it was left out"
                    + (task.isSummary() ? "; the tasks inside it were read." : ".")));
            task.children.forEach(child -> addTask(child, priority, parentAction, path));
            return;
        }
        UUID id = addAction(task, priority, path);
        List<String> inside = new ArrayList<>(path);
        inside.add(Text.asOneLine(task.name));
        task.children.forEach(child -> addTask(child, priority, id, inside));
    }

    private UUID addAction(SourceTask task, UUID priority, List<String> path) {
        LocalDate start = task.start != null ? task.start : task.finish;
        LocalDate due = task.finish != null ? task.finish : task.start;
        if (task.start == null || task.finish == null) {
            notes.add(ImportNote.warning(task.where, "This task has only one date, so the action starts and is due"
                    + " on " + start + "."));
        }
        if (!PlausibleDates.plausible(start) || !PlausibleDates.plausible(due) || due.isBefore(start)) {
            notes.add(ImportNote.skipped(task.where, "This task's dates are impossible, so it was left out."));
            return null;
        }
        UUID id = UUID.randomUUID();
        int percent = task.percent;
        Status status = status(task);
        String description = (path.isEmpty() ? "" : "Part of: " + String.join(PATH_SEPARATOR, path)
                + (task.notes.isEmpty() ? "" : "\n\n")) + task.notes;
        actions.add(new Action(id, planId, priority, Set.of(), Text.asOneLine(task.name),
                Text.asParagraph(description), partner(task.leadPartner), Text.asOneLine(task.owner), start, due,
                status, percent, "", "", null, null, "", "", stamp));
        actionOfTask.put(task.key, id);
        if (!task.reference.isEmpty()) {
            references.put(id, task.reference);
        }
        return id;
    }

    /**
     * The plan's status: JointPlan's own field when the file came from JointPlan and it agrees with the percent
     * complete; otherwise from the percent, as a planner knows no more (0: not started, 100: complete, else on
     * track: a planner records no amber or red).
     */
    private Status status(SourceTask task) {
        if (!task.jointPlanStatus.isEmpty()) {
            try {
                Status s = Status.fromCode(task.jointPlanStatus);
                if ((s == Status.COMPLETE) == (task.percent == 100)) {
                    return s;
                }
            } catch (ValidationException e) {
                notes.add(ImportNote.warning(task.where, "The status '" + task.jointPlanStatus + "' is not one of"
                        + " the plan's, so the status was taken from the percent complete."));
            }
        }
        return task.percent == 100 ? Status.COMPLETE : task.percent == 0 ? Status.NOT_STARTED : Status.ON_TRACK;
    }

    private UUID partner(String name) {
        String clean = Text.asOneLine(name == null ? "" : name.strip());
        if (clean.isEmpty()) {
            return null;
        }
        return partners.computeIfAbsent(clean, n -> new Partner(UUID.randomUUID(), planId, n, "", stamp)).id();
    }

    private void addMilestone(SourceTask task, UUID priority, UUID parentAction) {
        LocalDate date = task.start != null ? task.start : task.finish;
        if (date == null || !PlausibleDates.plausible(date)) {
            notes.add(ImportNote.skipped(task.where, "This milestone has no date, so it was left out."));
            return;
        }
        milestones.add(new Milestone(UUID.randomUUID(), planId, parentAction, parentAction == null ? priority : null,
                Text.asOneLine(task.name), date, date, "", task.percent == 100, stamp));
        if (!task.predecessors.isEmpty()) {
            notes.add(ImportNote.notCarriedOver(task.where, "The links to this milestone are not carried over: a"
                    + " plan's dependencies join actions."));
        }
    }

    private void addLinks() {
        Set<String> seen = new HashSet<>();
        for (SourceTask task : byKey.values()) {
            UUID after = actionOfTask.get(task.key);
            if (after == null) {
                if (!task.milestone && !task.predecessors.isEmpty()) {
                    notes.add(ImportNote.notCarriedOver(task.where, "The links to this summary task are not"
                            + " carried over: it became a priority, and a plan's dependencies join actions."));
                }
                continue;
            }
            for (SourceTask.SourceLink link : task.predecessors) {
                SourceTask from = byKey.get(link.predecessorKey());
                UUID before = actionOfTask.get(link.predecessorKey());
                String fromName = from == null ? "a task not in the plan" : from.where.replaceFirst("^Task", "task");
                if (before == null || before.equals(after)) {
                    notes.add(ImportNote.notCarriedOver(task.where, "The link from " + fromName + " is not carried"
                            + " over: a plan's dependencies join two actions."));
                } else if (!link.isFinishToStartWithoutLag()) {
                    notes.add(ImportNote.notCarriedOver(task.where, "The " + link.type() + " link from " + fromName
                            + (link.lagText().isEmpty() ? "" : " with a lag of " + link.lagText())
                            + " is not carried over: a plan's dependencies are finish-to-start without lag."));
                } else if (seen.add(before + ">" + after)) {
                    dependencies.add(new Dependency(UUID.randomUUID(), planId, before, after, stamp));
                }
            }
        }
    }

    private Plan plan(String fileName) {
        LocalDate first = null;
        LocalDate last = null;
        for (Action a : actions) {
            first = first == null || a.start().isBefore(first) ? a.start() : first;
            last = last == null || a.due().isAfter(last) ? a.due() : last;
        }
        for (Milestone m : milestones) {
            first = first == null || m.date().isBefore(first) ? m.date() : first;
            last = last == null || m.date().isAfter(last) ? m.date() : last;
        }
        if (first == null) {
            throw new ValidationException("This file holds no task with a date, so there is nothing to import.");
        }
        String title = source.title().isBlank() ? fileName.replaceFirst("\\.[^.]+$", "") : source.title();
        return new Plan(planId, Text.asOneLine(title.isBlank() ? "Imported plan" : title), "",
                new DateRange(first, last), FinancialYear.of(first), List.of(), null, stamp);
    }
}

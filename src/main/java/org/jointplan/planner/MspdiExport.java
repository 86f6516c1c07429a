package org.jointplan.planner;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jointplan.domain.Action;
import org.jointplan.domain.Dependency;
import org.jointplan.domain.Milestone;
import org.jointplan.domain.Partner;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.Priority;
import org.mpxj.Duration;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectFile;
import org.mpxj.Relation;
import org.mpxj.RelationType;
import org.mpxj.Resource;
import org.mpxj.Task;
import org.mpxj.TaskField;
import org.mpxj.TaskMode;
import org.mpxj.TimeUnit;
import org.mpxj.mspdi.MSPDIWriter;

/**
 * A plan as MS Project XML (MSPDI), which MS Project and GanttProject open: each priority a top-level summary task,
 * its actions below it (an action with milestones becomes a summary of them), each milestone a milestone task, each
 * dependency a finish-to-start link, each owner a resource, the description as the task's notes. Tasks are manually
 * scheduled, so MS Project keeps the plan's dates instead of rescheduling them by its calendar. What MS Project has
 * no field for travels in named text fields that JointPlan reads back: "JointPlan status" (the status code, Text1),
 * "Lead partner" (Text2) and "JointPlan record" (Text3: "priority" on a priority's task, so that one without actions
 * is still a priority).
 */
public final class MspdiExport {
    private static final LocalTime DAY_START = LocalTime.of(8, 0);
    private static final LocalTime DAY_END = LocalTime.of(17, 0);

    private final PlanData plan;
    private final ProjectFile file = new ProjectFile();
    private final Map<String, Resource> resources = new HashMap<>();
    private final Map<UUID, Task> taskOfAction = new HashMap<>();

    private MspdiExport(PlanData plan) {
        this.plan = plan;
    }

    /** The plan as MSPDI bytes (UTF-8). */
    public static byte[] bytes(PlanData plan) {
        PlannerLogging.quiet();
        return new MspdiExport(plan).write();
    }

    private byte[] write() {
        ProjectCalendar calendar = file.addDefaultBaseCalendar();
        file.setDefaultCalendar(calendar);
        file.getProjectProperties().setProjectTitle(plan.plan().title());
        file.getProjectProperties().setName(plan.plan().title());
        file.getProjectProperties().setStartDate(plan.plan().start().atTime(DAY_START));
        file.getCustomFields().getOrCreate(TaskField.TEXT1).setAlias(MpxjReading.STATUS_FIELD);
        file.getCustomFields().getOrCreate(TaskField.TEXT2).setAlias(MpxjReading.LEAD_PARTNER_FIELD);
        file.getCustomFields().getOrCreate(TaskField.TEXT3).setAlias(MpxjReading.RECORD_FIELD);
        Map<UUID, List<Milestone>> ofAction = new HashMap<>();
        Map<UUID, List<Milestone>> ofPriority = new HashMap<>();
        for (Milestone m : plan.milestones()) {
            (m.actionId() != null ? ofAction.computeIfAbsent(m.actionId(), k -> new ArrayList<>())
                    : ofPriority.computeIfAbsent(m.priorityId(), k -> new ArrayList<>())).add(m);
        }
        List<Priority> ordered = new ArrayList<>(plan.priorities());
        ordered.sort(Comparator.comparingInt(Priority::order));
        for (Priority p : ordered) {
            Task lane = file.addTask();
            lane.setName(p.name());
            lane.setText(3, MpxjReading.PRIORITY_RECORD);
            LocalDate first = null;
            LocalDate last = null;
            for (Action a : plan.actionsOf(p.id())) {
                addAction(lane, a, ofAction.getOrDefault(a.id(), List.of()));
                first = first == null || a.start().isBefore(first) ? a.start() : first;
                last = last == null || a.due().isAfter(last) ? a.due() : last;
            }
            for (Milestone m : ofPriority.getOrDefault(p.id(), List.of())) {
                addMilestone(lane, m);
                first = first == null || m.date().isBefore(first) ? m.date() : first;
                last = last == null || m.date().isAfter(last) ? m.date() : last;
            }
            schedule(lane, first == null ? plan.plan().start() : first, last == null ? plan.plan().start() : last);
            lane.setSummary(!lane.getChildTasks().isEmpty());
        }
        for (Dependency d : plan.dependencies()) {
            Task before = taskOfAction.get(d.beforeActionId());
            Task after = taskOfAction.get(d.afterActionId());
            if (before != null && after != null) {
                after.addPredecessor(new Relation.Builder().predecessorTask(before).type(RelationType.FINISH_START)
                        .lag(Duration.getInstance(0, TimeUnit.DAYS)));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024 + plan.actions().size() * 2048);
        try {
            MSPDIWriter writer = new MSPDIWriter();
            writer.setWriteTimephasedData(false);
            writer.write(file, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void addAction(Task lane, Action a, List<Milestone> milestones) {
        Task task = lane.addTask();
        task.setName(a.title());
        schedule(task, a.start(), a.due());
        task.setPercentageComplete(a.percentComplete());
        task.setText(1, a.status().code());
        if (a.leadPartnerId() != null) {
            task.setText(2, plan.partner(a.leadPartnerId()).map(Partner::name).orElse(""));
        }
        if (!a.description().isEmpty()) {
            task.setNotes(a.description());
        }
        if (!a.owner().isEmpty()) {
            Resource owner = resources.computeIfAbsent(a.owner(), name -> {
                Resource r = file.addResource();
                r.setName(name);
                return r;
            });
            task.addResourceAssignment(owner);
        }
        milestones.forEach(m -> addMilestone(task, m));
        task.setSummary(!milestones.isEmpty());
        taskOfAction.put(a.id(), task);
    }

    private void addMilestone(Task parent, Milestone m) {
        Task task = parent.addTask();
        task.setName(m.title());
        task.setMilestone(true);
        task.setTaskMode(TaskMode.MANUALLY_SCHEDULED);
        task.setStart(m.date().atTime(DAY_START));
        task.setFinish(m.date().atTime(DAY_START));
        task.setDuration(Duration.getInstance(0, TimeUnit.DAYS));
        task.setPercentageComplete(m.achieved() ? 100 : 0);
    }

    /** Manually scheduled, so that MS Project shows these dates whatever its calendar says. */
    private static void schedule(Task task, LocalDate start, LocalDate due) {
        task.setTaskMode(TaskMode.MANUALLY_SCHEDULED);
        task.setStart(start.atTime(DAY_START));
        task.setFinish(due.atTime(DAY_END));
        task.setDuration(Duration.getInstance(Math.max(1, weekdays(start, due)), TimeUnit.DAYS));
    }

    static long weekdays(LocalDate start, LocalDate due) {
        long days = due.toEpochDay() - start.toEpochDay() + 1;
        long weeks = days / 7;
        long count = weeks * 5;
        for (LocalDate d = start.plusDays(weeks * 7); !d.isAfter(due); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                count++;
            }
        }
        return count;
    }
}

package org.jointplan.planner;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One task of another planner's file, as that application shows it: the dates its own screen gives (a finish at
 * 17:00 on 31 March is 31 March), and what the plan could take from it. Both readers (MPXJ's, and ours for
 * GanttProject) fill these, so one builder turns either into a plan.
 */
final class SourceTask {
    /** How the file names the task to its user ("Task 12 'Draft the specification'"), for notes. */
    final String where;
    /** The key the file's links use (a unique id). */
    final String key;
    final String name;
    LocalDate start;
    LocalDate finish;
    int percent;
    boolean milestone;
    String notes = "";
    String owner = "";
    /** Outline number or WBS as the application shows it ("1.2.3"), or empty. */
    String reference = "";
    /** Written by JointPlan's export: the action's status code, its lead partner, and "priority" on a lane. */
    String jointPlanStatus = "";
    String leadPartner = "";
    boolean jointPlanPriority;
    final List<SourceTask> children = new ArrayList<>();
    /** Links in which this task is the successor. */
    final List<SourceLink> predecessors = new ArrayList<>();

    SourceTask(String key, String name, String where) {
        this.key = key;
        this.name = name == null ? "" : name;
        this.where = where;
    }

    boolean isSummary() {
        return !children.isEmpty();
    }

    /**
     * A link from another task to this one, in the file's terms.
     *
     * @param lagDays the lag in days (negative for lead), 0 when none
     * @param lagText the lag as the file writes it, for a note ("2 days", "50%"), empty when none
     */
    record SourceLink(String predecessorKey, String type, double lagDays, String lagText) {
        boolean isFinishToStartWithoutLag() {
            return "finish-to-start".equals(type) && lagDays == 0 && lagText.isEmpty();
        }
    }
}

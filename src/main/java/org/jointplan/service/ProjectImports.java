package org.jointplan.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jointplan.domain.Action;
import org.jointplan.domain.ImportNote;
import org.jointplan.domain.IncomingPlan;
import org.jointplan.domain.Milestone;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.Priority;
import org.jointplan.domain.Stamp;
import org.jointplan.domain.UkDates;
import org.jointplan.planner.PlannerFiles;

/**
 * Another planner's file (MS Project XML, .mpp, .mpx, GanttProject .gan) read as a plan not yet stored, and said in
 * lines for a preview: what a dry run prints and the window's preview shows. Adding or updating is
 * {@link IncomingPlans}' job.
 */
public final class ProjectImports {
    private ProjectImports() {
    }

    /** The plan in the file, every record stamped by the user now; a file that cannot make a plan says why. */
    public static IncomingPlan read(Path file, LocalUser user) {
        return read(file, user.stampNow());
    }

    public static IncomingPlan read(Path file, Stamp stamp) {
        return PlannerFiles.read(file, stamp);
    }

    /** "2 priorities, 14 actions, 3 milestones, 5 dependencies". */
    public static String counts(IncomingPlan incoming) {
        PlanData p = incoming.plan();
        return count(p.priorities().size(), "priority", "priorities") + ", "
                + count(p.actions().size(), "action", "actions") + ", "
                + count(p.milestones().size(), "milestone", "milestones") + ", "
                + count(p.dependencies().size(), "dependency", "dependencies");
    }

    /**
     * The plan as it would be imported, line by line: each priority, its actions with their dates, percent and
     * status, the milestones under them, the dependencies, then every note.
     */
    public static List<String> preview(IncomingPlan incoming) {
        PlanData p = incoming.plan();
        List<String> lines = new ArrayList<>();
        lines.add("'" + p.plan().title() + "' from " + incoming.source() + ": " + counts(incoming) + ".");
        for (Priority priority : p.priorities().stream().sorted(Comparator.comparingInt(Priority::order)).toList()) {
            lines.add("Priority " + priority.order() + ": " + priority.name());
            milestonesOf(p, null, priority).forEach(m -> lines.add("    Milestone " + milestone(m)));
            for (Action a : p.actionsOf(priority.id())) {
                lines.add("  Action: " + a.title() + ", " + UkDates.numeric(a.start()) + " to "
                        + UkDates.numeric(a.due()) + ", " + a.percentComplete() + "% complete, "
                        + a.status().label() + (a.owner().isEmpty() ? "" : ", owner " + a.owner()));
                milestonesOf(p, a, null).forEach(m -> lines.add("    Milestone " + milestone(m)));
            }
        }
        if (!p.dependencies().isEmpty()) {
            lines.add("Dependencies (the first finishes before the second starts):");
            p.dependencies().forEach(d -> lines.add("  " + p.action(d.beforeActionId()).map(Action::title)
                    .orElse("?") + " \u2192 " + p.action(d.afterActionId()).map(Action::title).orElse("?")));
        }
        if (!incoming.notes().isEmpty()) {
            lines.add(count(incoming.notes().size(), "note", "notes") + " on the file:");
            incoming.notes().forEach(n -> lines.add("  " + kind(n.kind()) + ": " + n));
        }
        return lines;
    }

    /** The word a note's kind is shown with. */
    public static String kind(ImportNote.Kind kind) {
        return switch (kind) {
            case WARNING -> "Warning";
            case SKIPPED -> "Left out";
            case NOT_CARRIED_OVER -> "Not carried over";
        };
    }

    private static List<Milestone> milestonesOf(PlanData p, Action action, Priority priority) {
        return p.milestones().stream().filter(m -> action != null ? action.id().equals(m.actionId())
                : priority.id().equals(m.priorityId())).sorted(Comparator.comparing(Milestone::date)).toList();
    }

    private static String milestone(Milestone m) {
        return m.title() + ", " + UkDates.numeric(m.date()) + (m.achieved() ? ", achieved" : "");
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}

package org.jointplan.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jointplan.domain.Action;
import org.jointplan.domain.Dependency;
import org.jointplan.domain.Ids;
import org.jointplan.domain.Milestone;
import org.jointplan.domain.Partner;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.Priority;
import org.jointplan.domain.ProgressUpdate;
import org.jointplan.domain.Stamp;
import org.jointplan.domain.Stamped;
import org.jointplan.domain.Status;
import org.jointplan.domain.ValidationException;

/**
 * The edits a user can make, each as one {@link Change}. Stamps are placeholders here: the session stamps every
 * saved record with the user and the time when it commits.
 */
public final class Edits {
    private static final Stamp UNSTAMPED = new Stamp(java.time.Instant.EPOCH, "", "");

    private Edits() {
    }

    public static Change newAction(PlanData plan, UUID priorityId, LocalDate today) {
        LocalDate start = today.isBefore(plan.plan().start()) || today.isAfter(plan.plan().end())
                ? plan.plan().start() : today;
        LocalDate due = start.plusMonths(3).isAfter(plan.plan().end()) ? plan.plan().end() : start.plusMonths(3);
        Action action = new Action(Ids.newId(), plan.id(), priorityId, Set.of(), "New action", "", null, "",
                start, due.isBefore(start) ? start : due, Status.NOT_STARTED, 0, "", "", UNSTAMPED);
        return Change.save("Add action", action);
    }

    /** @param what the field that changed, in words: "due date" */
    public static Change editAction(Action after, String what) {
        return Change.save("Change " + what, after);
    }

    /** Deletes an action with its milestones, progress log and dependencies. */
    public static Change deleteAction(PlanData plan, UUID actionId) {
        Action action = plan.action(actionId).orElseThrow(() ->
                new ValidationException("That action is no longer in the plan."));
        List<Stamped> childrenFirst = new ArrayList<>();
        plan.updates().stream().filter(u -> u.actionId().equals(actionId)).forEach(childrenFirst::add);
        plan.milestones().stream().filter(m -> actionId.equals(m.actionId())).forEach(childrenFirst::add);
        plan.dependencies().stream().filter(d -> d.beforeActionId().equals(actionId)
                || d.afterActionId().equals(actionId)).forEach(childrenFirst::add);
        childrenFirst.add(action);
        return Change.remove("Delete action '" + action.title() + "'", childrenFirst);
    }

    /** Logs progress and sets the action's status to the one reported. */
    public static Change addUpdate(Action action, LocalDate date, String text, Status status, String author) {
        ProgressUpdate update = new ProgressUpdate(Ids.newId(), action.id(), date, text, status, author, UNSTAMPED);
        if (status == action.status()) {
            return Change.save("Add progress update", update);
        }
        return Change.save("Add progress update", action.toBuilder().status(status).build(), update);
    }

    public static Change addMilestone(Action action, String title, LocalDate date) {
        return Change.save("Add milestone", new Milestone(Ids.newId(), action.planId(), action.id(), null, title,
                date, date, "", false, UNSTAMPED));
    }

    public static Change editMilestone(Milestone after, String what) {
        return Change.save("Change milestone " + what, after);
    }

    public static Change deleteMilestone(Milestone milestone) {
        return Change.remove("Delete milestone '" + milestone.title() + "'", List.of(milestone));
    }

    /** "before" must finish before "after" starts. The session refuses it if it would close a loop. */
    public static Change addDependency(PlanData plan, UUID before, UUID after) {
        if (plan.dependencies().stream().anyMatch(d -> d.beforeActionId().equals(before)
                && d.afterActionId().equals(after))) {
            throw new ValidationException("That dependency is already in the plan.");
        }
        return Change.save("Add dependency", new Dependency(Ids.newId(), plan.id(), before, after, UNSTAMPED));
    }

    public static Change deleteDependency(Dependency dependency) {
        return Change.remove("Remove dependency", List.of(dependency));
    }

    public static Change addPriority(PlanData plan, String name) {
        int order = plan.priorities().stream().mapToInt(Priority::order).max().orElse(0) + 1;
        return Change.save("Add priority", new Priority(Ids.newId(), plan.id(), order, name, "", "", null, "",
                false, UNSTAMPED));
    }

    public static Change editPriority(Priority after, String what) {
        return Change.save("Change priority " + what, after);
    }

    /** Swaps a priority with its neighbour above (delta -1) or below (+1). */
    public static Change movePriority(PlanData plan, UUID priorityId, int delta) {
        List<Priority> ordered = plan.priorities().stream()
                .sorted(java.util.Comparator.comparingInt(Priority::order)).toList();
        int at = -1;
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).id().equals(priorityId)) {
                at = i;
            }
        }
        int to = at + delta;
        if (at < 0 || to < 0 || to >= ordered.size()) {
            return new Change("Move priority", List.of(), List.of());
        }
        Priority a = ordered.get(at);
        Priority b = ordered.get(to);
        return Change.save("Move priority", withOrder(a, b.order()), withOrder(b, a.order()));
    }

    private static Priority withOrder(Priority p, int order) {
        return new Priority(p.id(), p.planId(), order, p.name(), p.shortName(), p.rationale(), p.leadPartnerId(),
                p.leadOfficer(), p.retired(), p.stamp());
    }

    public static Change addPartner(PlanData plan, String name) {
        return Change.save("Add partner", new Partner(Ids.newId(), plan.id(), name, "", UNSTAMPED));
    }

    public static Change editPartner(Partner after) {
        return Change.save("Rename partner", after);
    }

    /** Removes a partner that nothing names as its lead. */
    public static Change deletePartner(PlanData plan, Partner partner) {
        long leads = plan.actions().stream().filter(a -> partner.id().equals(a.leadPartnerId())).count()
                + plan.priorities().stream().filter(p -> partner.id().equals(p.leadPartnerId())).count();
        if (leads > 0) {
            throw new ValidationException(partner.name() + " leads " + leads + " actions or priorities; choose"
                    + " another lead partner for them first.");
        }
        return Change.remove("Remove partner '" + partner.name() + "'", List.of(partner));
    }

    public static Change editPlan(org.jointplan.domain.Plan after) {
        return Change.save("Change plan settings", after);
    }
}

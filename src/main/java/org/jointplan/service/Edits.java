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
 *
 * <p>Edits carry intent: a view captures what the user chose (an id, a field, a value) on the UI thread, and the
 * change is built here, on the store thread, from the plan as it is then (through {@code PlanViewModel.apply}), so
 * two quick edits of the same record never overwrite each other with stale values.
 */
public final class Edits {
    static final Stamp UNSTAMPED = new Stamp(java.time.Instant.EPOCH, "", "");

    private Edits() {
    }

    public static Change newAction(PlanData plan, UUID priorityId, LocalDate today) {
        LocalDate start = today.isBefore(plan.plan().start()) || today.isAfter(plan.plan().end())
                ? plan.plan().start() : today;
        LocalDate due = start.plusMonths(3).isAfter(plan.plan().end()) ? plan.plan().end() : start.plusMonths(3);
        Action action = new Action(Ids.newId(), plan.id(), priorityId, Set.of(), "New action", "", null, "",
                start, due.isBefore(start) ? start : due, Status.NOT_STARTED, 0, "", "", null, null, "", "", UNSTAMPED);
        return Change.save("Add action", action);
    }

    /** @param what the field that changed, in words: "due date" */
    public static Change editAction(Action after, String what) {
        return Change.save("Change " + what, after);
    }

    /** Sets one field of the action as the plan has it now. */
    public static <T> Change editAction(PlanData plan, UUID actionId, EditField<Action, T> field, T value) {
        return Change.save("Change " + field.words(), field.set(action(plan, actionId), value));
    }

    /** Sets one of the plan's own settings as the plan has them now. */
    public static <T> Change editPlan(PlanData plan, EditField<org.jointplan.domain.Plan, T> field, T value) {
        return Change.save("Change the plan's " + field.words(), field.set(plan.plan(), value));
    }

    /** Deletes an action with its milestones, progress log and dependencies. */
    public static Change deleteAction(PlanData plan, UUID actionId) {
        Action action = action(plan, actionId);
        List<Stamped> childrenFirst = new ArrayList<>();
        plan.updates().stream().filter(u -> u.actionId().equals(actionId)).forEach(childrenFirst::add);
        plan.milestones().stream().filter(m -> actionId.equals(m.actionId())).forEach(childrenFirst::add);
        plan.dependencies().stream().filter(d -> d.beforeActionId().equals(actionId)
                || d.afterActionId().equals(actionId)).forEach(childrenFirst::add);
        java.util.Set<UUID> itsMilestones = new java.util.HashSet<>();
        childrenFirst.stream().filter(r -> r instanceof Milestone).forEach(m -> itsMilestones.add(m.id()));
        List<Stamped> moves = plan.dateMoves().stream().filter(d -> actionId.equals(d.actionId())
                || itsMilestones.contains(d.milestoneId())).map(d -> (Stamped) d).toList();
        childrenFirst.addAll(0, moves);
        childrenFirst.add(action);
        return Change.remove("Delete action '" + action.title() + "'", childrenFirst);
    }

    /** Logs progress on the action as the plan has it now, and sets its status to the one reported. */
    public static Change addUpdate(PlanData plan, UUID actionId, LocalDate date, String text, Status status,
                                   String author) {
        return addUpdate(action(plan, actionId), date, text, status, author);
    }

    /** Logs progress and sets the action's status to the one reported. */
    public static Change addUpdate(Action action, LocalDate date, String text, Status status, String author) {
        ProgressUpdate update = new ProgressUpdate(Ids.newId(), action.id(), date, text, status, author, UNSTAMPED);
        if (status == action.status()) {
            return Change.save("Add progress update", update);
        }
        return Change.save("Add progress update", action.toBuilder().status(status).build(), update);
    }

    /** A milestone of the action, on {@code date}, or on the action's due date when there is none. */
    public static Change addMilestone(PlanData plan, UUID actionId, String title, LocalDate date) {
        Action action = action(plan, actionId);
        return Change.save("Add milestone", new Milestone(Ids.newId(), action.planId(), action.id(), null, title,
                date == null ? action.due() : date, date == null ? action.due() : date, "", false, UNSTAMPED));
    }

    public static Change editMilestone(Milestone after, String what) {
        return Change.save("Change milestone " + what, after);
    }

    /** Moves the milestone; the date first agreed is kept as its baseline. */
    public static Change moveMilestone(PlanData plan, UUID milestoneId, LocalDate date) {
        Milestone m = milestone(plan, milestoneId);
        return editMilestone(new Milestone(m.id(), m.planId(), m.actionId(), m.priorityId(), m.title(),
                m.baselineDate(), date, m.revisionReason(), m.achieved(), m.stamp()), "date");
    }

    public static Change markMilestone(PlanData plan, UUID milestoneId, boolean achieved) {
        Milestone m = milestone(plan, milestoneId);
        return editMilestone(new Milestone(m.id(), m.planId(), m.actionId(), m.priorityId(), m.title(),
                m.baselineDate(), m.date(), m.revisionReason(), achieved, m.stamp()), "achieved");
    }

    public static Change deleteMilestone(PlanData plan, UUID milestoneId) {
        Milestone milestone = milestone(plan, milestoneId);
        List<Stamped> childrenFirst = new ArrayList<>(plan.dateMoves().stream()
                .filter(d -> milestoneId.equals(d.milestoneId())).toList());
        childrenFirst.add(milestone);
        return Change.remove("Delete milestone '" + milestone.title() + "'", childrenFirst);
    }

    /** "before" must finish before "after" starts. The session refuses it if it would close a loop. */
    public static Change addDependency(PlanData plan, UUID before, UUID after) {
        if (plan.dependencies().stream().anyMatch(d -> d.beforeActionId().equals(before)
                && d.afterActionId().equals(after))) {
            throw new ValidationException("That dependency is already in the plan.");
        }
        return Change.save("Add dependency", new Dependency(Ids.newId(), plan.id(), before, after, UNSTAMPED));
    }

    public static Change deleteDependency(PlanData plan, UUID dependencyId) {
        Dependency dependency = plan.dependencies().stream().filter(d -> d.id().equals(dependencyId)).findFirst()
                .orElseThrow(() -> new ValidationException("That dependency is no longer in the plan."));
        return Change.remove("Remove dependency", List.of(dependency));
    }

    public static Change addPriority(PlanData plan, String name) {
        int order = plan.priorities().stream().mapToInt(Priority::order).max().orElse(0) + 1;
        return Change.save("Add priority", new Priority(Ids.newId(), plan.id(), order, name, "", "", null, "",
                false, null, "", null, UNSTAMPED));
    }

    public static Change renamePriority(PlanData plan, UUID priorityId, String name) {
        Priority p = priority(plan, priorityId);
        return Change.save("Change priority name", new Priority(p.id(), p.planId(), p.order(), name,
                p.shortName().equals(p.name()) ? name : p.shortName(), p.rationale(), p.leadPartnerId(),
                p.leadOfficer(), p.retired(), p.ratingOverride(), p.overrideReason(), p.confidence(), p.stamp()));
    }

    /** Retires a priority (true) or brings it back (false). */
    public static Change retirePriority(PlanData plan, UUID priorityId, boolean retired) {
        Priority p = priority(plan, priorityId);
        return Change.save("Change priority " + (retired ? "retirement" : "restore"), new Priority(p.id(),
                p.planId(), p.order(), p.name(), p.shortName(), p.rationale(), p.leadPartnerId(), p.leadOfficer(),
                retired, p.ratingOverride(), p.overrideReason(), p.confidence(), p.stamp()));
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
                p.leadOfficer(), p.retired(), p.ratingOverride(), p.overrideReason(), p.confidence(), p.stamp());
    }

    public static Change addPartner(PlanData plan, String name) {
        return Change.save("Add partner", new Partner(Ids.newId(), plan.id(), name, "", UNSTAMPED));
    }

    public static Change renamePartner(PlanData plan, UUID partnerId, String name) {
        Partner p = partner(plan, partnerId);
        return Change.save("Rename partner", new Partner(p.id(), p.planId(), name,
                p.shortName().equals(p.name()) ? name : p.shortName(), p.stamp()));
    }

    /** Removes a partner that nothing names as its lead. */
    public static Change deletePartner(PlanData plan, UUID partnerId) {
        Partner partner = partner(plan, partnerId);
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

    static Action action(PlanData plan, UUID id) {
        return plan.action(id).orElseThrow(() -> new ValidationException("That action is no longer in the plan."));
    }

    static Milestone milestone(PlanData plan, UUID id) {
        return plan.milestones().stream().filter(m -> m.id().equals(id)).findFirst()
                .orElseThrow(() -> new ValidationException("That milestone is no longer in the plan."));
    }

    static Priority priority(PlanData plan, UUID id) {
        return plan.priority(id).orElseThrow(() -> new ValidationException("That priority is no longer in the plan."));
    }

    private static Partner partner(PlanData plan, UUID id) {
        return plan.partner(id).orElseThrow(() -> new ValidationException("That partner is no longer in the plan."));
    }
}

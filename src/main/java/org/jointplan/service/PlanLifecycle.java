package org.jointplan.service;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jointplan.domain.DateRange;
import org.jointplan.domain.FinancialYear;
import org.jointplan.domain.Ids;
import org.jointplan.domain.Plan;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.ValidationException;

/**
 * A plan's lifecycle: a new empty plan, next year's plan from this one, renaming, archiving and deleting. Each is
 * one transaction and one step of the session's undo history; those that open another plan put it in the session's
 * place, and their undo brings the plan before back. Call from the background thread.
 */
public final class PlanLifecycle {
    static final String NEW_PLAN = "New plan";
    static final String ROLL_FORWARD = "New plan from this one";
    static final String DELETE = "Delete plan";

    private PlanLifecycle() {
    }

    /** The plans of a store, with which are archived: what File > Open plan offers. */
    public record Listed(Plan plan, boolean archived) {
    }

    public static List<Listed> list(Workspace workspace) {
        Set<UUID> archived = workspace.store().archivedPlans();
        return workspace.plans().stream().map(p -> new Listed(p, archived.contains(p.id()))).toList();
    }

    /** Makes a new plan with nothing in it yet, for the financial year given, and opens it. */
    public static PlanSession.Edited newPlan(PlanSession session, String title, FinancialYear year) {
        Plan plan = new Plan(Ids.newId(), checkedTitle(title), "", new DateRange(year.start(), year.end()), year,
                List.of(), null, session.user().stampNow());
        PlanData empty = new PlanData(plan, null, null, null, null, null, null, null, null, null, null, null, null);
        return session.perform(new PlanSteps.AddPlan(NEW_PLAN, StoredPlan.of(empty), false));
    }

    /** Makes next financial year's plan from the open one ({@link RollForward}) and opens it. */
    public static PlanSession.Edited rollForward(PlanSession session) {
        PlanData next = RollForward.nextYear(session.plan(), session.user().stampNow());
        return session.perform(new PlanSteps.AddPlan(ROLL_FORWARD, StoredPlan.of(next), false));
    }

    public static PlanSession.Edited rename(PlanSession session, String title) {
        Plan p = session.plan().plan();
        Plan renamed = new Plan(p.id(), checkedTitle(title), p.strategy(), p.period(), p.financialYear(),
                p.governanceGroups(), p.bragKey(), p.stamp());
        return session.apply(Change.save("Rename plan", renamed));
    }

    public static PlanSession.Edited setArchived(PlanSession session, boolean archived) {
        return session.perform(new PlanSteps.ArchivePlan(archived ? "Archive plan" : "Unarchive plan",
                session.plan().id(), archived));
    }

    /**
     * Deletes the open plan, leaving a record of the deletion, and opens another: the first plan not archived, else
     * the first. The only plan of a store is not deleted: the window always has a plan to show.
     */
    public static PlanSession.Edited delete(PlanSession session) {
        UUID id = session.plan().id();
        Set<UUID> archived = session.store().archivedPlans();
        UUID next = session.store().plans().stream().filter(p -> !p.id().equals(id))
                .min(Comparator.comparing((Plan p) -> archived.contains(p.id()))).map(Plan::id)
                .orElseThrow(() -> new ValidationException("This is the only plan in the store, so it was not"
                        + " deleted; make or import another plan first."));
        return session.perform(new PlanSteps.RemovePlan(DELETE, id, true, next));
    }

    /** Why a package of a deleted plan is not imported. */
    static String deletedMessage(String title, org.jointplan.domain.Stamp deletion) {
        return "You deleted the plan '" + title + "' from this store on " + org.jointplan.domain.UkDates.numeric(
                java.time.LocalDate.ofInstant(deletion.at(), java.time.ZoneId.of("Europe/London")))
                + ", so its package was not imported; to have it back, restore a backup made before then.";
    }

    private static String checkedTitle(String title) {
        LocalUser.problem(title, "The plan's title").ifPresent(message -> {
            throw new ValidationException(message);
        });
        return title.strip();
    }
}

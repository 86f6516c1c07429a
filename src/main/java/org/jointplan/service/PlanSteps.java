package org.jointplan.service;

import java.util.UUID;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.Stamp;
import org.jointplan.store.Store;
import org.jointplan.store.StoreException;

/** The undoable steps of a plan's lifecycle, as {@link PlanSession} runs them: each returns its own undo. */
final class PlanSteps {
    private PlanSteps() {
    }

    /** Puts a whole plan in the store and shows it; undone by removing it again and showing the plan before. */
    record AddPlan(String description, StoredPlan plan, boolean tombstoneOnUndo) implements PlanSession.Step {
        @Override
        public PlanSession.Step run(PlanSession session) {
            UUID shownBefore = session.plan().id();
            session.store().write(lower(description), w -> {
                plan.write(w);
                w.saveSetting(Workspace.LAST_PLAN, plan.data().id().toString());
            });
            session.replacePlan(plan.data());
            return new RemovePlan(description, plan.data().id(), tombstoneOnUndo, shownBefore);
        }
    }

    /**
     * Deletes a whole plan, its exchanges included, and shows another. With {@code tombstone}, the deletion is
     * recorded so that a partner's package of the plan is not taken for a new one. Undone by putting it all back.
     */
    record RemovePlan(String description, UUID planId, boolean tombstone, UUID showNext) implements PlanSession.Step {
        @Override
        public PlanSession.Step run(PlanSession session) {
            Store store = session.store();
            StoredPlan removed = StoredPlan.read(store, planId);
            PlanData next = store.load(showNext).orElseThrow(() -> new StoreException(
                    "The plan to show instead is no longer in the store; open another plan and try again."));
            Stamp stamp = tombstone ? session.user().stampNow() : null;
            store.write(lower(description), w -> {
                w.lifecycle().delete(removed.data().plan(), stamp);
                w.saveSetting(Workspace.LAST_PLAN, showNext.toString());
            });
            session.replacePlan(next);
            return new AddPlan(description, removed, tombstone);
        }
    }

    /** Archives or unarchives a plan; the plan stays open. */
    record ArchivePlan(String description, UUID planId, boolean archived) implements PlanSession.Step {
        @Override
        public PlanSession.Step run(PlanSession session) {
            session.store().write(lower(description), w -> w.lifecycle().setArchived(planId, archived));
            return new ArchivePlan(description, planId, !archived);
        }
    }

    private static String lower(String description) {
        return description.toLowerCase(java.util.Locale.UK);
    }
}

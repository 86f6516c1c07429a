package org.jointplan.service;

import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.UUID;
import org.jointplan.bundle.PackageException;
import org.jointplan.bundle.merge.ThreeWayDiff;
import org.jointplan.domain.IncomingPlan;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.PlanRules;
import org.jointplan.domain.Stamp;
import org.jointplan.store.Store;

/**
 * What can be done with a plan read from another application's file (a spreadsheet tracker, a planner's project):
 * add it as a new plan, or update a stored plan from it through the same review as a partner's package. Reading the
 * file is the reader's job; nothing here reads files.
 */
public final class IncomingPlans {
    private IncomingPlans() {
    }

    /** What was added. */
    public record Added(UUID planId, String title, int priorities, int actions, int milestones, int dependencies) {
    }

    /** Adds the plan as a new plan of the store, in one transaction: all of it or, on any refusal, nothing. */
    public static Added addAsNew(Store store, LocalUser user, IncomingPlan incoming) {
        PlanData plan = stamped(incoming.plan(), user.stampNow());
        PlanRules.requireSound(plan);
        store.write("the plan from " + incoming.source(), w -> {
            Set<UUID> used = w.idsInUse(PackageService.ids(plan));
            if (!used.isEmpty()) {
                throw new PackageException("The plan from " + incoming.source() + " is already in your store,"
                        + " so it was not added again; read the file again to add another copy.");
            }
            w.savePlan(plan);
        });
        return new Added(plan.id(), plan.plan().title(), plan.priorities().size(), plan.actions().size(),
                plan.milestones().size(), plan.dependencies().size());
    }

    /**
     * What updating the stored plan from the file would change, before anything is changed: a proposal for the
     * review window (or {@link MergeService#apply(Store, LocalUser, MergeService.Proposal,
     * MergeService.ConflictPolicy)} on the command line). The stored plan is the common base, so nothing is a
     * conflict: every difference is a change the file brings, taken or left one by one.
     */
    public static MergeService.Proposal proposeUpdate(Store store, UUID planId, IncomingPlan incoming) {
        PlanData local = store.load(planId).orElseThrow(() -> new PackageException(
                "The plan to update is no longer in your store."));
        IncomingMatch.Result match = IncomingMatch.onto(local, incoming,
                LocalUser.of(store).stampNow());
        return MergeService.Proposal.fromFile(incoming.source(), local,
                ThreeWayDiff.compare(local, local, match.theirs()), match.warnings());
    }

    /** Every record said to be added by whoever adds it, now (the reader's stamps are only for its preview). */
    private static PlanData stamped(PlanData plan, Stamp stamp) {
        return new PlanData(plan.plan().withStamp(stamp), each(plan.partners(), p -> p.withStamp(stamp)),
                each(plan.priorities(), p -> p.withStamp(stamp)), each(plan.actions(), a -> a.withStamp(stamp)),
                each(plan.milestones(), m -> m.withStamp(stamp)), each(plan.dependencies(), d -> d.withStamp(stamp)),
                plan.updates(), plan.measures(), plan.measureValues(), plan.committeeDates(), plan.snapshots(),
                plan.dateMoves(), plan.tombstones());
    }

    private static <T> List<T> each(List<T> records, UnaryOperator<T> change) {
        return records.stream().map(change).toList();
    }
}

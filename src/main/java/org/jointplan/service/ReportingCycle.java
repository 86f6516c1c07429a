package org.jointplan.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jointplan.domain.CommitteeDate;
import org.jointplan.domain.Confidence;
import org.jointplan.domain.Ids;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.Priority;
import org.jointplan.domain.ReportSnapshot;
import org.jointplan.domain.Stamped;
import org.jointplan.domain.Status;
import org.jointplan.domain.UkDates;
import org.jointplan.domain.ValidationException;

/**
 * The edits of the reporting cycle: recording the position as at a date (a report snapshot), deleting one, the
 * reporting calendar, and a priority's overridden rating and confidence. Each is a {@link Change}, undoable.
 */
public final class ReportingCycle {
    private ReportingCycle() {
    }

    /** The plan's snapshot as at this date, if there is one. */
    public static Optional<ReportSnapshot> snapshotAt(PlanData plan, LocalDate asAt) {
        return plan.snapshots().stream().filter(s -> s.asAt().equals(asAt)).findFirst();
    }

    /**
     * Records the position as at a date: not before the plan starts, not after today, and never a second snapshot
     * on the same date unless {@code replace} says to replace the one there.
     */
    public static Change recordSnapshot(PlanData plan, LocalDate asAt, String label, LocalDate today,
                                        boolean replace) {
        if (asAt.isBefore(plan.plan().start())) {
            throw new ValidationException("The plan starts on " + UkDates.numeric(plan.plan().start())
                    + "; a snapshot cannot be as at " + UkDates.numeric(asAt) + ", before it.");
        }
        if (asAt.isAfter(today)) {
            throw new ValidationException("A snapshot records the position as it is; " + UkDates.numeric(asAt)
                    + " is after today.");
        }
        Optional<ReportSnapshot> existing = snapshotAt(plan, asAt);
        if (existing.isPresent() && !replace) {
            throw new ValidationException("There is already a snapshot as at " + UkDates.numeric(asAt)
                    + "; delete it first, or replace it.");
        }
        ReportSnapshot snapshot = ReportSnapshot.take(plan, asAt, label, Ids.newId(), Edits.UNSTAMPED);
        String what = "Record the position as at " + UkDates.numeric(asAt);
        return new Change(what, existing.map(s -> List.<Stamped>of(s)).orElse(List.of()), List.of(snapshot));
    }

    public static Change deleteSnapshot(PlanData plan, UUID snapshotId) {
        ReportSnapshot snapshot = plan.snapshots().stream().filter(s -> s.id().equals(snapshotId)).findFirst()
                .orElseThrow(() -> new ValidationException("That snapshot is no longer in the plan."));
        return Change.remove("Delete the snapshot as at " + UkDates.numeric(snapshot.asAt()), List.of(snapshot));
    }

    public static Change addCommitteeDate(PlanData plan, String name, LocalDate date) {
        return Change.save("Add committee date",
                new CommitteeDate(Ids.newId(), plan.id(), name, date, Edits.UNSTAMPED));
    }

    public static Change editCommitteeDate(PlanData plan, UUID id, String name, LocalDate date) {
        CommitteeDate c = committeeDate(plan, id);
        return Change.save("Change committee date", new CommitteeDate(c.id(), c.planId(), name, date, c.stamp()));
    }

    public static Change deleteCommitteeDate(PlanData plan, UUID id) {
        return Change.remove("Delete committee date", List.of(committeeDate(plan, id)));
    }

    /**
     * Sets a priority's overridden rating (null removes the override) and its confidence (null when not given).
     * An override needs a reason.
     */
    public static Change rate(PlanData plan, UUID priorityId, Status override, String reason,
                              Confidence confidence) {
        Priority p = Edits.priority(plan, priorityId);
        return Change.save("Change rating of " + p.shortName(), p.withRating(override, reason, confidence));
    }

    private static CommitteeDate committeeDate(PlanData plan, UUID id) {
        return plan.committeeDates().stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new ValidationException("That committee date is no longer in the plan."));
    }

    /** The snapshots, oldest first. */
    public static List<ReportSnapshot> snapshots(PlanData plan) {
        List<ReportSnapshot> list = new ArrayList<>(plan.snapshots());
        list.sort(java.util.Comparator.comparing(ReportSnapshot::asAt));
        return list;
    }
}

package org.jointplan.domain;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;

/**
 * One action of the plan. It belongs to a primary priority and may contribute to others too (an action × priority
 * matrix, as in the Sefton plan). Rules: the due date is not before the start; percent complete is 0-100; an action
 * is complete exactly when it is 100% complete.
 *
 * @param statusReason     why an amber or red rating was given; committees ask for it
 * @param notes            private working notes, never projected or exported in summaries
 * @param baselineStart    the start agreed with the baseline, or null before the action is first baselined
 * @param baselineDue      the due date agreed with the baseline: moving the due date past it needs a reason
 * @param correctiveAction what is being done about an amber or red rating, for the exception report
 * @param decisionNeeded   a decision the committee is asked for; empty when none (the "decision needed" flag)
 */
public record Action(UUID id, UUID planId, UUID priorityId, Set<UUID> otherPriorityIds, String title,
                     String description, UUID leadPartnerId, String owner, LocalDate start, LocalDate due,
                     Status status, int percentComplete, String statusReason, String notes, LocalDate baselineStart,
                     LocalDate baselineDue, String correctiveAction, String decisionNeeded,
                     Stamp stamp) implements Stamped {

    public Action {
        Ids.required(id, "The action's id");
        Ids.required(planId, "The action's plan");
        Ids.required(priorityId, "The action's priority");
        SortedSet<UUID> others = new TreeSet<>(otherPriorityIds == null ? Set.of() : otherPriorityIds);
        others.remove(priorityId);
        otherPriorityIds = Collections.unmodifiableSortedSet(others);
        title = Text.requiredLine(title, "The action's title");
        description = Text.paragraph(description, "The action's description");
        owner = Text.line(owner, "The action's owner");
        Objects.requireNonNull(status, "status");
        new Schedule(start, due, status, percentComplete, baselineStart, baselineDue).check();
        statusReason = Text.paragraph(statusReason, "The reason for the action's status");
        notes = Text.paragraph(notes, "The action's notes");
        correctiveAction = Text.paragraph(correctiveAction, "The action's corrective action");
        decisionNeeded = Text.line(decisionNeeded, "The decision needed on the action");
        Objects.requireNonNull(stamp, "stamp");
    }

    /**
     * The rules on an action's dates and progress, shared with the position a report snapshot keeps of it: both
     * dates given and in order, percent 0-100, complete exactly at 100%, a baseline whole (both dates) and in order.
     */
    record Schedule(LocalDate start, LocalDate due, Status status, int percentComplete, LocalDate baselineStart,
                    LocalDate baselineDue) {
        void check() {
            if (start == null || due == null) {
                throw new ValidationException("An action needs both a start date and a due date.");
            }
            PlausibleDates.require(start);
            PlausibleDates.require(due);
            if (due.isBefore(start)) {
                throw new ValidationException("The due date (" + UkDates.numeric(due)
                        + ") is before the start date (" + UkDates.numeric(start) + ").");
            }
            if (percentComplete < 0 || percentComplete > 100) {
                throw new ValidationException("Percent complete must be between 0 and 100, not " + percentComplete
                        + ".");
            }
            if ((status == Status.COMPLETE) != (percentComplete == 100)) {
                throw new ValidationException(status == Status.COMPLETE
                        ? "A complete action must be 100% complete."
                        : "An action that is 100% complete must have the status Complete.");
            }
            if ((baselineStart == null) != (baselineDue == null)) {
                throw new ValidationException("A baseline needs both its start and its due date.");
            }
            PlausibleDates.require(baselineStart);
            PlausibleDates.require(baselineDue);
            if (baselineDue != null && baselineDue.isBefore(baselineStart)) {
                throw new ValidationException("The baseline due date (" + UkDates.numeric(baselineDue)
                        + ") is before the baseline start (" + UkDates.numeric(baselineStart) + ").");
            }
        }
    }

    /** Past its due date and not complete. */
    public boolean isOverdue(LocalDate today) {
        return status != Status.COMPLETE && due.isBefore(today);
    }

    public boolean hasBaseline() {
        return baselineDue != null;
    }

    /** Due later than the baseline agreed. */
    public boolean slippedAgainstBaseline() {
        return baselineDue != null && due.isAfter(baselineDue);
    }

    /** Flagged for the committee's decision. */
    public boolean needsDecision() {
        return !decisionNeeded.isEmpty();
    }

    public DateRange span() {
        return new DateRange(start, due);
    }

    public boolean servesPriority(UUID priority) {
        return priorityId.equals(priority) || otherPriorityIds.contains(priority);
    }

    @Override
    public Action withStamp(Stamp newStamp) {
        return toBuilder().stamp(newStamp).build();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Changes a few fields of an action; the record's rules are checked again on build(). */
    public static final class Builder {
        private UUID priorityId;
        private Set<UUID> otherPriorityIds;
        private String title;
        private String description;
        private UUID leadPartnerId;
        private String owner;
        private LocalDate start;
        private LocalDate due;
        private Status status;
        private int percentComplete;
        private String statusReason;
        private String notes;
        private LocalDate baselineStart;
        private LocalDate baselineDue;
        private String correctiveAction;
        private String decisionNeeded;
        private Stamp stamp;
        private final UUID id;
        private final UUID planId;

        private Builder(Action a) {
            id = a.id;
            planId = a.planId;
            priorityId = a.priorityId;
            otherPriorityIds = a.otherPriorityIds;
            title = a.title;
            description = a.description;
            leadPartnerId = a.leadPartnerId;
            owner = a.owner;
            start = a.start;
            due = a.due;
            status = a.status;
            percentComplete = a.percentComplete;
            statusReason = a.statusReason;
            notes = a.notes;
            baselineStart = a.baselineStart;
            baselineDue = a.baselineDue;
            correctiveAction = a.correctiveAction;
            decisionNeeded = a.decisionNeeded;
            stamp = a.stamp;
        }

        public Builder priorityId(UUID v) { priorityId = v; return this; }
        public Builder otherPriorityIds(Set<UUID> v) { otherPriorityIds = v; return this; }
        public Builder title(String v) { title = v; return this; }
        public Builder description(String v) { description = v; return this; }
        public Builder leadPartnerId(UUID v) { leadPartnerId = v; return this; }
        public Builder owner(String v) { owner = v; return this; }
        public Builder start(LocalDate v) { start = v; return this; }
        public Builder due(LocalDate v) { due = v; return this; }
        public Builder statusReason(String v) { statusReason = v; return this; }
        public Builder notes(String v) { notes = v; return this; }
        public Builder correctiveAction(String v) { correctiveAction = v; return this; }
        public Builder decisionNeeded(String v) { decisionNeeded = v; return this; }
        public Builder stamp(Stamp v) { stamp = v; return this; }

        /** Sets the baseline (both dates, or neither with nulls). */
        public Builder baseline(LocalDate baselineStartDate, LocalDate baselineDueDate) {
            baselineStart = baselineStartDate;
            baselineDue = baselineDueDate;
            return this;
        }

        /** Sets the status and keeps percent complete in agreement with it. */
        public Builder status(Status v) {
            status = v;
            if (v == Status.COMPLETE) {
                percentComplete = 100;
            } else if (percentComplete == 100) {
                percentComplete = 90;
            }
            return this;
        }

        /** Sets percent complete and keeps the status in agreement with it. */
        public Builder percentComplete(int v) {
            percentComplete = v;
            if (v == 100) {
                status = Status.COMPLETE;
            } else if (status == Status.COMPLETE) {
                status = Status.ON_TRACK;
            }
            return this;
        }

        public Action build() {
            return new Action(id, planId, priorityId, otherPriorityIds, title, description, leadPartnerId, owner,
                    start, due, status, percentComplete, statusReason, notes, baselineStart, baselineDue,
                    correctiveAction, decisionNeeded, stamp);
        }
    }
}

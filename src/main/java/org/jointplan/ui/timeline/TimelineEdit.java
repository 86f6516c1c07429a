package org.jointplan.ui.timeline;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A finished change made on the timeline, carried by a {@link TimelineEditEvent}. The timeline saves nothing: the
 * window turns an edit into an undoable command and, once saved, replaces the timeline's plan.
 */
public sealed interface TimelineEdit {

    /** Days between the old and the new date of the edit's leading end (start for an action). */
    long days();

    /** An action moved or resized; the due date is never before the start. */
    record ActionMoved(UUID actionId, LocalDate oldStart, LocalDate oldDue, LocalDate newStart, LocalDate newDue)
            implements TimelineEdit {

        public ActionMoved {
            Objects.requireNonNull(actionId, "actionId");
            Objects.requireNonNull(oldStart, "oldStart");
            Objects.requireNonNull(oldDue, "oldDue");
            Objects.requireNonNull(newStart, "newStart");
            Objects.requireNonNull(newDue, "newDue");
            if (newDue.isBefore(newStart)) {
                throw new IllegalArgumentException("The new due date is before the new start date.");
            }
        }

        @Override
        public long days() {
            long startDays = newStart.toEpochDay() - oldStart.toEpochDay();
            return startDays != 0 ? startDays : newDue.toEpochDay() - oldDue.toEpochDay();
        }
    }

    /** A milestone moved to a new date; its baseline date stays, so the plan can show the slip. */
    record MilestoneMoved(UUID milestoneId, LocalDate oldDate, LocalDate newDate) implements TimelineEdit {

        public MilestoneMoved {
            Objects.requireNonNull(milestoneId, "milestoneId");
            Objects.requireNonNull(oldDate, "oldDate");
            Objects.requireNonNull(newDate, "newDate");
        }

        @Override
        public long days() {
            return newDate.toEpochDay() - oldDate.toEpochDay();
        }
    }
}

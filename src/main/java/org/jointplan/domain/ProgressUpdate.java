package org.jointplan.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** A dated entry in an action's progress log, with the status the author gave at that time. */
public record ProgressUpdate(UUID id, UUID actionId, LocalDate date, String text, Status status, String author,
                             Stamp stamp) implements Stamped {

    public ProgressUpdate {
        Ids.required(id, "The update's id");
        Ids.required(actionId, "The update's action");
        if (date == null) {
            throw new ValidationException("A progress update needs a date.");
        }
        PlausibleDates.require(date);
        text = Text.requiredParagraph(text, "The progress update");
        Objects.requireNonNull(status, "status");
        author = Text.line(author, "The update's author");
        Objects.requireNonNull(stamp, "stamp");
    }

    @Override
    public ProgressUpdate withStamp(Stamp newStamp) {
        return new ProgressUpdate(id, actionId, date, text, status, author, newStamp);
    }
}

package org.jointplan.ui.timeline;

import java.util.Objects;
import javafx.event.Event;
import javafx.event.EventTarget;
import javafx.event.EventType;

/**
 * Fired by a {@link TimelineView} when the user finishes a drag or a keyboard move. The timeline already shows the
 * change (optimistically) and keeps showing it until its plan is replaced; the handler is expected to save it.
 */
public final class TimelineEditEvent extends Event {
    public static final EventType<TimelineEditEvent> ANY = new EventType<>(Event.ANY, "TIMELINE_EDIT");
    public static final EventType<TimelineEditEvent> ACTION_MOVED = new EventType<>(ANY, "TIMELINE_ACTION_MOVED");
    public static final EventType<TimelineEditEvent> MILESTONE_MOVED =
            new EventType<>(ANY, "TIMELINE_MILESTONE_MOVED");

    private final transient TimelineEdit edit;

    public TimelineEditEvent(Object source, EventTarget target, TimelineEdit edit) {
        super(source, target, typeOf(edit));
        this.edit = edit;
    }

    private static EventType<TimelineEditEvent> typeOf(TimelineEdit edit) {
        Objects.requireNonNull(edit, "edit");
        return edit instanceof TimelineEdit.ActionMoved ? ACTION_MOVED : MILESTONE_MOVED;
    }

    /** What changed, as an immutable record. */
    public TimelineEdit edit() {
        return edit;
    }

    @Override
    public String toString() {
        return "TimelineEditEvent[" + edit + "]";
    }
}

package org.jointplan.service;

import java.util.List;
import org.jointplan.domain.Stamped;

/**
 * One user-visible edit of a plan: records to remove (children before parents) and records to save (parents before
 * children). It is saved as one transaction and undone as a whole.
 *
 * @param description what the edit is, for Undo/Redo menu items: "Undo change due date"
 * @param keepsStamps  save the records with the stamps they carry (merges) instead of the user's, now
 */
public record Change(String description, List<Stamped> removals, List<Stamped> saves, boolean keepsStamps) {

    public Change {
        removals = List.copyOf(removals);
        saves = List.copyOf(saves);
    }

    public Change(String description, List<Stamped> removals, List<Stamped> saves) {
        this(description, removals, saves, false);
    }

    /** A partner's changes merged in: each record keeps the stamp of who made the change and when. */
    public static Change merged(String description, List<Stamped> removals, List<Stamped> saves) {
        return new Change(description, removals, saves, true);
    }

    public static Change save(String description, Stamped... records) {
        return new Change(description, List.of(), List.of(records));
    }

    public static Change remove(String description, List<? extends Stamped> childrenFirst) {
        return new Change(description, List.copyOf(childrenFirst), List.of());
    }

    public boolean isEmpty() {
        return removals.isEmpty() && saves.isEmpty();
    }
}

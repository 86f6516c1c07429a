package org.jointplan.service;

import java.util.List;
import org.jointplan.domain.Stamped;

/**
 * One user-visible edit of a plan: records to remove (children before parents) and records to save (parents before
 * children). It is saved as one transaction and undone as a whole.
 *
 * @param description what the edit is, for Undo/Redo menu items: "Undo change due date"
 */
public record Change(String description, List<Stamped> removals, List<Stamped> saves) {

    public Change {
        removals = List.copyOf(removals);
        saves = List.copyOf(saves);
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

package org.jointplan.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A plan read from another application's file (a spreadsheet tracker, an MS Project or GanttProject file), before
 * anything is stored: the plan as it would be added (fresh ids, valid records), which fields the file carried, each
 * action's reference as the file wrote it, and every note on what was read. Added as a new plan or used to update an
 * existing one through the review window; reading a file never stores anything.
 *
 * @param source     the file's name, as the person knows it ("Tracker Q2.xlsx")
 * @param carried    the fields the file held; updating a plan changes only these
 * @param references each action's reference in the file ("2.3", "SLCN-01"), by the action's id; an action without
 *                   one is matched by its title
 */
public record IncomingPlan(String source, PlanData plan, Set<ImportedField> carried, Map<UUID, String> references,
                           List<ImportNote> notes) {

    public IncomingPlan {
        source = Text.printable(Objects.requireNonNull(source, "source"));
        Objects.requireNonNull(plan, "plan");
        carried = carried.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(carried));
        references = Map.copyOf(references);
        notes = List.copyOf(notes);
    }

    public long count(ImportNote.Kind kind) {
        return notes.stream().filter(n -> n.kind() == kind).count();
    }
}

package org.jointplan.sheet;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jointplan.domain.ImportNote;
import org.jointplan.domain.IncomingPlan;

/**
 * A spreadsheet as it would be imported, before anything is stored: the sheets found, the mapping used (suggested
 * or given), every action row and how each cell was read, every note and every open question. The plan is there
 * only when no question is open.
 *
 * @param source    the file's name
 * @param mapping   the mapping used: pass it back (edited) to read the file again the same way
 * @param headerKey the header words of the sheets read, by which a mapping is remembered for the next file of the
 *                  same layout
 */
public record SheetPreview(String source, List<SheetInfo> sheets, SheetMapping mapping, String headerKey,
                           List<ReadRow> rows, List<ImportNote> notes, List<SheetQuestion> questions,
                           Optional<IncomingPlan> plan) {
    public SheetPreview {
        Objects.requireNonNull(source, "source");
        sheets = List.copyOf(sheets);
        Objects.requireNonNull(mapping, "mapping");
        headerKey = headerKey == null ? "" : headerKey;
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
        questions = List.copyOf(questions);
        Objects.requireNonNull(plan, "plan");
    }

    public boolean hasOpenQuestions() {
        return !questions.isEmpty();
    }
}

package org.jointplan.domain;

import java.util.Objects;

/**
 * One thing said about a file another application wrote, as it was read: where in the file (a sheet, row and cell,
 * or a task), and in one plain sentence what was done there. Shown beside the preview and printed by a dry run.
 *
 * @param where   where in the file, as its own application names it ("Sheet 'SLCN', row 7, cell F7", "Task 12
 *                'Draft the service specification'"); empty for the file as a whole
 * @param message one sentence saying what was read, skipped or could not be carried over, and why
 */
public record ImportNote(Kind kind, String where, String message) {

    /** How much the note matters to the person importing. */
    public enum Kind {
        /** A value read in a way the person should check (an ambiguous date, a rating taken from a fill). */
        WARNING,
        /** A row or task left out on purpose (hidden rows, footnotes, totals, blank lines). */
        SKIPPED,
        /** Something the file holds that the plan cannot (a lag, a start-to-start link, a cost). */
        NOT_CARRIED_OVER
    }

    public ImportNote {
        Objects.requireNonNull(kind, "kind");
        where = Text.printable(where == null ? "" : where);
        message = Text.printable(Objects.requireNonNull(message, "message"));
    }

    public static ImportNote warning(String where, String message) {
        return new ImportNote(Kind.WARNING, where, message);
    }

    public static ImportNote skipped(String where, String message) {
        return new ImportNote(Kind.SKIPPED, where, message);
    }

    public static ImportNote notCarriedOver(String where, String message) {
        return new ImportNote(Kind.NOT_CARRIED_OVER, where, message);
    }

    /** The note as one line: "Sheet 'SLCN', row 7, cell F7: ...". */
    @Override
    public String toString() {
        return where.isEmpty() ? message : where + ": " + message;
    }
}

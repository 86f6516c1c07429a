package org.jointplan.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jointplan.domain.ImportNote;
import org.jointplan.sheet.ReadCell;
import org.jointplan.sheet.ReadRow;
import org.jointplan.sheet.SheetPreview;
import org.jointplan.sheet.SheetQuestion;

/**
 * The preview's rows grouped by priority in the order read, each with the notes and questions about its row and
 * cells beside it; what concerns no action row (skipped rows, the file as a whole) is left for the lists below.
 */
final class ImportSheetRows {
    /** An action row with what was said about it: "F7: ..." for a cell, the row's own notes without a cell. */
    record Line(ReadRow row, List<String> notes) {
        /** "Due F7: 'Mar-25' read as 31/03/2025", one a line. */
        String readAs() {
            List<String> lines = new ArrayList<>();
            for (ReadCell c : row.cells()) {
                String field = c.field().heading().isEmpty() ? c.field().name() : c.field().heading();
                lines.add(field + " " + c.cell() + ": " + (c.written().equals(c.value()) ? "'" + c.written() + "'"
                        : "'" + c.written() + "' read as " + (c.value().isEmpty() ? "nothing" : c.value())));
            }
            return String.join("\n", lines);
        }
    }

    private final Map<String, List<Line>> byPriority = new LinkedHashMap<>();
    private final List<String> elsewhere = new ArrayList<>();
    private final List<String> skipped = new ArrayList<>();

    ImportSheetRows(SheetPreview preview) {
        Map<String, Line> byPlace = new LinkedHashMap<>();
        for (ReadRow row : preview.rows()) {
            Line line = new Line(row, new ArrayList<>());
            byPlace.put(row.where(), line);
            byPriority.computeIfAbsent(row.priority(), k -> new ArrayList<>()).add(line);
        }
        for (ImportNote note : preview.notes()) {
            Line line = rowOf(byPlace, note.where());
            if (note.kind() == ImportNote.Kind.SKIPPED) {
                skipped.add(note.toString());
            } else if (line != null) {
                line.notes().add(local(line, note.where()) + describe(note));
            } else {
                elsewhere.add(note.toString());
            }
        }
        for (SheetQuestion question : preview.questions()) {
            for (String place : question.places()) {
                Line line = rowOf(byPlace, place);
                if (line != null) {
                    line.notes().add(local(line, place) + "Question: " + question.prompt());
                }
            }
        }
    }

    Map<String, List<Line>> byPriority() {
        return byPriority;
    }

    /** Warnings and things not carried over that concern no action row. */
    List<String> elsewhere() {
        return elsewhere;
    }

    List<String> skipped() {
        return skipped;
    }

    /** The row a place names ("Sheet 'SLCN', row 7, cell F7" is in "Sheet 'SLCN', row 7"), if it is an action's. */
    private static Line rowOf(Map<String, Line> byPlace, String place) {
        Line exact = byPlace.get(place);
        if (exact != null) {
            return exact;
        }
        int comma = place.lastIndexOf(", ");
        return comma < 0 ? null : byPlace.get(place.substring(0, comma));
    }

    /** "F7: " for a cell of the row, nothing for the row itself. */
    private static String local(Line line, String place) {
        String rest = place.substring(Math.min(place.length(), line.row().where().length()));
        return rest.startsWith(", cell ") ? rest.substring(", cell ".length()) + ": " : "";
    }

    private static String describe(ImportNote note) {
        return switch (note.kind()) {
            case WARNING -> "Check: " + note.message();
            case NOT_CARRIED_OVER -> "Not carried over: " + note.message();
            case SKIPPED -> "Skipped: " + note.message();
        };
    }
}

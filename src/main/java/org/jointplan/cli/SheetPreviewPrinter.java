package org.jointplan.cli;

import java.io.PrintWriter;
import java.util.stream.Collectors;
import org.jointplan.domain.ImportNote;
import org.jointplan.sheet.MappedColumn;
import org.jointplan.sheet.ReadCell;
import org.jointplan.sheet.ReadRow;
import org.jointplan.sheet.SheetField;
import org.jointplan.sheet.SheetInfo;
import org.jointplan.sheet.SheetPreview;
import org.jointplan.sheet.SheetQuestion;

/** A spreadsheet's preview in lines: its sheets and columns, each row as read, then every note and question. */
final class SheetPreviewPrinter {
    private final PrintWriter out;

    SheetPreviewPrinter(PrintWriter out) {
        this.out = out;
    }

    void print(SheetPreview preview) {
        for (SheetInfo s : preview.sheets()) {
            String name = s.name().isEmpty() ? preview.source() : "Sheet '" + s.name() + "'";
            if (!s.read()) {
                out.println(name + ": not read.");
                continue;
            }
            out.println(name + ": header on row " + s.headerRow() + ", " + shape(s) + ", " + s.actions() + " action"
                    + (s.actions() == 1 ? "" : "s") + ".");
            out.println("  Columns: " + s.columns().stream().map(SheetPreviewPrinter::column)
                    .collect(Collectors.joining("; ")) + ".");
        }
        for (ReadRow row : preview.rows()) {
            out.println(row.where() + ": '" + row.title() + "' in '" + row.priority() + "'"
                    + (row.reference().isEmpty() ? "" : ", ref " + row.reference()) + ".");
            out.println("    " + row.cells().stream().filter(c -> c.field() != SheetField.TITLE)
                    .map(SheetPreviewPrinter::cell).collect(Collectors.joining("; ")));
        }
        preview.notes().forEach(n -> out.println(kind(n.kind()) + ": " + n));
        preview.questions().forEach(this::question);
        out.println(preview.rows().size() + " action" + (preview.rows().size() == 1 ? "" : "s") + " read, "
                + preview.notes().size() + " note" + (preview.notes().size() == 1 ? "" : "s") + ", "
                + preview.questions().size() + " open question" + (preview.questions().size() == 1 ? "" : "s")
                + preview.plan().map(p -> "; the plan '" + p.plan().plan().title() + "' has "
                        + p.plan().priorities().size() + " priorities and " + p.plan().actions().size()
                        + " actions.").orElse("."));
    }

    void question(SheetQuestion q) {
        out.println("Question: " + q);
        out.println("    kind " + q.kind() + ", value \"" + q.value() + "\"; choices: "
                + ImportSheetCommand.choices(q) + (q.kind() == SheetQuestion.Kind.DATE ? "; or a date dd/mm/yyyy"
                : "") + (q.places().size() > 1 ? "; also at " + String.join(", ",
                q.places().subList(1, q.places().size())) : "") + ".");
    }

    private static String shape(SheetInfo s) {
        return switch (s.shape()) {
            case HEADING_ROWS -> "priorities as heading rows";
            case SHEET_PER_PRIORITY -> "one sheet per priority";
            case PRIORITY_COLUMN -> "priorities in a column";
            case SINGLE_LIST -> "no priorities";
        };
    }

    private static String column(MappedColumn c) {
        return c.letter() + " '" + c.header() + "' as " + (c.field() == SheetField.IGNORED ? "not read"
                : c.field().heading());
    }

    private static String cell(ReadCell c) {
        return c.cell() + " " + c.field().heading() + " '" + c.written().replaceAll("\\s+", " ") + "'"
                + (c.written().equals(c.value()) ? "" : " as '" + c.value().replaceAll("\\s+", " ") + "'");
    }

    private static String kind(ImportNote.Kind kind) {
        return switch (kind) {
            case WARNING -> "Warning";
            case SKIPPED -> "Skipped";
            case NOT_CARRIED_OVER -> "Not carried over";
        };
    }
}

package org.jointplan.sheet;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jointplan.domain.ImportNote;

/**
 * Sorts a sheet's rows below its header into priority headings and actions, and skips the rest with a note:
 * hidden rows (last year's plan), totals, footnotes, rows with no action, and the header repeated.
 */
final class SheetRows {
    /** A heading (its text) or an action row (heading null). */
    record Item(GridRow row, String heading) {
    }

    private static final Pattern TOTALS = Pattern.compile("^(grand\\s+)?(totals?|sum|count|overall|summary)\\b.*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FOOTNOTE = Pattern.compile(
            "^([*†‡¹²³]|\\(\\d\\)|notes?\\b|key\\b|source\\b|n\\.?b\\.?\\b|please\\b|last updated\\b|updated\\b"
                    + "|version\\b|date of (last )?update\\b).*", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern PRIORITY_HEADING = Pattern.compile(
            "^(priority|theme|workstream|work stream|objective|section|strategic priority|outcome)\\b.*"
                    + "|^\\d{1,2}\\s*[.):\\-]?\\s+\\p{L}.*", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Set<SheetField> DATA = EnumSet.of(SheetField.START, SheetField.DUE, SheetField.STATUS,
            SheetField.PERCENT_COMPLETE, SheetField.OWNER, SheetField.LEAD_PARTNER, SheetField.STATUS_REASON,
            SheetField.RISKS, SheetField.CORRECTIVE_ACTION, SheetField.DESCRIPTION, SheetField.DECISION_NEEDED);

    private SheetRows() {
    }

    static List<Item> sort(GridSheet sheet, SheetLayout layout, List<ImportNote> notes) {
        List<Item> items = new ArrayList<>();
        int titleColumn = layout.columnOf(SheetField.TITLE);
        boolean byColumn = layout.has(SheetField.PRIORITY);
        List<Integer> hidden = new ArrayList<>();
        Set<String> refs = new java.util.HashSet<>();
        int refColumn = layout.columnOf(SheetField.REFERENCE);
        if (refColumn >= 0) {
            sheet.rows().forEach(r -> refs.add(r.text(refColumn)));
        }
        String headerWords = headerWords(layout.header());
        int headerSize = layout.header().filled().size();
        for (GridRow row : sheet.rows()) {
            if (row.number() <= layout.header().number()) {
                continue;
            }
            if (row.hidden()) {
                hidden.add(row.number());
                continue;
            }
            List<GridCell> filled = row.filled();
            if (filled.isEmpty() || filled.size() == headerSize && headerWords(row).equals(headerWords)) {
                continue; // a blank row with only a fill, or the header repeated above a section
            }
            String first = filled.get(0).text().strip();
            if (TOTALS.matcher(first).matches() && (filled.get(0).column() != titleColumn || filled.size() > 1)) {
                notes.add(ImportNote.skipped(SheetPlaces.row(sheet.name(), row.number()),
                        "A totals row ('" + shorten(first) + "') was skipped."));
            } else if (FOOTNOTE.matcher(first).matches() && (filled.size() == 1 || row.mergedWidth() > 1)) {
                notes.add(footnote(sheet, row, first));
            } else if (!byColumn && (isHeading(row, filled, layout, titleColumn)
                    || numberedHeading(row, filled, refColumn, refs))) {
                items.add(new Item(row, filled.stream().map(c -> c.text().strip()).reduce((a, b) -> a + " " + b)
                        .orElse("")));
            } else if (!row.text(titleColumn).isEmpty()) {
                items.add(new Item(row, null));
            } else {
                notes.add(ImportNote.skipped(SheetPlaces.row(sheet.name(), row.number()), "The row has no action in"
                        + " column " + SheetPlaces.letter(titleColumn) + ", so it was skipped."));
            }
        }
        trailingFootnotes(sheet, layout, items, notes);
        hiddenRanges(sheet, hidden, notes);
        return items;
    }

    private static boolean isHeading(GridRow row, List<GridCell> filled, SheetLayout layout, int titleColumn) {
        if (filled.size() > 2 || filled.stream().anyMatch(c -> DATA.contains(layout.field(c.column())))) {
            return false;
        }
        String text = filled.get(filled.size() - 1).text().strip();
        return row.mergedWidth() >= 3 || filled.stream().noneMatch(c -> c.column() == titleColumn)
                || PRIORITY_HEADING.matcher(filled.get(0).text().strip()).matches() && text.length() < 200
                && filled.size() == 1 && layout.has(SheetField.REFERENCE);
    }

    /** "1 | Speech and language" above actions "1.1", "1.2": a numbered priority heading, not an action. */
    private static boolean numberedHeading(GridRow row, List<GridCell> filled, int refColumn, Set<String> refs) {
        if (refColumn < 0 || filled.size() != 2 || filled.get(0).column() != refColumn) {
            return false;
        }
        String ref = filled.get(0).text().strip().replaceFirst("\\.$", "");
        if (!ref.matches("\\d{1,2}")) {
            return false;
        }
        return refs.stream().anyMatch(r -> r.startsWith(ref + ".") && r.length() > ref.length() + 1);
    }

    /** Rows after the last full action that read as a heading or a lone note are footnotes. */
    private static void trailingFootnotes(GridSheet sheet, SheetLayout layout, List<Item> items,
                                          List<ImportNote> notes) {
        int refColumn = layout.columnOf(SheetField.REFERENCE);
        long withRefs = refColumn < 0 ? 0 : items.stream().filter(i -> i.heading() == null
                && !i.row().text(refColumn).isEmpty()).count();
        boolean refsUsual = withRefs * 2 > items.stream().filter(i -> i.heading() == null).count();
        for (int i = items.size() - 1; i >= 0; i--) {
            Item item = items.get(i);
            GridRow row = item.row();
            boolean lone = row.filled().size() == 1;
            boolean footnote = item.heading() != null
                    ? !PRIORITY_HEADING.matcher(item.heading()).matches() || lone && row.filled().get(0).text().length() > 120
                    : lone && (row.mergedWidth() > 1 || refsUsual);
            if (!footnote) {
                break;
            }
            notes.add(0, footnote(sheet, row, row.filled().get(0).text().strip()));
            items.remove(i);
        }
    }

    private static ImportNote footnote(GridSheet sheet, GridRow row, String text) {
        return ImportNote.skipped(SheetPlaces.row(sheet.name(), row.number()),
                "A note below the actions ('" + shorten(text) + "') was skipped.");
    }

    private static void hiddenRanges(GridSheet sheet, List<Integer> hidden, List<ImportNote> notes) {
        int i = 0;
        while (i < hidden.size()) {
            int j = i;
            while (j + 1 < hidden.size() && hidden.get(j + 1) == hidden.get(j) + 1) {
                j++;
            }
            String where = i == j ? SheetPlaces.row(sheet.name(), hidden.get(i))
                    : (sheet.name().isEmpty() ? "Rows " : "Sheet '" + sheet.name() + "', rows ") + hidden.get(i) + "-"
                    + hidden.get(j);
            notes.add(ImportNote.skipped(where, (i == j ? "The row is hidden" : "The rows are hidden")
                    + " in the workbook, so " + (i == j ? "it was" : "they were") + " skipped; unhide "
                    + (i == j ? "it" : "them") + " in Excel to import " + (i == j ? "it." : "them.")));
            i = j + 1;
        }
    }

    private static String headerWords(GridRow row) {
        StringBuilder b = new StringBuilder();
        row.filled().forEach(c -> b.append(HeaderWords.normal(c.text())).append('|'));
        return b.toString().toLowerCase(Locale.UK);
    }

    static String shorten(String text) {
        String one = text.replaceAll("\\s+", " ").strip();
        return one.length() > 60 ? one.substring(0, 57) + "…" : one;
    }
}

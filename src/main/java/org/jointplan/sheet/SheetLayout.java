package org.jointplan.sheet;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jointplan.domain.ImportNote;

/**
 * Where a sheet's header is and which field each column fills. The header is the row among the first 40 whose cells
 * name the most fields (at least two, one of them the action); title rows merged across the sheet and blank rows
 * above it are passed over. A column the given mapping names keeps its field; the others get the field their header
 * suggests, and when two columns suggest one field the better-named keeps it.
 */
record SheetLayout(GridRow header, Map<Integer, MappedColumn> columns) {
    private static final int SEARCHED_ROWS = 40;

    SheetLayout {
        columns = new TreeMap<>(columns);
    }

    SheetField field(int column) {
        MappedColumn c = columns.get(column);
        return c == null ? SheetField.IGNORED : c.field();
    }

    /** The column of the field, or -1 when no column fills it. */
    int columnOf(SheetField field) {
        return columns.values().stream().filter(c -> c.field() == field).findFirst()
                .map(c -> SheetPlaces.column(c.letter())).orElse(-1);
    }

    boolean has(SheetField field) {
        return columnOf(field) >= 0;
    }

    /** The layout of the sheet, or null when no row reads as a header. */
    static SheetLayout find(GridSheet sheet, SheetMapping given, List<ImportNote> notes) {
        GridRow best = null;
        int bestScore = 1;
        int searched = 0;
        for (GridRow row : sheet.rows()) {
            if (++searched > SEARCHED_ROWS) {
                break;
            }
            int score = score(row, given);
            if (score > bestScore) {
                best = row;
                bestScore = score;
            }
        }
        return best == null ? null : new SheetLayout(best, columns(sheet, best, given, notes));
    }

    /** How many fields the row's cells name, or 0 when none of them is the action or when it holds non-text. */
    static int score(GridRow row, SheetMapping given) {
        Set<SheetField> fields = new HashSet<>();
        for (GridCell c : row.cells()) {
            if (c.date() != null || c.text().strip().length() > 150) {
                return 0; // a header holds short words, never dates or paragraphs
            }
            SheetField f = fieldOf(c, given);
            if (f != null && f != SheetField.IGNORED) {
                fields.add(f);
            }
        }
        boolean hasAction = fields.contains(SheetField.TITLE) || fields.contains(SheetField.DESCRIPTION);
        return hasAction ? fields.size() : 0;
    }

    private static SheetField fieldOf(GridCell c, SheetMapping given) {
        if (given != null) {
            var f = given.fieldOf(SheetPlaces.letter(c.column()), c.text());
            if (f.isPresent()) {
                return f.get();
            }
        }
        HeaderWords.Suggestion s = HeaderWords.suggest(c.text());
        return s == null ? null : s.field();
    }

    private static Map<Integer, MappedColumn> columns(GridSheet sheet, GridRow header, SheetMapping given,
                                                      List<ImportNote> notes) {
        Map<Integer, MappedColumn> columns = new TreeMap<>();
        Map<SheetField, Integer> bestRank = new EnumMap<>(SheetField.class);
        Map<SheetField, Integer> holder = new EnumMap<>(SheetField.class);
        List<Integer> order = new ArrayList<>();
        Map<Integer, Integer> ranks = new TreeMap<>();
        for (GridCell c : header.cells()) {
            String letter = SheetPlaces.letter(c.column());
            String text = c.text().strip().replaceAll("\\s+", " ");
            SheetField field = SheetField.IGNORED;
            int rank = Integer.MAX_VALUE;
            var chosen = given == null ? java.util.Optional.<SheetField>empty() : given.fieldOf(letter, text);
            if (chosen.isPresent()) {
                field = chosen.get();
                rank = -1;
            } else {
                HeaderWords.Suggestion s = HeaderWords.suggest(text);
                if (s != null) {
                    field = s.field();
                    rank = s.rank();
                }
            }
            columns.put(c.column(), new MappedColumn(letter, text, field));
            order.add(c.column());
            ranks.put(c.column(), rank);
            if (field != SheetField.IGNORED && rank < bestRank.getOrDefault(field, Integer.MAX_VALUE)) {
                bestRank.put(field, rank);
                holder.put(field, c.column());
            }
        }
        for (int column : order) {
            MappedColumn c = columns.get(column);
            if (c.field() != SheetField.IGNORED && holder.get(c.field()) != column) {
                MappedColumn kept = columns.get(holder.get(c.field()));
                notes.add(ImportNote.notCarriedOver(SheetPlaces.cell(sheet.name(), header.number(), column),
                        "Column " + c.letter() + " ('" + c.header() + "') is not read: column " + kept.letter()
                                + " ('" + kept.header() + "') already gives " + label(c.field())
                                + "; map it to another field if it holds one."));
                columns.put(column, new MappedColumn(c.letter(), c.header(), SheetField.IGNORED));
            }
        }
        figuresAsPercent(sheet, header, columns, holder, ranks);
        if (!holder.containsKey(SheetField.TITLE) && holder.containsKey(SheetField.DESCRIPTION)) {
            MappedColumn d = columns.get(holder.get(SheetField.DESCRIPTION));
            columns.put(holder.get(SheetField.DESCRIPTION), new MappedColumn(d.letter(), d.header(), SheetField.TITLE));
        }
        for (MappedColumn c : columns.values()) {
            if (c.field() == SheetField.IGNORED && !c.header().isEmpty() && given == null
                    && HeaderWords.suggest(c.header()) == null) {
                notes.add(ImportNote.notCarriedOver(SheetPlaces.cell(sheet.name(), header.number(),
                        SheetPlaces.column(c.letter())), "Column " + c.letter() + " ('" + c.header() + "') matches"
                        + " no field of an action, so it is not read; map it to one if it should be."));
            }
        }
        return columns;
    }

    /**
     * A "Progress" or "Status" column whose cells are mostly figures (40, 0.4, "40%") is percent complete, not
     * commentary or a rating, when no other column is.
     */
    private static void figuresAsPercent(GridSheet sheet, GridRow header, Map<Integer, MappedColumn> columns,
                                         Map<SheetField, Integer> holder, Map<Integer, Integer> ranks) {
        if (holder.containsKey(SheetField.PERCENT_COMPLETE)) {
            return;
        }
        for (MappedColumn c : columns.values()) {
            int column = SheetPlaces.column(c.letter());
            boolean guessed = ranks.get(column) != null && ranks.get(column) >= 0;
            if (!guessed || !(c.field() == SheetField.STATUS_REASON || c.field() == SheetField.STATUS)) {
                continue;
            }
            int figures = 0;
            int values = 0;
            for (GridRow row : sheet.rows()) {
                if (row.number() <= header.number()) {
                    continue;
                }
                GridCell cell = row.cell(column);
                if (cell != null && !cell.text().isBlank()) {
                    values++;
                    figures += cell.number() != null || cell.text().strip().matches("(c\\.\\s*)?\\d{1,3}(\\.\\d+)?\\s*%?")
                            ? 1 : 0;
                }
                if (values >= 200) {
                    break;
                }
            }
            if (values > 0 && figures * 10 >= values * 6) {
                columns.put(column, new MappedColumn(c.letter(), c.header(), SheetField.PERCENT_COMPLETE));
                if (holder.get(c.field()) != null && holder.get(c.field()) == column) {
                    holder.remove(c.field());
                }
                holder.put(SheetField.PERCENT_COMPLETE, column);
                return;
            }
        }
    }

    static String label(SheetField field) {
        return field.heading().isEmpty() ? "nothing" : "'" + field.heading() + "'";
    }
}

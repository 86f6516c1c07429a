package org.jointplan.sheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jointplan.domain.ImportNote;

/**
 * What a sheet's columns show as a whole, needed before any of its rows is read: whether a date column writes its
 * dates month first (a SharePoint export: some value's second number is over 12, no value's first is), and whether
 * the percent column's numbers are fractions of one.
 */
record ColumnHints(Map<Integer, DateReading.Order> dateOrders, boolean fractions) {

    static ColumnHints of(GridSheet sheet, SheetLayout layout, List<SheetRows.Item> items, List<ImportNote> notes) {
        Map<Integer, DateReading.Order> orders = new HashMap<>();
        List<String> texts = new ArrayList<>(); // a sheet writes all its dates one way, so judge them together
        List<Integer> columns = new ArrayList<>();
        for (SheetField field : List.of(SheetField.START, SheetField.DUE)) {
            int column = layout.columnOf(field);
            if (column < 0) {
                continue;
            }
            columns.add(column);
            for (SheetRows.Item item : items) {
                GridCell c = item.row().cell(column);
                if (c != null && c.date() == null && c.number() == null) {
                    texts.add(c.text());
                }
            }
        }
        DateReading.Order order = DateReading.order(texts);
        columns.forEach(c -> orders.put(c, order));
        if (order == DateReading.Order.MONTH_FIRST) {
            notes.add(ImportNote.warning(SheetPlaces.sheet(sheet.name()), "The dates are written month first (as"
                    + " in a US or SharePoint export: one reads like 12/31/2024), so every date was read month"
                    + " first."));
        }
        int percentColumn = layout.columnOf(SheetField.PERCENT_COMPLETE);
        List<GridCell> percents = new ArrayList<>();
        if (percentColumn >= 0) {
            for (SheetRows.Item item : items) {
                GridCell c = item.row().cell(percentColumn);
                if (c != null) {
                    percents.add(c);
                }
            }
        }
        return new ColumnHints(orders, PercentReading.fractions(percents));
    }
}

package org.jointplan.report;

import java.util.ArrayList;
import java.util.List;
import org.jointplan.chart.TextMetrics;

/**
 * A table whose columns are wide enough for their longest word (a date, "Complete", a partner's name), so no writer
 * has to break a word across lines, with the room left shared out by the columns' weights. A column's need is
 * capped, so one long word in a reason cannot squeeze the rest.
 */
final class FittedTable {
    /** The text size and the padding either side of a cell's text that the writers use for tables, in points. */
    static final double TEXT = 10;
    static final double PADDING = 10;
    static final double MOST_FOR_ONE_WORD = 0.3;

    private FittedTable() {
    }

    static Block.Table of(String caption, List<Column> columns, List<List<Cell>> rows, double width) {
        double[] need = new double[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            need[c] = longestWord(columns.get(c).header(), true);
            for (List<Cell> row : rows) {
                need[c] = Math.max(need[c], longestWord(row.get(c).text(), row.get(c).status() != null));
            }
            need[c] = Math.min(need[c] + PADDING, width * MOST_FOR_ONE_WORD);
        }
        double needed = 0;
        double weights = 0;
        for (int c = 0; c < columns.size(); c++) {
            needed += need[c];
            weights += columns.get(c).weight();
        }
        double spare = width - needed;
        double[] share = new double[columns.size()];
        if (spare >= 0) {
            for (int c = 0; c < columns.size(); c++) {
                share[c] = spare * columns.get(c).weight() / weights;
            }
        } else {
            shrinkTheProse(columns, need, -spare, share);
        }
        List<Column> fitted = new ArrayList<>(columns.size());
        for (int c = 0; c < columns.size(); c++) {
            Column col = columns.get(c);
            fitted.add(new Column(col.header(), Math.max(need[c] + share[c], PADDING), col.numeric()));
        }
        return new Block.Table(caption, fitted, rows);
    }

    /**
     * Too little room: the wider-than-median columns (the prose: titles, reasons), whose long words may break,
     * give it up in proportion to their weights; dates, counts and statuses keep theirs.
     */
    private static void shrinkTheProse(List<Column> columns, double[] need, double overflow, double[] share) {
        double median = columns.stream().mapToDouble(Column::weight).sorted().skip((columns.size() - 1) / 2)
                .findFirst().orElse(0);
        double prose = columns.stream().mapToDouble(Column::weight).filter(w -> w > median).sum();
        for (int c = 0; c < columns.size(); c++) {
            double w = columns.get(c).weight();
            share[c] = prose == 0 ? -overflow / columns.size() : w > median ? -overflow * w / prose : 0;
        }
    }

    private static double longestWord(String text, boolean bold) {
        double longest = 0;
        for (String word : text.split("\\s+")) {
            longest = Math.max(longest, TextMetrics.width(word, TEXT, bold));
        }
        return longest;
    }
}

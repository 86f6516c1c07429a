package org.jointplan.report;

/**
 * A table column: its header, and its share of the table's width relative to the other columns' weights.
 *
 * @param numeric right-aligned, as figures are
 */
public record Column(String header, double weight, boolean numeric) {
    public Column {
        if (header == null || weight <= 0) {
            throw new IllegalArgumentException("A column needs a header and a positive weight.");
        }
    }

    public static Column of(String header, double weight) {
        return new Column(header, weight, false);
    }

    public static Column figure(String header, double weight) {
        return new Column(header, weight, true);
    }
}

package org.jointplan.report;

import org.jointplan.domain.Status;

/**
 * One cell of a table: its text, and a status when the cell shows one, which writers colour as the plan's BRAG
 * colour. The text always says the status in a symbol and words ("✓ On track"), so colour is never the only carrier.
 */
public record Cell(String text, Status status) {
    public Cell {
        text = text == null ? "" : text;
    }

    public static Cell of(String text) {
        return new Cell(text, null);
    }

    /** A status in its symbol and the plan's word for it. */
    public static Cell status(Status status, String word) {
        return new Cell(status.symbol() + " " + word, status);
    }
}

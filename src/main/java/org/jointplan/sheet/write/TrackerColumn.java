package org.jointplan.sheet.write;

/**
 * The columns of the tracker, in order, with the header a council's tracker gives them, what kind of value each
 * holds, and the widest it is drawn (in characters; longer text wraps).
 */
public enum TrackerColumn {
    REF("Ref", Kind.TEXT, 8),
    PRIORITY("Priority", Kind.LONG_TEXT, 36),
    ACTION("Action", Kind.LONG_TEXT, 50),
    DESCRIPTION("Description", Kind.LONG_TEXT, 60),
    LEAD_ORGANISATION("Lead organisation", Kind.TEXT, 32),
    LEAD_OFFICER("Lead officer", Kind.TEXT, 32),
    START("Start", Kind.DATE, 12),
    DUE("Due", Kind.DATE, 12),
    BASELINE_DUE("Baseline due", Kind.DATE, 12),
    STATUS("Status", Kind.STATUS, 16),
    PERCENT_COMPLETE("% complete", Kind.PERCENT, 11),
    DIRECTION("Direction of travel", Kind.TEXT, 20),
    STATUS_REASON("Reason for status", Kind.LONG_TEXT, 50),
    CORRECTIVE_ACTION("Corrective action", Kind.LONG_TEXT, 50),
    DECISION_NEEDED("Decision needed", Kind.LONG_TEXT, 40),
    MILESTONES("Milestones", Kind.LONG_TEXT, 50);

    /** How a column's cells are written. */
    public enum Kind { TEXT, LONG_TEXT, DATE, STATUS, PERCENT }

    private final String header;
    private final Kind kind;
    private final int widest;

    TrackerColumn(String header, Kind kind, int widest) {
        this.header = header;
        this.kind = kind;
        this.widest = widest;
    }

    public String header() {
        return header;
    }

    public Kind kind() {
        return kind;
    }

    /** The widest the column is drawn, in characters. */
    public int widest() {
        return widest;
    }
}

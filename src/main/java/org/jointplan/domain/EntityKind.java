package org.jointplan.domain;

/** The kinds of record below a plan: what a tombstone can stand for. */
public enum EntityKind {
    PARTNER, PRIORITY, ACTION, MILESTONE, DEPENDENCY, PROGRESS_UPDATE, MEASURE, MEASURE_VALUE, COMMITTEE_DATE,
    SNAPSHOT, DATE_MOVE;

    public static EntityKind of(Stamped record) {
        if (record instanceof Partner) {
            return PARTNER;
        } else if (record instanceof Priority) {
            return PRIORITY;
        } else if (record instanceof Action) {
            return ACTION;
        } else if (record instanceof Milestone) {
            return MILESTONE;
        } else if (record instanceof Dependency) {
            return DEPENDENCY;
        } else if (record instanceof ProgressUpdate) {
            return PROGRESS_UPDATE;
        } else if (record instanceof Measure) {
            return MEASURE;
        } else if (record instanceof MeasureValue) {
            return MEASURE_VALUE;
        } else if (record instanceof CommitteeDate) {
            return COMMITTEE_DATE;
        } else if (record instanceof ReportSnapshot) {
            return SNAPSHOT;
        } else if (record instanceof DateMove) {
            return DATE_MOVE;
        }
        throw new IllegalArgumentException("A " + record.getClass().getSimpleName() + " has no tombstone kind.");
    }
}

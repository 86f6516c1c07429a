package org.jointplan.domain;

/** The kinds of record a tombstone can stand for. */
public enum EntityKind {
    PARTNER, PRIORITY, ACTION, MILESTONE, DEPENDENCY, PROGRESS_UPDATE, MEASURE, MEASURE_VALUE
}

package org.jointplan.domain;

/**
 * The parts of a plan another application's file can carry. Updating a plan from such a file changes only the
 * fields the file carried: a tracker without a "Lead officer" column leaves every owner as it is.
 */
public enum ImportedField {
    /** Which priority an action belongs to. */
    PRIORITY,
    TITLE,
    DESCRIPTION,
    LEAD_PARTNER,
    OWNER,
    START,
    DUE,
    /** Status and percent complete travel together: the plan's rules bind them. */
    STATUS,
    PERCENT_COMPLETE,
    STATUS_REASON,
    CORRECTIVE_ACTION,
    DECISION_NEEDED,
    /** The file's milestones: added or moved, never removed. */
    MILESTONES,
    /** The file's links between actions: added, never removed. */
    DEPENDENCIES
}

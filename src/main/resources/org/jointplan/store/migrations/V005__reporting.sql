-- Schema version 5: the reporting cycle. Baselines, corrective actions and decisions on actions; overridden ratings
-- and confidence on priorities; the plan's BRAG key and reporting calendar; date moves; report snapshots.

ALTER TABLE action ADD COLUMN baseline_start TEXT CHECK (baseline_start IS NULL OR date(baseline_start) IS baseline_start);
ALTER TABLE action ADD COLUMN baseline_due TEXT
    CHECK ((baseline_due IS NULL) = (baseline_start IS NULL)
        AND (baseline_due IS NULL OR (date(baseline_due) IS baseline_due AND baseline_due >= baseline_start)));
ALTER TABLE action ADD COLUMN corrective_action TEXT NOT NULL DEFAULT '';
ALTER TABLE action ADD COLUMN decision_needed TEXT NOT NULL DEFAULT '';

ALTER TABLE priority ADD COLUMN rating_override TEXT
    CHECK (rating_override IS NULL OR rating_override IN ('not_started', 'on_track', 'at_risk', 'off_track', 'complete'));
ALTER TABLE priority ADD COLUMN override_reason TEXT NOT NULL DEFAULT ''
    CHECK (rating_override IS NULL OR length(trim(override_reason)) > 0);
ALTER TABLE priority ADD COLUMN confidence TEXT CHECK (confidence IS NULL OR confidence IN ('high', 'medium', 'low'));

-- The words and meanings of the statuses; a plan without rows here uses the default key.
CREATE TABLE brag_key (
    plan_id TEXT NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    status  TEXT NOT NULL CHECK (status IN ('not_started', 'on_track', 'at_risk', 'off_track', 'complete')),
    label   TEXT NOT NULL CHECK (length(trim(label)) > 0),
    meaning TEXT NOT NULL,
    PRIMARY KEY (plan_id, status)
) STRICT;

CREATE TABLE committee_date (
    id             TEXT PRIMARY KEY CHECK (length(id) = 36),
    plan_id        TEXT NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    name           TEXT NOT NULL CHECK (length(trim(name)) > 0),
    meeting_date   TEXT NOT NULL CHECK (date(meeting_date) IS meeting_date),
    changed_at     TEXT NOT NULL,
    changed_by_org TEXT NOT NULL,
    changed_by     TEXT NOT NULL
) STRICT;
CREATE INDEX committee_date_by_plan ON committee_date (plan_id);

-- Each move of a baselined action's due date or of a milestone's date, with its reason; who and when in the stamp.
CREATE TABLE date_move (
    id             TEXT PRIMARY KEY CHECK (length(id) = 36),
    plan_id        TEXT NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    action_id      TEXT,
    milestone_id   TEXT,
    from_date      TEXT NOT NULL CHECK (date(from_date) IS from_date),
    to_date        TEXT NOT NULL CHECK (date(to_date) IS to_date),
    reason         TEXT NOT NULL,
    changed_at     TEXT NOT NULL,
    changed_by_org TEXT NOT NULL,
    changed_by     TEXT NOT NULL,
    CHECK ((action_id IS NULL) <> (milestone_id IS NULL)),
    FOREIGN KEY (plan_id, action_id) REFERENCES action (plan_id, id) ON DELETE CASCADE
) STRICT;
CREATE INDEX date_move_by_plan ON date_move (plan_id);
CREATE INDEX date_move_by_action ON date_move (action_id);
CREATE INDEX date_move_by_milestone ON date_move (milestone_id);

-- A report snapshot, never edited, and the positions it froze. The positions name actions, priorities, milestones
-- and measures by id without a foreign key: a snapshot keeps what was reported after the record is deleted.
CREATE TABLE report_snapshot (
    id             TEXT PRIMARY KEY CHECK (length(id) = 36),
    plan_id        TEXT NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    as_at          TEXT NOT NULL CHECK (date(as_at) IS as_at),
    label          TEXT NOT NULL,
    changed_at     TEXT NOT NULL,
    changed_by_org TEXT NOT NULL,
    changed_by     TEXT NOT NULL
) STRICT;
CREATE INDEX report_snapshot_by_plan ON report_snapshot (plan_id, as_at);

CREATE TABLE snapshot_action (
    snapshot_id       TEXT NOT NULL REFERENCES report_snapshot (id) ON DELETE CASCADE,
    position          INTEGER NOT NULL CHECK (position >= 0),
    action_id         TEXT NOT NULL CHECK (length(action_id) = 36),
    priority_id       TEXT NOT NULL CHECK (length(priority_id) = 36),
    title             TEXT NOT NULL CHECK (length(trim(title)) > 0),
    status            TEXT NOT NULL
        CHECK (status IN ('not_started', 'on_track', 'at_risk', 'off_track', 'complete')),
    percent_complete  INTEGER NOT NULL CHECK (percent_complete BETWEEN 0 AND 100),
    start_date        TEXT NOT NULL CHECK (date(start_date) IS start_date),
    due_date          TEXT NOT NULL CHECK (date(due_date) IS due_date),
    baseline_start    TEXT CHECK (baseline_start IS NULL OR date(baseline_start) IS baseline_start),
    baseline_due      TEXT CHECK (baseline_due IS NULL OR date(baseline_due) IS baseline_due),
    status_reason     TEXT NOT NULL,
    corrective_action TEXT NOT NULL,
    decision_needed   TEXT NOT NULL,
    CHECK (due_date >= start_date),
    CHECK ((status = 'complete') = (percent_complete = 100)),
    PRIMARY KEY (snapshot_id, position)
) STRICT;

CREATE TABLE snapshot_priority (
    snapshot_id TEXT NOT NULL REFERENCES report_snapshot (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL CHECK (position >= 0),
    priority_id TEXT NOT NULL CHECK (length(priority_id) = 36),
    rating      TEXT NOT NULL CHECK (rating IN ('not_started', 'on_track', 'at_risk', 'off_track', 'complete')),
    overridden  INTEGER NOT NULL CHECK (overridden IN (0, 1)),
    confidence  TEXT CHECK (confidence IS NULL OR confidence IN ('high', 'medium', 'low')),
    PRIMARY KEY (snapshot_id, position)
) STRICT;

CREATE TABLE snapshot_milestone (
    snapshot_id  TEXT NOT NULL REFERENCES report_snapshot (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL CHECK (position >= 0),
    milestone_id TEXT NOT NULL CHECK (length(milestone_id) = 36),
    due_date     TEXT NOT NULL CHECK (date(due_date) IS due_date),
    achieved     INTEGER NOT NULL CHECK (achieved IN (0, 1)),
    PRIMARY KEY (snapshot_id, position)
) STRICT;

CREATE TABLE snapshot_measure (
    snapshot_id TEXT NOT NULL REFERENCES report_snapshot (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL CHECK (position >= 0),
    measure_id  TEXT NOT NULL CHECK (length(measure_id) = 36),
    value_date  TEXT NOT NULL CHECK (date(value_date) IS value_date),
    value       REAL NOT NULL,
    PRIMARY KEY (snapshot_id, position)
) STRICT;

-- Tombstones may now stand for the new kinds of record: the table is rebuilt, since a CHECK cannot be altered.
CREATE TABLE tombstone_v5 (
    id             TEXT PRIMARY KEY CHECK (length(id) = 36),
    plan_id        TEXT NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    kind           TEXT NOT NULL CHECK (kind IN ('PARTNER', 'PRIORITY', 'ACTION', 'MILESTONE', 'DEPENDENCY',
                                                  'PROGRESS_UPDATE', 'MEASURE', 'MEASURE_VALUE', 'COMMITTEE_DATE',
                                                  'SNAPSHOT', 'DATE_MOVE')),
    changed_at     TEXT NOT NULL,
    changed_by_org TEXT NOT NULL,
    changed_by     TEXT NOT NULL
) STRICT;
INSERT INTO tombstone_v5 SELECT id, plan_id, kind, changed_at, changed_by_org, changed_by FROM tombstone;
DROP TABLE tombstone;
ALTER TABLE tombstone_v5 RENAME TO tombstone;
CREATE INDEX tombstone_by_plan ON tombstone (plan_id);

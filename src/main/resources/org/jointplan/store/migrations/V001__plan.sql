-- Schema version 1: the plan and everything in it.
-- Dates are ISO text checked by date(x) = x, so 2025-02-30 cannot be stored. Ids are UUID text.
-- Composite foreign keys (plan_id, x_id) keep every reference inside one plan.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE plan (
    id             TEXT PRIMARY KEY CHECK (length(id) = 36),
    title          TEXT NOT NULL CHECK (length(trim(title)) > 0),
    strategy       TEXT NOT NULL,
    period_start   TEXT NOT NULL CHECK (date(period_start) IS period_start),
    period_end     TEXT NOT NULL CHECK (date(period_end) IS period_end),
    financial_year INTEGER NOT NULL CHECK (financial_year BETWEEN 1900 AND 2999),
    changed_at     TEXT NOT NULL,
    changed_by_org TEXT NOT NULL,
    changed_by     TEXT NOT NULL,
    CHECK (period_end >= period_start)
) STRICT;

CREATE TABLE governance_group (
    plan_id  TEXT NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 0),
    name     TEXT NOT NULL CHECK (length(trim(name)) > 0),
    PRIMARY KEY (plan_id, position)
) STRICT;

CREATE TABLE partner (
    id             TEXT PRIMARY KEY CHECK (length(id) = 36),
    plan_id        TEXT NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    name           TEXT NOT NULL CHECK (length(trim(name)) > 0),
    short_name     TEXT NOT NULL,
    changed_at     TEXT NOT NULL,
    changed_by_org TEXT NOT NULL,
    changed_by     TEXT NOT NULL,
    UNIQUE (plan_id, id)
) STRICT;

CREATE TABLE priority (
    id              TEXT PRIMARY KEY CHECK (length(id) = 36),
    plan_id         TEXT NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL CHECK (position >= 1),
    name            TEXT NOT NULL CHECK (length(trim(name)) > 0),
    short_name      TEXT NOT NULL,
    rationale       TEXT NOT NULL,
    lead_partner_id TEXT,
    lead_officer    TEXT NOT NULL,
    retired         INTEGER NOT NULL CHECK (retired IN (0, 1)),
    changed_at      TEXT NOT NULL,
    changed_by_org  TEXT NOT NULL,
    changed_by      TEXT NOT NULL,
    UNIQUE (plan_id, id),
    FOREIGN KEY (plan_id, lead_partner_id) REFERENCES partner (plan_id, id)
) STRICT;

CREATE TABLE action (
    id               TEXT PRIMARY KEY CHECK (length(id) = 36),
    plan_id          TEXT NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    priority_id      TEXT NOT NULL,
    title            TEXT NOT NULL CHECK (length(trim(title)) > 0),
    description      TEXT NOT NULL,
    lead_partner_id  TEXT,
    owner            TEXT NOT NULL,
    start_date       TEXT NOT NULL CHECK (date(start_date) IS start_date),
    due_date         TEXT NOT NULL CHECK (date(due_date) IS due_date),
    status           TEXT NOT NULL
        CHECK (status IN ('not_started', 'on_track', 'at_risk', 'off_track', 'complete')),
    percent_complete INTEGER NOT NULL CHECK (percent_complete BETWEEN 0 AND 100),
    status_reason    TEXT NOT NULL,
    notes            TEXT NOT NULL,
    changed_at       TEXT NOT NULL,
    changed_by_org   TEXT NOT NULL,
    changed_by       TEXT NOT NULL,
    CHECK (due_date >= start_date),
    CHECK ((status = 'complete') = (percent_complete = 100)),
    UNIQUE (plan_id, id),
    FOREIGN KEY (plan_id, priority_id) REFERENCES priority (plan_id, id),
    FOREIGN KEY (plan_id, lead_partner_id) REFERENCES partner (plan_id, id)
) STRICT;
CREATE INDEX action_by_priority ON action (plan_id, priority_id);

-- The other priorities an action contributes to, besides its primary one.
CREATE TABLE action_priority (
    plan_id     TEXT NOT NULL,
    action_id   TEXT NOT NULL,
    priority_id TEXT NOT NULL,
    PRIMARY KEY (action_id, priority_id),
    FOREIGN KEY (plan_id, action_id) REFERENCES action (plan_id, id) ON DELETE CASCADE,
    FOREIGN KEY (plan_id, priority_id) REFERENCES priority (plan_id, id)
) STRICT;

CREATE TABLE milestone (
    id              TEXT PRIMARY KEY CHECK (length(id) = 36),
    plan_id         TEXT NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    action_id       TEXT,
    priority_id     TEXT,
    title           TEXT NOT NULL CHECK (length(trim(title)) > 0),
    baseline_date   TEXT NOT NULL CHECK (date(baseline_date) IS baseline_date),
    due_date        TEXT NOT NULL CHECK (date(due_date) IS due_date),
    revision_reason TEXT NOT NULL,
    achieved        INTEGER NOT NULL CHECK (achieved IN (0, 1)),
    changed_at      TEXT NOT NULL,
    changed_by_org  TEXT NOT NULL,
    changed_by      TEXT NOT NULL,
    CHECK ((action_id IS NULL) <> (priority_id IS NULL)),
    FOREIGN KEY (plan_id, action_id) REFERENCES action (plan_id, id) ON DELETE CASCADE,
    FOREIGN KEY (plan_id, priority_id) REFERENCES priority (plan_id, id) ON DELETE CASCADE
) STRICT;
CREATE INDEX milestone_by_plan ON milestone (plan_id);

CREATE TABLE dependency (
    id               TEXT PRIMARY KEY CHECK (length(id) = 36),
    plan_id          TEXT NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    before_action_id TEXT NOT NULL,
    after_action_id  TEXT NOT NULL,
    changed_at       TEXT NOT NULL,
    changed_by_org   TEXT NOT NULL,
    changed_by       TEXT NOT NULL,
    CHECK (before_action_id <> after_action_id),
    UNIQUE (before_action_id, after_action_id),
    FOREIGN KEY (plan_id, before_action_id) REFERENCES action (plan_id, id) ON DELETE CASCADE,
    FOREIGN KEY (plan_id, after_action_id) REFERENCES action (plan_id, id) ON DELETE CASCADE
) STRICT;
CREATE INDEX dependency_by_plan ON dependency (plan_id);

CREATE TABLE progress_update (
    id             TEXT PRIMARY KEY CHECK (length(id) = 36),
    plan_id        TEXT NOT NULL,
    action_id      TEXT NOT NULL,
    update_date    TEXT NOT NULL CHECK (date(update_date) IS update_date),
    text           TEXT NOT NULL CHECK (length(trim(text)) > 0),
    status         TEXT NOT NULL
        CHECK (status IN ('not_started', 'on_track', 'at_risk', 'off_track', 'complete')),
    author         TEXT NOT NULL,
    changed_at     TEXT NOT NULL,
    changed_by_org TEXT NOT NULL,
    changed_by     TEXT NOT NULL,
    FOREIGN KEY (plan_id, action_id) REFERENCES action (plan_id, id) ON DELETE CASCADE
) STRICT;
CREATE INDEX progress_update_by_plan ON progress_update (plan_id);

CREATE TABLE measure (
    id               TEXT PRIMARY KEY CHECK (length(id) = 36),
    plan_id          TEXT NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    name             TEXT NOT NULL CHECK (length(trim(name)) > 0),
    unit             TEXT NOT NULL,
    higher_is_better INTEGER NOT NULL CHECK (higher_is_better IN (0, 1)),
    target           REAL,
    target_date      TEXT CHECK (target_date IS NULL OR date(target_date) IS target_date),
    source           TEXT NOT NULL,
    changed_at       TEXT NOT NULL,
    changed_by_org   TEXT NOT NULL,
    changed_by       TEXT NOT NULL,
    UNIQUE (plan_id, id)
) STRICT;

CREATE TABLE measure_value (
    id             TEXT PRIMARY KEY CHECK (length(id) = 36),
    plan_id        TEXT NOT NULL,
    measure_id     TEXT NOT NULL,
    value_date     TEXT NOT NULL CHECK (date(value_date) IS value_date),
    actual         REAL,
    trajectory     REAL,
    changed_at     TEXT NOT NULL,
    changed_by_org TEXT NOT NULL,
    changed_by     TEXT NOT NULL,
    CHECK (actual IS NOT NULL OR trajectory IS NOT NULL),
    FOREIGN KEY (plan_id, measure_id) REFERENCES measure (plan_id, id) ON DELETE CASCADE
) STRICT;
CREATE INDEX measure_value_by_plan ON measure_value (plan_id);

-- Deleted records, so that a partner's older copy does not bring them back when merged.
CREATE TABLE tombstone (
    id             TEXT PRIMARY KEY CHECK (length(id) = 36),
    plan_id        TEXT NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    kind           TEXT NOT NULL CHECK (kind IN ('PARTNER', 'PRIORITY', 'ACTION', 'MILESTONE', 'DEPENDENCY',
                                                  'PROGRESS_UPDATE', 'MEASURE', 'MEASURE_VALUE')),
    changed_at     TEXT NOT NULL,
    changed_by_org TEXT NOT NULL,
    changed_by     TEXT NOT NULL
) STRICT;
CREATE INDEX tombstone_by_plan ON tombstone (plan_id);

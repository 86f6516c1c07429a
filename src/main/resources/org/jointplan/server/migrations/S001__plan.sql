-- Server schema version 1: the partnership's plans, with the same records, stamps, tombstones and rules as the
-- laptop's SQLite store (store/migrations V001-V006), the revision each push bumps, who may push, and the audit.
-- Everything lives in the schema "jointplan". Composite foreign keys (plan_id, x_id) keep every reference inside one
-- plan; those that a push may satisfy in any order are checked at its commit (DEFERRABLE INITIALLY DEFERRED).
-- Run by ServerMigrations in one transaction with its schema_version row; never edit it once released: add S002.

CREATE SCHEMA IF NOT EXISTS jointplan;

-- The versions of this schema applied, one row each; the highest is the schema's version.
CREATE TABLE jointplan.schema_version (
    version    integer PRIMARY KEY CHECK (version >= 1),
    script     text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
);

-- The records' rules, said once.
CREATE DOMAIN jointplan.plan_date AS date CHECK (VALUE BETWEEN DATE '1900-01-01' AND DATE '2999-12-31');
CREATE DOMAIN jointplan.stamp_time AS timestamptz
    CHECK (VALUE >= TIMESTAMPTZ '1970-01-01 00:00:00+00' AND VALUE < TIMESTAMPTZ '3000-01-01 00:00:00+00');
-- One line: no control character; a long text keeps tabs and line breaks only.
CREATE DOMAIN jointplan.line AS text CHECK (VALUE !~ '[\x01-\x1f\x7f]');
CREATE DOMAIN jointplan.paragraph AS text CHECK (VALUE !~ '[\x01-\x08\x0b\x0c\x0e-\x1f\x7f]');
CREATE DOMAIN jointplan.status AS text
    CHECK (VALUE IN ('not_started', 'on_track', 'at_risk', 'off_track', 'complete'));
CREATE DOMAIN jointplan.confidence AS text CHECK (VALUE IN ('high', 'medium', 'low'));

CREATE TABLE jointplan.plan (
    id             uuid PRIMARY KEY,
    title          jointplan.line NOT NULL CHECK (length(btrim(title)) > 0),
    strategy       jointplan.paragraph NOT NULL,
    period_start   jointplan.plan_date NOT NULL,
    period_end     jointplan.plan_date NOT NULL,
    financial_year integer NOT NULL CHECK (financial_year BETWEEN 1900 AND 2999),
    changed_at     jointplan.stamp_time NOT NULL,
    changed_by_org jointplan.line NOT NULL,
    changed_by     jointplan.line NOT NULL,
    CHECK (period_end >= period_start)
);

CREATE TABLE jointplan.governance_group (
    plan_id  uuid NOT NULL REFERENCES jointplan.plan (id) ON DELETE CASCADE,
    position integer NOT NULL CHECK (position >= 0),
    name     jointplan.line NOT NULL CHECK (length(btrim(name)) > 0),
    PRIMARY KEY (plan_id, position)
);

-- The words and meanings of the statuses; a plan without rows here uses the default key.
CREATE TABLE jointplan.brag_key (
    plan_id uuid NOT NULL REFERENCES jointplan.plan (id) ON DELETE CASCADE,
    status  jointplan.status NOT NULL,
    label   jointplan.line NOT NULL CHECK (length(btrim(label)) > 0),
    meaning jointplan.paragraph NOT NULL,
    PRIMARY KEY (plan_id, status)
);

CREATE TABLE jointplan.partner (
    id             uuid PRIMARY KEY,
    plan_id        uuid NOT NULL REFERENCES jointplan.plan (id) ON DELETE CASCADE,
    name           jointplan.line NOT NULL CHECK (length(btrim(name)) > 0),
    short_name     jointplan.line NOT NULL,
    changed_at     jointplan.stamp_time NOT NULL,
    changed_by_org jointplan.line NOT NULL,
    changed_by     jointplan.line NOT NULL,
    UNIQUE (plan_id, id)
);

CREATE TABLE jointplan.priority (
    id              uuid PRIMARY KEY,
    plan_id         uuid NOT NULL REFERENCES jointplan.plan (id) ON DELETE CASCADE,
    position        integer NOT NULL CHECK (position >= 1),
    name            jointplan.line NOT NULL CHECK (length(btrim(name)) > 0),
    short_name      jointplan.line NOT NULL,
    rationale       jointplan.paragraph NOT NULL,
    lead_partner_id uuid,
    lead_officer    jointplan.line NOT NULL,
    retired         boolean NOT NULL,
    rating_override jointplan.status,
    override_reason jointplan.paragraph NOT NULL CHECK (rating_override IS NULL OR length(btrim(override_reason)) > 0),
    confidence      jointplan.confidence,
    changed_at      jointplan.stamp_time NOT NULL,
    changed_by_org  jointplan.line NOT NULL,
    changed_by      jointplan.line NOT NULL,
    UNIQUE (plan_id, id),
    FOREIGN KEY (plan_id, lead_partner_id) REFERENCES jointplan.partner (plan_id, id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE jointplan.action (
    id                uuid PRIMARY KEY,
    plan_id           uuid NOT NULL REFERENCES jointplan.plan (id) ON DELETE CASCADE,
    priority_id       uuid NOT NULL,
    title             jointplan.line NOT NULL CHECK (length(btrim(title)) > 0),
    description       jointplan.paragraph NOT NULL,
    lead_partner_id   uuid,
    owner             jointplan.line NOT NULL,
    start_date        jointplan.plan_date NOT NULL,
    due_date          jointplan.plan_date NOT NULL,
    status            jointplan.status NOT NULL,
    percent_complete  integer NOT NULL CHECK (percent_complete BETWEEN 0 AND 100),
    status_reason     jointplan.paragraph NOT NULL,
    notes             jointplan.paragraph NOT NULL,
    baseline_start    jointplan.plan_date,
    baseline_due      jointplan.plan_date,
    corrective_action jointplan.paragraph NOT NULL,
    decision_needed   jointplan.paragraph NOT NULL,
    changed_at        jointplan.stamp_time NOT NULL,
    changed_by_org    jointplan.line NOT NULL,
    changed_by        jointplan.line NOT NULL,
    CHECK (due_date >= start_date),
    CHECK ((status = 'complete') = (percent_complete = 100)),
    CHECK ((baseline_start IS NULL) = (baseline_due IS NULL)),
    CHECK (baseline_due >= baseline_start),
    UNIQUE (plan_id, id),
    FOREIGN KEY (plan_id, priority_id) REFERENCES jointplan.priority (plan_id, id) DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY (plan_id, lead_partner_id) REFERENCES jointplan.partner (plan_id, id) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX action_by_priority ON jointplan.action (plan_id, priority_id);

-- The other priorities an action contributes to, besides its primary one.
CREATE TABLE jointplan.action_priority (
    plan_id     uuid NOT NULL,
    action_id   uuid NOT NULL,
    priority_id uuid NOT NULL,
    PRIMARY KEY (action_id, priority_id),
    FOREIGN KEY (plan_id, action_id) REFERENCES jointplan.action (plan_id, id) ON DELETE CASCADE,
    FOREIGN KEY (plan_id, priority_id) REFERENCES jointplan.priority (plan_id, id) ON DELETE CASCADE
        DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX action_priority_by_plan ON jointplan.action_priority (plan_id);

CREATE TABLE jointplan.milestone (
    id              uuid PRIMARY KEY,
    plan_id         uuid NOT NULL REFERENCES jointplan.plan (id) ON DELETE CASCADE,
    action_id       uuid,
    priority_id     uuid,
    title           jointplan.line NOT NULL CHECK (length(btrim(title)) > 0),
    baseline_date   jointplan.plan_date NOT NULL,
    due_date        jointplan.plan_date NOT NULL,
    revision_reason jointplan.paragraph NOT NULL,
    achieved        boolean NOT NULL,
    changed_at      jointplan.stamp_time NOT NULL,
    changed_by_org  jointplan.line NOT NULL,
    changed_by      jointplan.line NOT NULL,
    CHECK ((action_id IS NULL) <> (priority_id IS NULL)),
    FOREIGN KEY (plan_id, action_id) REFERENCES jointplan.action (plan_id, id) ON DELETE CASCADE
        DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY (plan_id, priority_id) REFERENCES jointplan.priority (plan_id, id) ON DELETE CASCADE
        DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX milestone_by_plan ON jointplan.milestone (plan_id);

CREATE TABLE jointplan.dependency (
    id               uuid PRIMARY KEY,
    plan_id          uuid NOT NULL REFERENCES jointplan.plan (id) ON DELETE CASCADE,
    before_action_id uuid NOT NULL,
    after_action_id  uuid NOT NULL,
    changed_at       jointplan.stamp_time NOT NULL,
    changed_by_org   jointplan.line NOT NULL,
    changed_by       jointplan.line NOT NULL,
    CHECK (before_action_id <> after_action_id),
    UNIQUE (before_action_id, after_action_id),
    FOREIGN KEY (plan_id, before_action_id) REFERENCES jointplan.action (plan_id, id) ON DELETE CASCADE
        DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY (plan_id, after_action_id) REFERENCES jointplan.action (plan_id, id) ON DELETE CASCADE
        DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX dependency_by_plan ON jointplan.dependency (plan_id);

CREATE TABLE jointplan.progress_update (
    id             uuid PRIMARY KEY,
    plan_id        uuid NOT NULL,
    action_id      uuid NOT NULL,
    update_date    jointplan.plan_date NOT NULL,
    text           jointplan.paragraph NOT NULL CHECK (length(btrim(text)) > 0),
    status         jointplan.status NOT NULL,
    author         jointplan.line NOT NULL,
    changed_at     jointplan.stamp_time NOT NULL,
    changed_by_org jointplan.line NOT NULL,
    changed_by     jointplan.line NOT NULL,
    FOREIGN KEY (plan_id, action_id) REFERENCES jointplan.action (plan_id, id) ON DELETE CASCADE
        DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX progress_update_by_plan ON jointplan.progress_update (plan_id);

CREATE TABLE jointplan.measure (
    id             uuid PRIMARY KEY,
    plan_id        uuid NOT NULL REFERENCES jointplan.plan (id) ON DELETE CASCADE,
    priority_id    uuid,
    name           jointplan.line NOT NULL CHECK (length(btrim(name)) > 0),
    unit           jointplan.line NOT NULL,
    decimals       integer NOT NULL CHECK (decimals BETWEEN 0 AND 4),
    better         text NOT NULL CHECK (better IN ('higher', 'lower', 'neither')),
    frequency      text NOT NULL CHECK (frequency IN ('monthly', 'quarterly')),
    baseline_value double precision,
    baseline_date  jointplan.plan_date,
    source         jointplan.line NOT NULL,
    suppress_below double precision CHECK (suppress_below > 0),
    description    jointplan.paragraph NOT NULL,
    changed_at     jointplan.stamp_time NOT NULL,
    changed_by_org jointplan.line NOT NULL,
    changed_by     jointplan.line NOT NULL,
    CHECK ((baseline_date IS NULL) = (baseline_value IS NULL)),
    UNIQUE (plan_id, id),
    -- a deleted priority's measures become the plan's own: the push saves them so before removing it
    FOREIGN KEY (plan_id, priority_id) REFERENCES jointplan.priority (plan_id, id) DEFERRABLE INITIALLY DEFERRED
);

-- Targets by date (a standing target has none) and the periods after which SPC limits start afresh.
CREATE TABLE jointplan.measure_target (
    plan_id    uuid NOT NULL,
    measure_id uuid NOT NULL,
    value      double precision NOT NULL,
    by_date    jointplan.plan_date,
    FOREIGN KEY (plan_id, measure_id) REFERENCES jointplan.measure (plan_id, id) ON DELETE CASCADE
        DEFERRABLE INITIALLY DEFERRED
);
-- One standing target (no date) and one target a date, as the store's UNIQUE does (PostgreSQL 14 has no NULLS NOT
-- DISTINCT).
CREATE UNIQUE INDEX measure_target_one_by_date
    ON jointplan.measure_target (measure_id, coalesce(by_date, DATE '9999-12-31'));
CREATE INDEX measure_target_by_plan ON jointplan.measure_target (plan_id);

CREATE TABLE jointplan.measure_rebase (
    plan_id      uuid NOT NULL,
    measure_id   uuid NOT NULL,
    after_period jointplan.plan_date NOT NULL CHECK (extract(day FROM after_period) = 1),
    PRIMARY KEY (measure_id, after_period),
    FOREIGN KEY (plan_id, measure_id) REFERENCES jointplan.measure (plan_id, id) ON DELETE CASCADE
        DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX measure_rebase_by_plan ON jointplan.measure_rebase (plan_id);

-- One value per period, dated by the period's first day (a quarter's first month for a quarterly measure).
CREATE TABLE jointplan.measure_value (
    id             uuid PRIMARY KEY,
    plan_id        uuid NOT NULL,
    measure_id     uuid NOT NULL,
    value_date     jointplan.plan_date NOT NULL CHECK (extract(day FROM value_date) = 1),
    actual         double precision,
    trajectory     double precision,
    note           jointplan.paragraph NOT NULL,
    changed_at     jointplan.stamp_time NOT NULL,
    changed_by_org jointplan.line NOT NULL,
    changed_by     jointplan.line NOT NULL,
    CHECK (actual IS NOT NULL OR trajectory IS NOT NULL),
    UNIQUE (measure_id, value_date),
    FOREIGN KEY (plan_id, measure_id) REFERENCES jointplan.measure (plan_id, id) ON DELETE CASCADE
        DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX measure_value_by_plan ON jointplan.measure_value (plan_id);

CREATE FUNCTION jointplan.measure_value_in_period() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (SELECT frequency FROM jointplan.measure WHERE id = NEW.measure_id) = 'quarterly'
            AND (extract(month FROM NEW.value_date)::integer - 1) % 3 <> 0 THEN
        RAISE check_violation USING MESSAGE = 'A measure value is dated by the first day of its period.';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER measure_value_period BEFORE INSERT OR UPDATE OF value_date ON jointplan.measure_value
    FOR EACH ROW EXECUTE FUNCTION jointplan.measure_value_in_period();

CREATE TABLE jointplan.committee_date (
    id             uuid PRIMARY KEY,
    plan_id        uuid NOT NULL REFERENCES jointplan.plan (id) ON DELETE CASCADE,
    name           jointplan.line NOT NULL CHECK (length(btrim(name)) > 0),
    meeting_date   jointplan.plan_date NOT NULL,
    changed_at     jointplan.stamp_time NOT NULL,
    changed_by_org jointplan.line NOT NULL,
    changed_by     jointplan.line NOT NULL
);
CREATE INDEX committee_date_by_plan ON jointplan.committee_date (plan_id);

-- Each move of a baselined action's due date or of a milestone's date, with its reason.
CREATE TABLE jointplan.date_move (
    id             uuid PRIMARY KEY,
    plan_id        uuid NOT NULL REFERENCES jointplan.plan (id) ON DELETE CASCADE,
    action_id      uuid,
    milestone_id   uuid,
    from_date      jointplan.plan_date NOT NULL,
    to_date        jointplan.plan_date NOT NULL,
    reason         jointplan.paragraph NOT NULL,
    changed_at     jointplan.stamp_time NOT NULL,
    changed_by_org jointplan.line NOT NULL,
    changed_by     jointplan.line NOT NULL,
    CHECK ((action_id IS NULL) <> (milestone_id IS NULL)),
    FOREIGN KEY (plan_id, action_id) REFERENCES jointplan.action (plan_id, id) ON DELETE CASCADE
        DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX date_move_by_plan ON jointplan.date_move (plan_id);

-- A report snapshot, never edited, and the positions it froze (by id, without foreign keys: a snapshot keeps what
-- was reported after the record is deleted).
CREATE TABLE jointplan.report_snapshot (
    id             uuid PRIMARY KEY,
    plan_id        uuid NOT NULL REFERENCES jointplan.plan (id) ON DELETE CASCADE,
    as_at          jointplan.plan_date NOT NULL,
    label          jointplan.line NOT NULL,
    changed_at     jointplan.stamp_time NOT NULL,
    changed_by_org jointplan.line NOT NULL,
    changed_by     jointplan.line NOT NULL
);
CREATE INDEX report_snapshot_by_plan ON jointplan.report_snapshot (plan_id, as_at);

CREATE TABLE jointplan.snapshot_action (
    snapshot_id       uuid NOT NULL REFERENCES jointplan.report_snapshot (id) ON DELETE CASCADE,
    position          integer NOT NULL CHECK (position >= 0),
    action_id         uuid NOT NULL,
    priority_id       uuid NOT NULL,
    title             jointplan.line NOT NULL CHECK (length(btrim(title)) > 0),
    status            jointplan.status NOT NULL,
    percent_complete  integer NOT NULL CHECK (percent_complete BETWEEN 0 AND 100),
    start_date        jointplan.plan_date NOT NULL,
    due_date          jointplan.plan_date NOT NULL,
    baseline_start    jointplan.plan_date,
    baseline_due      jointplan.plan_date,
    status_reason     jointplan.paragraph NOT NULL,
    corrective_action jointplan.paragraph NOT NULL,
    decision_needed   jointplan.paragraph NOT NULL,
    CHECK (due_date >= start_date),
    CHECK ((status = 'complete') = (percent_complete = 100)),
    PRIMARY KEY (snapshot_id, position)
);

CREATE TABLE jointplan.snapshot_priority (
    snapshot_id uuid NOT NULL REFERENCES jointplan.report_snapshot (id) ON DELETE CASCADE,
    position    integer NOT NULL CHECK (position >= 0),
    priority_id uuid NOT NULL,
    rating      jointplan.status NOT NULL,
    overridden  boolean NOT NULL,
    confidence  jointplan.confidence,
    PRIMARY KEY (snapshot_id, position)
);

CREATE TABLE jointplan.snapshot_milestone (
    snapshot_id  uuid NOT NULL REFERENCES jointplan.report_snapshot (id) ON DELETE CASCADE,
    position     integer NOT NULL CHECK (position >= 0),
    milestone_id uuid NOT NULL,
    due_date     jointplan.plan_date NOT NULL,
    achieved     boolean NOT NULL,
    PRIMARY KEY (snapshot_id, position)
);

CREATE TABLE jointplan.snapshot_measure (
    snapshot_id uuid NOT NULL REFERENCES jointplan.report_snapshot (id) ON DELETE CASCADE,
    position    integer NOT NULL CHECK (position >= 0),
    measure_id  uuid NOT NULL,
    value_date  jointplan.plan_date NOT NULL,
    value       double precision NOT NULL,
    PRIMARY KEY (snapshot_id, position)
);

-- Deleted records, so that a laptop's older copy does not bring them back.
CREATE TABLE jointplan.tombstone (
    id             uuid PRIMARY KEY,
    plan_id        uuid NOT NULL REFERENCES jointplan.plan (id) ON DELETE CASCADE,
    kind           text NOT NULL CHECK (kind IN ('PARTNER', 'PRIORITY', 'ACTION', 'MILESTONE', 'DEPENDENCY',
                                                 'PROGRESS_UPDATE', 'MEASURE', 'MEASURE_VALUE', 'COMMITTEE_DATE',
                                                 'SNAPSHOT', 'DATE_MOVE')),
    changed_at     jointplan.stamp_time NOT NULL,
    changed_by_org jointplan.line NOT NULL,
    changed_by     jointplan.line NOT NULL
);
CREATE INDEX tombstone_by_plan ON jointplan.tombstone (plan_id);

-- Each plan's revision: every push bumps it, stating the revision it was based on (no lost update). A plan's row
-- is made by its first push, before the plan itself, hence the deferred reference.
CREATE TABLE jointplan.plan_revision (
    plan_id  uuid PRIMARY KEY REFERENCES jointplan.plan (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    revision bigint NOT NULL CHECK (revision >= 0)
);

-- Who may push: each server login (a role that is a member of jointplan_app) is a person of an organisation, and
-- what they push is stamped with these, not with a name typed on a laptop.
CREATE TABLE jointplan.member (
    login_role   text PRIMARY KEY,
    person       jointplan.line NOT NULL CHECK (length(btrim(person)) > 0),
    organisation jointplan.line NOT NULL CHECK (length(btrim(organisation)) > 0)
);

-- Every push: who, when, and what changed (a JSON summary). Kept when a plan is deleted.
CREATE TABLE jointplan.audit (
    plan_id      uuid NOT NULL,
    revision     bigint NOT NULL CHECK (revision >= 1),
    login_role   text NOT NULL,
    person       text NOT NULL,
    organisation text NOT NULL,
    pushed_at    timestamptz NOT NULL DEFAULT now(),
    summary      jsonb NOT NULL,
    PRIMARY KEY (plan_id, revision)
);

-- The application's role: reads and writes plan data, cannot change the schema. Logins are granted it.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'jointplan_app') THEN
        CREATE ROLE jointplan_app NOLOGIN;
    END IF;
END $$;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
REVOKE ALL ON SCHEMA jointplan FROM PUBLIC;
GRANT USAGE ON SCHEMA jointplan TO jointplan_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON jointplan.plan, jointplan.governance_group, jointplan.brag_key,
    jointplan.partner, jointplan.priority, jointplan.action, jointplan.action_priority, jointplan.milestone,
    jointplan.dependency, jointplan.progress_update, jointplan.measure, jointplan.measure_target,
    jointplan.measure_rebase, jointplan.measure_value, jointplan.committee_date, jointplan.date_move,
    jointplan.report_snapshot, jointplan.snapshot_action, jointplan.snapshot_priority, jointplan.snapshot_milestone,
    jointplan.snapshot_measure, jointplan.tombstone TO jointplan_app;
GRANT SELECT, INSERT, UPDATE ON jointplan.plan_revision TO jointplan_app;
GRANT SELECT, INSERT ON jointplan.audit TO jointplan_app;
GRANT SELECT ON jointplan.member, jointplan.schema_version TO jointplan_app;

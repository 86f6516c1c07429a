-- Schema version 6: measures in full. A measure may belong to a priority, has its decimals, the way that is better
-- (or neither), a frequency, a baseline, targets by date, a small-number threshold, rebase points and a description; each
-- value has a note, and a measure has one value per period, dated by the period's first day.

-- Same plan as the measure: a composite key cannot be added to an existing table, so a trigger says it.
ALTER TABLE measure ADD COLUMN priority_id TEXT REFERENCES priority (id) ON DELETE SET NULL;
CREATE TRIGGER measure_priority_in_plan_insert BEFORE INSERT ON measure
    WHEN NEW.priority_id IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM priority WHERE id = NEW.priority_id AND plan_id = NEW.plan_id)
BEGIN SELECT RAISE(ABORT, 'A measure names a priority of another plan.'); END;
CREATE TRIGGER measure_priority_in_plan_update BEFORE UPDATE OF priority_id, plan_id ON measure
    WHEN NEW.priority_id IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM priority WHERE id = NEW.priority_id AND plan_id = NEW.plan_id)
BEGIN SELECT RAISE(ABORT, 'A measure names a priority of another plan.'); END;

ALTER TABLE measure ADD COLUMN decimals INTEGER NOT NULL DEFAULT 1 CHECK (decimals BETWEEN 0 AND 4);
ALTER TABLE measure ADD COLUMN better TEXT NOT NULL DEFAULT 'higher' CHECK (better IN ('higher', 'lower', 'neither'));
UPDATE measure SET better = CASE higher_is_better WHEN 1 THEN 'higher' ELSE 'lower' END;
ALTER TABLE measure DROP COLUMN higher_is_better;
ALTER TABLE measure ADD COLUMN frequency TEXT NOT NULL DEFAULT 'monthly' CHECK (frequency IN ('monthly', 'quarterly'));
ALTER TABLE measure ADD COLUMN baseline_value REAL;
ALTER TABLE measure ADD COLUMN baseline_date TEXT
    CHECK ((baseline_date IS NULL) = (baseline_value IS NULL)
        AND (baseline_date IS NULL OR date(baseline_date) IS baseline_date));
ALTER TABLE measure ADD COLUMN suppress_below REAL CHECK (suppress_below IS NULL OR suppress_below > 0);
ALTER TABLE measure ADD COLUMN description TEXT NOT NULL DEFAULT '';

-- Targets by date (a standing target has none); the one target of earlier versions becomes the first.
CREATE TABLE measure_target (
    plan_id    TEXT NOT NULL,
    measure_id TEXT NOT NULL,
    value      REAL NOT NULL,
    by_date    TEXT CHECK (by_date IS NULL OR date(by_date) IS by_date),
    UNIQUE (measure_id, by_date),
    FOREIGN KEY (plan_id, measure_id) REFERENCES measure (plan_id, id) ON DELETE CASCADE
) STRICT;
CREATE INDEX measure_target_by_plan ON measure_target (plan_id);
INSERT INTO measure_target (plan_id, measure_id, value, by_date)
    SELECT plan_id, id, target, target_date FROM measure WHERE target IS NOT NULL;
ALTER TABLE measure DROP COLUMN target;
ALTER TABLE measure DROP COLUMN target_date;

-- The periods after which SPC limits are computed afresh, each by its first day.
CREATE TABLE measure_rebase (
    plan_id      TEXT NOT NULL,
    measure_id   TEXT NOT NULL,
    after_period TEXT NOT NULL CHECK (date(after_period) IS after_period AND strftime('%d', after_period) = '01'),
    PRIMARY KEY (measure_id, after_period),
    FOREIGN KEY (plan_id, measure_id) REFERENCES measure (plan_id, id) ON DELETE CASCADE
) STRICT;
CREATE INDEX measure_rebase_by_plan ON measure_rebase (plan_id);

ALTER TABLE measure_value ADD COLUMN note TEXT NOT NULL DEFAULT '';

-- Earlier versions allowed any day and two values in one month: keep the latest changed in each month (the others
-- leave tombstones, so a partner's copy does not bring them back), then date each by its month's first day.
INSERT INTO tombstone (id, plan_id, kind, changed_at, changed_by_org, changed_by)
    SELECT v.id, v.plan_id, 'MEASURE_VALUE', v.changed_at, v.changed_by_org, v.changed_by FROM measure_value v
    WHERE EXISTS (SELECT 1 FROM measure_value w WHERE w.measure_id = v.measure_id AND w.id <> v.id
        AND strftime('%Y-%m', w.value_date) = strftime('%Y-%m', v.value_date)
        AND (w.changed_at > v.changed_at OR (w.changed_at = v.changed_at AND w.id > v.id)));
DELETE FROM measure_value WHERE id IN (SELECT id FROM tombstone WHERE kind = 'MEASURE_VALUE');
UPDATE measure_value SET value_date = date(value_date, 'start of month');
CREATE UNIQUE INDEX measure_value_one_per_period ON measure_value (measure_id, value_date);

CREATE TRIGGER measure_value_period_insert BEFORE INSERT ON measure_value
    WHEN strftime('%d', NEW.value_date) <> '01'
        OR ((SELECT frequency FROM measure WHERE id = NEW.measure_id) = 'quarterly'
            AND (CAST(strftime('%m', NEW.value_date) AS INTEGER) - 1) % 3 <> 0)
BEGIN SELECT RAISE(ABORT, 'A measure value is dated by the first day of its period.'); END;
CREATE TRIGGER measure_value_period_update BEFORE UPDATE OF value_date ON measure_value
    WHEN strftime('%d', NEW.value_date) <> '01'
        OR ((SELECT frequency FROM measure WHERE id = NEW.measure_id) = 'quarterly'
            AND (CAST(strftime('%m', NEW.value_date) AS INTEGER) - 1) % 3 <> 0)
BEGIN SELECT RAISE(ABORT, 'A measure value is dated by the first day of its period.'); END;

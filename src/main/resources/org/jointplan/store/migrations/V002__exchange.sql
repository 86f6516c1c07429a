-- Schema version 2: the record of plan packages sent and received, with the plan as it was in each package.
-- The snapshot is the base of the next three-way merge with a partner's copy that came from that package.

CREATE TABLE exchange (
    package_id     TEXT PRIMARY KEY CHECK (length(package_id) = 36),
    plan_id        TEXT NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    direction      TEXT NOT NULL CHECK (direction IN ('SENT', 'RECEIVED')),
    recorded_at    TEXT NOT NULL,
    organisation   TEXT NOT NULL,
    person         TEXT NOT NULL,
    exported_at    TEXT NOT NULL,
    file_name      TEXT NOT NULL,
    summary        TEXT NOT NULL,
    snapshot       TEXT NOT NULL CHECK (json_valid(snapshot))
) STRICT;
CREATE INDEX exchange_by_plan ON exchange (plan_id, recorded_at);

-- Schema version 3: who a package was sent to, and the plan's lifecycle (archived plans, deleted plans).

-- The organisations a package was sent to, in the order given.
CREATE TABLE exchange_recipient (
    package_id   TEXT NOT NULL REFERENCES exchange (package_id) ON DELETE CASCADE,
    position     INTEGER NOT NULL CHECK (position >= 0),
    organisation TEXT NOT NULL CHECK (length(trim(organisation)) > 0),
    PRIMARY KEY (package_id, position)
) STRICT;

-- An archived plan is kept but no longer offered among the plans to open. Local to this store: not in packages.
ALTER TABLE plan ADD COLUMN archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1));

-- Deleted plans, so that a partner's package of one does not quietly bring it back.
CREATE TABLE plan_tombstone (
    id             TEXT PRIMARY KEY CHECK (length(id) = 36),
    title          TEXT NOT NULL,
    changed_at     TEXT NOT NULL,
    changed_by_org TEXT NOT NULL,
    changed_by     TEXT NOT NULL
) STRICT;

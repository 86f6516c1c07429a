-- Schema version 7: plans this store follows on a partnership's server (docs/server.md).
-- sync_state is the base of the next sync: the plan as the server held it at the revision last synced, as JSON
-- (as exchange keeps a package's plan). Never a password: the login's name only, to say which login synced.

CREATE TABLE sync_state (
    plan_id    TEXT PRIMARY KEY REFERENCES plan (id) ON DELETE CASCADE,
    server     TEXT NOT NULL CHECK (server <> ''),
    login      TEXT NOT NULL CHECK (login <> ''),
    revision   INTEGER NOT NULL CHECK (revision >= 1),
    snapshot   TEXT NOT NULL CHECK (json_valid(snapshot)),
    synced_at  TEXT NOT NULL
) STRICT;

-- The server's audit rows of followed plans (who pushed what, when), kept so that the history shows them offline.
CREATE TABLE sync_audit (
    plan_id       TEXT NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    revision      INTEGER NOT NULL CHECK (revision >= 1),
    at            TEXT NOT NULL,
    person        TEXT NOT NULL,
    organisation  TEXT NOT NULL,
    summary       TEXT NOT NULL,
    PRIMARY KEY (plan_id, revision)
) STRICT;

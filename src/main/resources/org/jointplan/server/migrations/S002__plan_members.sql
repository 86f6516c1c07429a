-- Server schema version 2: each login sees and writes only the plans it is a member of (issue 19: "a laptop that
-- has never synced cannot read plans it does not follow"), and one-line text refuses bidi controls as the laptop's
-- records do (domain.Text). Run by ServerMigrations in one transaction with its schema_version row.
--
-- Who follows which plan: plan_member. Row-level security on every plan table, on plan_revision and on audit lets a
-- login (session_user, as jointplan.member is keyed) reach a plan's rows only when it is one of the plan's members.
-- The tables' owner (the administrator who ran server init) is not subject to it and administers as before.
-- Logins join a plan three ways: by publishing it (jointplan.publish_plan, called by the first push, makes the
-- publisher its first member in the push's transaction), by a member sharing it (jointplan.share_plan), or by the
-- administrator's INSERT INTO jointplan.plan_member.

CREATE TABLE jointplan.plan_member (
    plan_id    uuid NOT NULL REFERENCES jointplan.plan (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    login_role text NOT NULL REFERENCES jointplan.member (login_role) ON UPDATE CASCADE,
    PRIMARY KEY (plan_id, login_role)
);
CREATE INDEX plan_member_by_login ON jointplan.plan_member (login_role, plan_id);

-- A login sees its own memberships only; it changes them only through the functions below.
ALTER TABLE jointplan.plan_member ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_memberships ON jointplan.plan_member FOR SELECT USING (login_role = session_user);
GRANT SELECT ON jointplan.plan_member TO jointplan_app;

-- Every table keyed by plan_id: only the login's plans, for reading and writing alike.
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['governance_group', 'brag_key', 'partner', 'priority', 'action', 'action_priority',
            'milestone', 'dependency', 'progress_update', 'measure', 'measure_target', 'measure_rebase',
            'measure_value', 'committee_date', 'date_move', 'report_snapshot', 'tombstone', 'plan_revision', 'audit']
    LOOP
        EXECUTE format('ALTER TABLE jointplan.%I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY members_only ON jointplan.%I USING (plan_id IN (SELECT pm.plan_id'
                || ' FROM jointplan.plan_member pm WHERE pm.login_role = session_user))', t);
    END LOOP;
    -- A report snapshot's frozen positions follow their snapshot, itself one of the login's plans.
    FOREACH t IN ARRAY ARRAY['snapshot_action', 'snapshot_priority', 'snapshot_milestone', 'snapshot_measure']
    LOOP
        EXECUTE format('ALTER TABLE jointplan.%I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY members_only ON jointplan.%I USING (snapshot_id IN (SELECT s.id'
                || ' FROM jointplan.report_snapshot s))', t);
    END LOOP;
END $$;
ALTER TABLE jointplan.plan ENABLE ROW LEVEL SECURITY;
CREATE POLICY members_only ON jointplan.plan
    USING (id IN (SELECT pm.plan_id FROM jointplan.plan_member pm WHERE pm.login_role = session_user));

-- Publishing: the first push of a plan the server lacks makes its revision row and the publisher its first member,
-- in the push's own transaction (a failed push leaves neither). Returns false, changing nothing, when the plan is
-- on the server already and the login is not one of its members. Runs as the tables' owner, so its search_path is
-- fixed and every name in it qualified.
CREATE FUNCTION jointplan.publish_plan(plan uuid) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM jointplan.member m WHERE m.login_role = session_user) THEN
        RETURN false;
    END IF;
    INSERT INTO jointplan.plan_revision (plan_id, revision) VALUES (plan, 0) ON CONFLICT (plan_id) DO NOTHING;
    IF FOUND THEN
        INSERT INTO jointplan.plan_member (plan_id, login_role) VALUES (plan, session_user);
        RETURN true;
    END IF;
    RETURN EXISTS (SELECT 1 FROM jointplan.plan_member pm WHERE pm.plan_id = plan AND pm.login_role = session_user);
END $$;

-- Sharing: a member of a plan adds another listed login to it. Returns true when it was added, false when it was a
-- member already; refuses (insufficient_privilege) a caller who is not a member, and (no_data_found) a login that
-- is not listed in jointplan.member.
CREATE FUNCTION jointplan.share_plan(plan uuid, login text) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM jointplan.plan_member pm WHERE pm.plan_id = plan
            AND pm.login_role = session_user) THEN
        RAISE insufficient_privilege USING MESSAGE = 'Only a member of a plan may share it.';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM jointplan.member m WHERE m.login_role = login) THEN
        RAISE no_data_found USING MESSAGE = 'That login is not listed as a member of the partnership.';
    END IF;
    INSERT INTO jointplan.plan_member (plan_id, login_role) VALUES (plan, login) ON CONFLICT DO NOTHING;
    RETURN FOUND;
END $$;

REVOKE ALL ON FUNCTION jointplan.publish_plan(uuid), jointplan.share_plan(uuid, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION jointplan.publish_plan(uuid), jointplan.share_plan(uuid, text) TO jointplan_app;
-- The first push goes through publish_plan; the application's role no longer inserts revision rows itself.
REVOKE INSERT ON jointplan.plan_revision FROM jointplan_app;

-- One-line text refuses the C1 controls, bidi embeddings, overrides and isolates and the Unicode line and paragraph
-- separators, a long text all but the separators, as domain.Text does on the laptop. NOT VALID: rows an earlier
-- tool wrote are left as they are (never silently changed); every new or changed value is checked.
ALTER DOMAIN jointplan.line ADD CONSTRAINT line_no_bidi
    CHECK (VALUE !~ '[\u0080-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]') NOT VALID;
ALTER DOMAIN jointplan.paragraph ADD CONSTRAINT paragraph_no_bidi
    CHECK (VALUE !~ '[\u0080-\u009f\u202a-\u202e\u2066-\u2069]') NOT VALID;

-- The plans that exist already stay with the logins that pushed them (last: the deferred reference
-- checks it queues would stop the ALTER TABLEs above).
INSERT INTO jointplan.plan_member (plan_id, login_role)
    SELECT DISTINCT a.plan_id, a.login_role FROM jointplan.audit a
    WHERE EXISTS (SELECT 1 FROM jointplan.plan p WHERE p.id = a.plan_id)
      AND EXISTS (SELECT 1 FROM jointplan.member m WHERE m.login_role = a.login_role);

package org.jointplan.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jointplan.domain.Action;
import org.jointplan.domain.BragKey;
import org.jointplan.domain.ReportSnapshot;
import org.jointplan.domain.EntityKind;
import org.jointplan.domain.Measure;
import org.jointplan.domain.Exchange;
import org.jointplan.domain.Plan;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.Stamp;
import org.jointplan.domain.Stamped;
import org.jointplan.domain.Tombstone;

/** Writes plans into the store. Callers hold the transaction: one per user-visible change. */
public final class PlanWriter {
    /** Every table whose rows have their own UUID id. */
    private static final List<String> ID_TABLES = List.of("plan", "partner", "priority", "action", "milestone",
            "dependency", "progress_update", "measure", "measure_value", "committee_date", "date_move",
            "report_snapshot", "tombstone");

    private final Connection connection;
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    PlanWriter(Connection connection) {
        this.connection = connection;
    }

    /** Statements are prepared once and reused: compiling SQL costs more than a small update itself. */
    private PreparedStatement prepare(String sql) throws SQLException {
        PreparedStatement st = statements.get(sql);
        if (st == null) {
            st = connection.prepareStatement(sql);
            statements.put(sql, st);
        }
        return st;
    }

    void close() {
        for (PreparedStatement st : statements.values()) {
            try {
                st.close();
            } catch (SQLException ignored) {
                // closing the connection frees it anyway
            }
        }
        statements.clear();
    }

    /** Inserts or replaces every record of the plan, parents before children. */
    public void savePlan(PlanData data) throws SQLException {
        UUID planId = data.id();
        savePlanHeader(data.plan());
        upsertAll(Tables.PARTNER, planId, data.partners());
        upsertAll(Tables.PRIORITY, planId, data.priorities());
        upsertAll(Tables.ACTION, planId, data.actions());
        for (Action action : data.actions()) {
            saveOtherPriorities(action);
        }
        upsertAll(Tables.MILESTONE, planId, data.milestones());
        upsertAll(Tables.DEPENDENCY, planId, data.dependencies());
        upsertAll(Tables.PROGRESS_UPDATE, planId, data.updates());
        upsertAll(Tables.MEASURE, planId, data.measures());
        for (Measure measure : data.measures()) {
            saveTargetsAndRebases(measure);
        }
        upsertAll(Tables.MEASURE_VALUE, planId, data.measureValues());
        upsertAll(Tables.COMMITTEE_DATE, planId, data.committeeDates());
        upsertAll(Tables.DATE_MOVE, planId, data.dateMoves());
        for (ReportSnapshot snapshot : data.snapshots()) {
            saveSnapshot(snapshot);
        }
        upsertAll(Tables.TOMBSTONE, planId, data.tombstones());
    }

    public void savePlanHeader(Plan plan) throws SQLException {
        PreparedStatement header = prepare(
                "INSERT INTO plan (id, title, strategy, period_start, period_end, financial_year, changed_at,"
                        + " changed_by_org, changed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE"
                        + " SET title = excluded.title, strategy = excluded.strategy,"
                        + " period_start = excluded.period_start, period_end = excluded.period_end,"
                        + " financial_year = excluded.financial_year, changed_at = excluded.changed_at,"
                        + " changed_by_org = excluded.changed_by_org, changed_by = excluded.changed_by");
        new Params(header).id(plan.id()).text(plan.title()).text(plan.strategy()).date(plan.start())
                .date(plan.end()).integer(plan.financialYear().startYear()).stamp(plan.stamp());
        header.executeUpdate();
        execute("DELETE FROM governance_group WHERE plan_id = ?", plan.id());
        PreparedStatement groups = prepare("INSERT INTO governance_group (plan_id, position, name) VALUES (?, ?, ?)");
        int position = 0;
        for (String group : plan.governanceGroups()) {
            new Params(groups).id(plan.id()).integer(position++).text(group);
            groups.addBatch();
        }
        groups.executeBatch();
        execute("DELETE FROM brag_key WHERE plan_id = ?", plan.id());
        if (!plan.bragKey().equals(BragKey.DEFAULT)) {
            PreparedStatement key = prepare("INSERT INTO brag_key (plan_id, status, label, meaning) VALUES (?, ?, ?, ?)");
            for (BragKey.Entry entry : plan.bragKey().entries()) {
                new Params(key).id(plan.id()).text(entry.status().code()).text(entry.label()).text(entry.meaning());
                key.addBatch();
            }
            key.executeBatch();
        }
    }

    /** A snapshot's own row and, the first time it is saved, the positions it froze. */
    private void saveSnapshot(ReportSnapshot snapshot) throws SQLException {
        upsertAll(Tables.SNAPSHOT, snapshot.planId(), List.of(snapshot));
        SnapshotRows.write(this::prepare, snapshot);
    }

    /** Saves one record of a plan (inserted or replaced), bringing it back if it had been deleted. */
    public void save(UUID planId, Stamped record) throws SQLException {
        if (record instanceof Plan plan) {
            savePlanHeader(plan);
            return;
        }
        if (record instanceof Action action) {
            saveAction(action);
        } else if (record instanceof Measure measure) {
            upsertAll(Tables.MEASURE, planId, List.of(measure));
            saveTargetsAndRebases(measure);
        } else if (record instanceof ReportSnapshot snapshot) {
            saveSnapshot(snapshot);
        } else {
            upsertAll(table(EntityKind.of(record)), planId, List.of(record));
        }
        PreparedStatement revive = prepare("DELETE FROM tombstone WHERE id = ?");
        revive.setString(1, record.id().toString());
        revive.executeUpdate();
    }

    /** Deletes one record of a plan and leaves a tombstone for it. Remove children before their parent. */
    public void remove(UUID planId, Stamped record, Stamp stamp) throws SQLException {
        EntityKind kind = EntityKind.of(record);
        PreparedStatement delete = prepare(table(kind).deleteSql());
        new Params(delete).id(record.id()).id(planId);
        delete.executeUpdate();
        upsertAll(Tables.TOMBSTONE, planId, List.of(new Tombstone(record.id(), planId, kind, stamp)));
    }

    @SuppressWarnings("unchecked")
    private static <T> Table<T> table(EntityKind kind) {
        return (Table<T>) switch (kind) {
            case PARTNER -> Tables.PARTNER;
            case PRIORITY -> Tables.PRIORITY;
            case ACTION -> Tables.ACTION;
            case MILESTONE -> Tables.MILESTONE;
            case DEPENDENCY -> Tables.DEPENDENCY;
            case PROGRESS_UPDATE -> Tables.PROGRESS_UPDATE;
            case MEASURE -> Tables.MEASURE;
            case MEASURE_VALUE -> Tables.MEASURE_VALUE;
            case COMMITTEE_DATE -> Tables.COMMITTEE_DATE;
            case SNAPSHOT -> Tables.SNAPSHOT;
            case DATE_MOVE -> Tables.DATE_MOVE;
        };
    }

    public void saveAction(Action action) throws SQLException {
        upsertAll(Tables.ACTION, action.planId(), List.of(action));
        saveOtherPriorities(action);
    }

    /** Deletes an action with its milestones, dependencies and progress log, leaving a tombstone for each. */
    public void deleteAction(UUID planId, UUID actionId, Stamp stamp) throws SQLException {
        List<Tombstone> tombstones = new ArrayList<>();
        tombstones.add(new Tombstone(actionId, planId, EntityKind.ACTION, stamp));
        collect("SELECT id FROM milestone WHERE action_id = ?", actionId, planId, EntityKind.MILESTONE, stamp,
                tombstones);
        collect("SELECT id FROM dependency WHERE before_action_id = ?1 OR after_action_id = ?1", actionId, planId,
                EntityKind.DEPENDENCY, stamp, tombstones);
        collect("SELECT id FROM progress_update WHERE action_id = ?", actionId, planId,
                EntityKind.PROGRESS_UPDATE, stamp, tombstones);
        collect("SELECT id FROM date_move WHERE action_id = ?1 OR milestone_id IN"
                + " (SELECT id FROM milestone WHERE action_id = ?1)", actionId, planId, EntityKind.DATE_MOVE, stamp,
                tombstones);
        execute("DELETE FROM date_move WHERE milestone_id IN (SELECT id FROM milestone WHERE action_id = ?)",
                actionId);
        PreparedStatement st = prepare(Tables.ACTION.deleteSql());
        new Params(st).id(actionId).id(planId);
        if (st.executeUpdate() == 0) {
            throw new StoreException("That action is no longer in the plan; it may have been deleted already.");
        }
        upsertAll(Tables.TOMBSTONE, planId, tombstones);
    }

    /**
     * Which of these ids the store already uses, for any record of any plan. An import asks first: savePlan upserts
     * by id, so a package that reused the ids of another plan's records would otherwise move them into its own plan.
     */
    public Set<UUID> idsInUse(Collection<UUID> ids) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE TEMP TABLE IF NOT EXISTS probe_id (id TEXT PRIMARY KEY) WITHOUT ROWID");
            st.execute("DELETE FROM temp.probe_id");
        }
        PreparedStatement insert = prepare("INSERT OR IGNORE INTO temp.probe_id (id) VALUES (?)");
        for (UUID id : ids) {
            insert.setString(1, id.toString());
            insert.addBatch();
        }
        insert.executeBatch();
        String anyTable = ID_TABLES.stream().map(t -> "EXISTS (SELECT 1 FROM main." + t + " WHERE id = p.id)")
                .collect(Collectors.joining(" OR "));
        Set<UUID> used = new HashSet<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT p.id FROM temp.probe_id p WHERE " + anyTable)) {
            while (rs.next()) {
                used.add(UUID.fromString(rs.getString(1)));
            }
            st.execute("DELETE FROM temp.probe_id");
        }
        return used;
    }

    /** Records a package sent or received with the plan as it was in it; recording the same package again is a no-op. */
    public void recordExchange(Exchange exchange, String snapshotJson) throws SQLException {
        PreparedStatement st = prepare("INSERT INTO exchange (package_id, plan_id, direction, recorded_at,"
                + " organisation, person, exported_at, file_name, summary, snapshot)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (package_id) DO NOTHING");
        new Params(st).id(exchange.packageId()).id(exchange.planId()).text(exchange.direction().name())
                .text(exchange.recordedAt().toString()).text(exchange.organisation()).text(exchange.person())
                .text(exchange.exportedAt().toString()).text(exchange.fileName()).text(exchange.summary())
                .text(snapshotJson);
        if (st.executeUpdate() == 1) {
            PreparedStatement to = prepare(
                    "INSERT INTO exchange_recipient (package_id, position, organisation) VALUES (?, ?, ?)");
            for (int i = 0; i < exchange.recipients().size(); i++) {
                new Params(to).id(exchange.packageId()).integer(i).text(exchange.recipients().get(i));
                to.executeUpdate();
            }
        }
    }

    /** Records the plan's base for the next sync with its server, replacing the one before. */
    public void recordSync(SyncBase base) throws SQLException {
        PreparedStatement st = prepare("INSERT INTO sync_state (plan_id, server, login, revision, snapshot, synced_at)"
                + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (plan_id) DO UPDATE SET server = excluded.server,"
                + " login = excluded.login, revision = excluded.revision, snapshot = excluded.snapshot,"
                + " synced_at = excluded.synced_at");
        new Params(st).id(base.planId()).text(base.server()).text(base.login()).integer(base.revision())
                .text(base.snapshot()).text(base.syncedAt().toString());
        st.executeUpdate();
    }

    /** Keeps the server's audit entries of a followed plan (an entry read again replaces the one kept). */
    public void recordAudit(UUID planId, List<org.jointplan.domain.AuditEntry> entries) throws SQLException {
        SyncAuditRows.record(connection, planId, entries);
    }

    /** Archiving and deleting whole plans. */
    public PlanLifecycleWriter lifecycle() {
        return new PlanLifecycleWriter(connection);
    }

    public void saveSetting(String key, String value) throws SQLException {
        PreparedStatement st = prepare(
                "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value");
        new Params(st).text(key).text(value);
        st.executeUpdate();
    }

    private void collect(String sql, UUID actionId, UUID planId, EntityKind kind, Stamp stamp,
                         List<Tombstone> into) throws SQLException {
        PreparedStatement st = prepare(sql);
        st.setString(1, actionId.toString());
        try (ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                into.add(new Tombstone(UUID.fromString(rs.getString(1)), planId, kind, stamp));
            }
        }
    }

    private void saveTargetsAndRebases(Measure measure) throws SQLException {
        execute("DELETE FROM measure_target WHERE measure_id = ?", measure.id());
        execute("DELETE FROM measure_rebase WHERE measure_id = ?", measure.id());
        if (!measure.targets().isEmpty()) {
            PreparedStatement st = prepare(
                    "INSERT INTO measure_target (plan_id, measure_id, value, by_date) VALUES (?, ?, ?, ?)");
            for (Measure.Target target : measure.targets()) {
                new Params(st).id(measure.planId()).id(measure.id()).real(target.value()).date(target.by());
                st.addBatch();
            }
            st.executeBatch();
        }
        if (!measure.rebaseAfter().isEmpty()) {
            PreparedStatement st = prepare(
                    "INSERT INTO measure_rebase (plan_id, measure_id, after_period) VALUES (?, ?, ?)");
            for (java.time.LocalDate period : measure.rebaseAfter()) {
                new Params(st).id(measure.planId()).id(measure.id()).date(period);
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    private void saveOtherPriorities(Action action) throws SQLException {
        execute("DELETE FROM action_priority WHERE action_id = ?", action.id());
        if (action.otherPriorityIds().isEmpty()) {
            return;
        }
        PreparedStatement st = prepare(
                "INSERT INTO action_priority (plan_id, action_id, priority_id) VALUES (?, ?, ?)");
        for (UUID other : action.otherPriorityIds()) {
            new Params(st).id(action.planId()).id(action.id()).id(other);
            st.addBatch();
        }
        st.executeBatch();
    }

    private <T> void upsertAll(Table<T> table, UUID planId, List<T> records) throws SQLException {
        if (records.isEmpty()) {
            return;
        }
        PreparedStatement st = prepare(table.upsertSql());
        for (T record : records) {
            table.binder().bind(new Params(st), planId, record);
            st.addBatch();
        }
        for (int changed : st.executeBatch()) {
            if (changed == 0) { // the id is taken by a record of another plan: see Table.upsertSql
                throw new StoreException("A record of this plan has the same identity as one in another plan;"
                        + " nothing was saved.");
            }
        }
        for (Table.Moved<T> column : table.moved()) {
            PreparedStatement move = prepare(table.moveSql(column));
            for (T record : records) {
                new Params(move).id(column.value().apply(record)).id(column.id().apply(record));
                move.addBatch();
            }
            move.executeBatch();
        }
    }

    private void execute(String sql, UUID id) throws SQLException {
        PreparedStatement st = prepare(sql);
        st.setString(1, id.toString());
        st.executeUpdate();
    }
}

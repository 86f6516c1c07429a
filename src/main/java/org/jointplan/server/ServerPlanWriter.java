package org.jointplan.server;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jointplan.domain.Action;
import org.jointplan.domain.BragKey;
import org.jointplan.domain.EntityKind;
import org.jointplan.domain.Measure;
import org.jointplan.domain.Plan;
import org.jointplan.domain.ReportSnapshot;
import org.jointplan.domain.Stamped;
import org.jointplan.domain.Tombstone;

/**
 * Writes pushed records into the server's tables, inside the push's transaction. Every statement is parameterised;
 * the SQL text comes from the table mappings alone. Statements are prepared once a push and batched by the caller's
 * order (parents before children; references are checked at commit).
 */
final class ServerPlanWriter implements AutoCloseable {
    private final Connection connection;
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    ServerPlanWriter(Connection connection) {
        this.connection = connection;
    }

    private PreparedStatement prepare(String sql) throws SQLException {
        PreparedStatement st = statements.get(sql);
        if (st == null) {
            st = connection.prepareStatement(sql);
            statements.put(sql, st);
        }
        return st;
    }

    /**
     * Saves records of the plan (parents first, as given), each kind as one batch of statements rather than a round
     * trip a record: a push of a thousand changes is a handful of batches. Deleted records saved again come back.
     */
    void saveAll(UUID planId, List<Stamped> parentsFirst) throws SQLException {
        Map<EntityKind, List<Stamped>> byKind = new LinkedHashMap<>();
        for (Stamped record : parentsFirst) {
            if (record instanceof Plan plan) {
                savePlan(plan);
            } else {
                byKind.computeIfAbsent(EntityKind.of(record), k -> new ArrayList<>()).add(record);
            }
        }
        for (Map.Entry<EntityKind, List<Stamped>> kind : byKind.entrySet()) {
            upsertBatch(ServerTables.of(kind.getKey()), planId, kind.getValue());
            if (kind.getKey() == EntityKind.ACTION) {
                saveOtherPriorities(planId, kind.getValue().stream().map(Action.class::cast).toList());
            } else if (kind.getKey() == EntityKind.MEASURE) {
                saveTargetsAndRebases(planId, kind.getValue().stream().map(Measure.class::cast).toList());
            } else if (kind.getKey() == EntityKind.SNAPSHOT) {
                for (Stamped snapshot : kind.getValue()) {
                    ServerSnapshotRows.write(this::prepare, (ReportSnapshot) snapshot);
                }
            }
        }
        List<UUID> ids = parentsFirst.stream().map(Stamped::id).toList();
        if (!ids.isEmpty()) {
            PreparedStatement revive = prepare("DELETE FROM jointplan.tombstone WHERE plan_id = ? AND id = ANY (?)");
            new ServerParams(revive).id(planId);
            revive.setArray(2, connection.createArrayOf("uuid", ids.toArray()));
            revive.executeUpdate();
        }
    }

    private <T> void upsertBatch(ServerTable<T> table, UUID planId, List<Stamped> records) throws SQLException {
        PreparedStatement st = prepare(table.upsertSql());
        for (Stamped record : records) {
            @SuppressWarnings("unchecked") T typed = (T) record;
            table.binder().bind(new ServerParams(st), planId, typed);
            st.addBatch();
        }
        for (int count : st.executeBatch()) {
            if (count == 0) { // the id is another plan's record: see ServerTable.upsertSql
                throw new ServerException("A record of this plan has the same identity as one in another plan on"
                        + " the server, so nothing was pushed.");
            }
        }
    }

    private void saveOtherPriorities(UUID planId, List<Action> actions) throws SQLException {
        deleteByIds("DELETE FROM jointplan.action_priority WHERE plan_id = ? AND action_id = ANY (?)", planId,
                actions.stream().map(Action::id).toList());
        PreparedStatement st = prepare(
                "INSERT INTO jointplan.action_priority (plan_id, action_id, priority_id) VALUES (?, ?, ?)");
        boolean any = false;
        for (Action action : actions) {
            for (UUID other : action.otherPriorityIds()) {
                new ServerParams(st).id(planId).id(action.id()).id(other);
                st.addBatch();
                any = true;
            }
        }
        if (any) {
            st.executeBatch();
        }
    }

    private void saveTargetsAndRebases(UUID planId, List<Measure> measures) throws SQLException {
        List<UUID> ids = measures.stream().map(Measure::id).toList();
        deleteByIds("DELETE FROM jointplan.measure_target WHERE plan_id = ? AND measure_id = ANY (?)", planId, ids);
        deleteByIds("DELETE FROM jointplan.measure_rebase WHERE plan_id = ? AND measure_id = ANY (?)", planId, ids);
        PreparedStatement targets = prepare(
                "INSERT INTO jointplan.measure_target (plan_id, measure_id, value, by_date) VALUES (?, ?, ?, ?)");
        PreparedStatement rebases = prepare(
                "INSERT INTO jointplan.measure_rebase (plan_id, measure_id, after_period) VALUES (?, ?, ?)");
        for (Measure measure : measures) {
            for (Measure.Target target : measure.targets()) {
                new ServerParams(targets).id(planId).id(measure.id()).real(target.value()).date(target.by());
                targets.addBatch();
            }
            for (java.time.LocalDate period : measure.rebaseAfter()) {
                new ServerParams(rebases).id(planId).id(measure.id()).date(period);
                rebases.addBatch();
            }
        }
        targets.executeBatch();
        rebases.executeBatch();
    }

    private void deleteByIds(String sql, UUID planId, List<UUID> ids) throws SQLException {
        PreparedStatement st = prepare(sql);
        new ServerParams(st).id(planId);
        st.setArray(2, connection.createArrayOf("uuid", ids.toArray()));
        st.executeUpdate();
    }

    /** Deletes the record a tombstone stands for (its children go with it) and keeps the tombstone. */
    void remove(UUID planId, Tombstone tombstone) throws SQLException {
        PreparedStatement delete = prepare(ServerTables.of(tombstone.kind()).deleteSql());
        new ServerParams(delete).id(tombstone.id()).id(planId);
        delete.executeUpdate();
        upsert(ServerTables.TOMBSTONE, planId, tombstone);
    }

    private void savePlan(Plan plan) throws SQLException {
        PreparedStatement header = prepare("INSERT INTO jointplan.plan (id, title, strategy, period_start,"
                + " period_end, financial_year, changed_at, changed_by_org, changed_by)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET title = excluded.title,"
                + " strategy = excluded.strategy, period_start = excluded.period_start,"
                + " period_end = excluded.period_end, financial_year = excluded.financial_year,"
                + " changed_at = excluded.changed_at, changed_by_org = excluded.changed_by_org,"
                + " changed_by = excluded.changed_by");
        new ServerParams(header).id(plan.id()).text(plan.title()).text(plan.strategy()).date(plan.start())
                .date(plan.end()).integer(plan.financialYear().startYear()).stamp(plan.stamp());
        header.executeUpdate();
        deleteByPlan("governance_group", plan.id());
        PreparedStatement groups = prepare(
                "INSERT INTO jointplan.governance_group (plan_id, position, name) VALUES (?, ?, ?)");
        int position = 0;
        for (String group : plan.governanceGroups()) {
            new ServerParams(groups).id(plan.id()).integer(position++).text(group);
            groups.addBatch();
        }
        groups.executeBatch();
        deleteByPlan("brag_key", plan.id());
        if (!plan.bragKey().equals(BragKey.DEFAULT)) {
            PreparedStatement key = prepare(
                    "INSERT INTO jointplan.brag_key (plan_id, status, label, meaning) VALUES (?, ?, ?, ?)");
            for (BragKey.Entry entry : plan.bragKey().entries()) {
                new ServerParams(key).id(plan.id()).text(entry.status().code()).text(entry.label())
                        .text(entry.meaning());
                key.addBatch();
            }
            key.executeBatch();
        }
    }

    private <T> void upsert(ServerTable<T> table, UUID planId, Object record) throws SQLException {
        PreparedStatement st = prepare(table.upsertSql());
        @SuppressWarnings("unchecked") T typed = (T) record;
        table.binder().bind(new ServerParams(st), planId, typed);
        if (st.executeUpdate() == 0) { // the id is another plan's record: see ServerTable.upsertSql
            throw new ServerException("A record of this plan has the same identity as one in another plan on the"
                    + " server, so nothing was pushed.");
        }
    }

    private void deleteByPlan(String table, UUID planId) throws SQLException {
        PreparedStatement st = prepare("DELETE FROM jointplan." + table + " WHERE plan_id = ?");
        new ServerParams(st).id(planId);
        st.executeUpdate();
    }

    @Override
    public void close() {
        for (PreparedStatement st : statements.values()) {
            try {
                st.close();
            } catch (SQLException ignored) {
                // the connection frees it anyway
            }
        }
        statements.clear();
    }

    /** Whether a record names a plan other than the one pushed (records without a plan id are bound to it). */
    static boolean ofAnotherPlan(UUID planId, Stamped record) {
        UUID own = record instanceof Plan p ? p.id() : recordPlan(record);
        return own != null && !own.equals(planId);
    }

    private static UUID recordPlan(Stamped record) {
        if (record instanceof org.jointplan.domain.Partner r) {
            return r.planId();
        } else if (record instanceof org.jointplan.domain.Priority r) {
            return r.planId();
        } else if (record instanceof Action r) {
            return r.planId();
        } else if (record instanceof org.jointplan.domain.Milestone r) {
            return r.planId();
        } else if (record instanceof org.jointplan.domain.Dependency r) {
            return r.planId();
        } else if (record instanceof Measure r) {
            return r.planId();
        } else if (record instanceof org.jointplan.domain.CommitteeDate r) {
            return r.planId();
        } else if (record instanceof ReportSnapshot r) {
            return r.planId();
        } else if (record instanceof org.jointplan.domain.DateMove r) {
            return r.planId();
        }
        return null; // progress updates and measure values hang off an action or measure of the plan
    }
}

package org.jointplan.server;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jointplan.domain.Action;
import org.jointplan.domain.BragKey;
import org.jointplan.domain.DateRange;
import org.jointplan.domain.FinancialYear;
import org.jointplan.domain.Measure;
import org.jointplan.domain.Plan;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.Status;

/** Reads a whole plan out of the server's tables; the caller holds one snapshot (REPEATABLE READ) for all of it. */
final class ServerPlanReader {
    private final Connection connection;

    ServerPlanReader(Connection connection) {
        this.connection = connection;
    }

    Optional<PlanData> load(UUID planId) throws SQLException {
        Optional<Plan> plan = plan(planId);
        if (plan.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PlanData(plan.get(),
                list(ServerTables.PARTNER, planId),
                list(ServerTables.PRIORITY, planId),
                withOtherPriorities(list(ServerTables.ACTION, planId), planId),
                list(ServerTables.MILESTONE, planId),
                list(ServerTables.DEPENDENCY, planId),
                list(ServerTables.PROGRESS_UPDATE, planId),
                withTargetsAndRebases(list(ServerTables.MEASURE, planId), planId),
                list(ServerTables.MEASURE_VALUE, planId),
                list(ServerTables.COMMITTEE_DATE, planId),
                ServerSnapshotRows.read(connection, planId, list(ServerTables.SNAPSHOT, planId)),
                list(ServerTables.DATE_MOVE, planId),
                list(ServerTables.TOMBSTONE, planId)));
    }

    private Optional<Plan> plan(UUID planId) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("SELECT id, title, strategy, period_start, period_end,"
                + " financial_year, changed_at, changed_by_org, changed_by FROM jointplan.plan WHERE id = ?")) {
            new ServerParams(st).id(planId);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                ServerRow row = new ServerRow(rs);
                return Optional.of(new Plan(planId, row.text("title"), row.text("strategy"),
                        new DateRange(row.date("period_start"), row.date("period_end")),
                        new FinancialYear(row.integer("financial_year")), governanceGroups(planId), bragKey(planId),
                        row.stamp()));
            }
        }
    }

    private List<String> governanceGroups(UUID planId) throws SQLException {
        List<String> groups = new ArrayList<>();
        forEach("SELECT name FROM jointplan.governance_group WHERE plan_id = ? ORDER BY position", planId,
                rs -> groups.add(rs.getString(1)));
        return groups;
    }

    private BragKey bragKey(UUID planId) throws SQLException {
        List<BragKey.Entry> entries = new ArrayList<>();
        forEach("SELECT status, label, meaning FROM jointplan.brag_key WHERE plan_id = ?", planId,
                rs -> entries.add(new BragKey.Entry(Status.fromCode(rs.getString(1)), rs.getString(2),
                        rs.getString(3))));
        return entries.isEmpty() ? BragKey.DEFAULT : new BragKey(entries);
    }

    private <T> List<T> list(ServerTable<T> table, UUID planId) throws SQLException {
        List<T> records = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement(table.selectByPlanSql())) {
            new ServerParams(st).id(planId);
            try (ResultSet rs = st.executeQuery()) {
                ServerRow row = new ServerRow(rs);
                while (rs.next()) {
                    records.add(table.mapper().map(row));
                }
            }
        }
        return records;
    }

    private List<Action> withOtherPriorities(List<Action> actions, UUID planId) throws SQLException {
        Map<UUID, Set<UUID>> others = new HashMap<>();
        forEach("SELECT action_id, priority_id FROM jointplan.action_priority WHERE plan_id = ?", planId,
                rs -> others.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashSet<>())
                        .add(rs.getObject(2, UUID.class)));
        if (others.isEmpty()) {
            return actions;
        }
        return actions.stream()
                .map(a -> others.containsKey(a.id()) ? a.toBuilder().otherPriorityIds(others.get(a.id())).build() : a)
                .toList();
    }

    private List<Measure> withTargetsAndRebases(List<Measure> measures, UUID planId) throws SQLException {
        if (measures.isEmpty()) {
            return measures;
        }
        Map<UUID, List<Measure.Target>> targets = new HashMap<>();
        forEach("SELECT measure_id, value, by_date FROM jointplan.measure_target WHERE plan_id = ?", planId,
                rs -> targets.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                        .add(new Measure.Target(rs.getDouble(2), rs.getObject(3, LocalDate.class))));
        Map<UUID, List<LocalDate>> rebases = new HashMap<>();
        forEach("SELECT measure_id, after_period FROM jointplan.measure_rebase WHERE plan_id = ?", planId,
                rs -> rebases.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                        .add(rs.getObject(2, LocalDate.class)));
        return measures.stream().map(m -> m.toBuilder().targets(targets.getOrDefault(m.id(), List.of()))
                .rebaseAfter(rebases.getOrDefault(m.id(), List.of())).build()).toList();
    }

    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private void forEach(String sql, UUID planId, RowReader reader) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            new ServerParams(st).id(planId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        }
    }
}

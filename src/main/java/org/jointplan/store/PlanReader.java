package org.jointplan.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
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
import org.jointplan.domain.Measure;
import org.jointplan.domain.Status;
import org.jointplan.domain.DateRange;
import org.jointplan.domain.Exchange;
import org.jointplan.domain.FinancialYear;
import org.jointplan.domain.Plan;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.Stamp;

/** Reads plans out of the store. */
final class PlanReader {
    private final Connection connection;

    PlanReader(Connection connection) {
        this.connection = connection;
    }

    List<Plan> plans() throws SQLException {
        List<Plan> plans = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement(
                "SELECT * FROM plan ORDER BY financial_year DESC, title, id");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                plans.add(plan(rs));
            }
        }
        return plans;
    }

    /** The ids of the archived plans: kept, but not offered among the plans to open. */
    Set<UUID> archivedPlans() throws SQLException {
        Set<UUID> ids = new HashSet<>();
        try (PreparedStatement st = connection.prepareStatement("SELECT id FROM plan WHERE archived = 1");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                ids.add(UUID.fromString(rs.getString(1)));
            }
        }
        return ids;
    }

    /** When and by whom the plan with this id was deleted from the store, if it was. */
    Optional<Stamp> planDeletion(UUID planId) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(
                "SELECT changed_at, changed_by_org, changed_by FROM plan_tombstone WHERE id = ?")) {
            st.setString(1, planId.toString());
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(new Stamp(Instant.parse(rs.getString(1)), rs.getString(2),
                        rs.getString(3))) : Optional.empty();
            }
        }
    }

    /** The plan's exchanges of packages, newest first, with the organisations each was sent to. */
    List<Exchange> exchanges(UUID planId) throws SQLException {
        Map<String, List<String>> recipients = new HashMap<>();
        try (PreparedStatement st = connection.prepareStatement("SELECT r.package_id, r.organisation FROM"
                + " exchange_recipient r JOIN exchange e USING (package_id) WHERE e.plan_id = ? ORDER BY r.position")) {
            st.setString(1, planId.toString());
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    recipients.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        List<Exchange> list = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement("SELECT package_id, plan_id, direction, recorded_at,"
                + " organisation, person, exported_at, file_name, summary FROM exchange WHERE plan_id = ?"
                + " ORDER BY recorded_at DESC, package_id")) {
            st.setString(1, planId.toString());
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    list.add(new Exchange(UUID.fromString(rs.getString(1)), UUID.fromString(rs.getString(2)),
                            Exchange.Direction.valueOf(rs.getString(3)), Instant.parse(rs.getString(4)),
                            rs.getString(5), rs.getString(6), Instant.parse(rs.getString(7)), rs.getString(8),
                            rs.getString(9), recipients.get(rs.getString(1))));
                }
            }
        }
        return list;
    }

    Optional<PlanData> load(UUID planId) throws SQLException {
        Optional<Plan> plan = plans().stream().filter(p -> p.id().equals(planId)).findFirst();
        if (plan.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PlanData(plan.get(),
                list(Tables.PARTNER, planId),
                list(Tables.PRIORITY, planId),
                withOtherPriorities(list(Tables.ACTION, planId), planId),
                list(Tables.MILESTONE, planId),
                list(Tables.DEPENDENCY, planId),
                list(Tables.PROGRESS_UPDATE, planId),
                withTargetsAndRebases(list(Tables.MEASURE, planId), planId),
                list(Tables.MEASURE_VALUE, planId),
                list(Tables.COMMITTEE_DATE, planId),
                SnapshotRows.read(connection, planId, list(Tables.SNAPSHOT, planId)),
                list(Tables.DATE_MOVE, planId),
                list(Tables.TOMBSTONE, planId)));
    }

    private Plan plan(ResultSet rs) throws SQLException {
        Row row = new Row(rs);
        UUID id = row.id("id");
        return new Plan(id, row.text("title"), row.text("strategy"),
                new DateRange(row.date("period_start"), row.date("period_end")),
                new FinancialYear(row.integer("financial_year")), governanceGroups(id), bragKey(id),
                new Stamp(Instant.parse(row.text("changed_at")), row.text("changed_by_org"), row.text("changed_by")));
    }

    private List<String> governanceGroups(UUID planId) throws SQLException {
        List<String> groups = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement(
                "SELECT name FROM governance_group WHERE plan_id = ? ORDER BY position")) {
            st.setString(1, planId.toString());
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    groups.add(rs.getString(1));
                }
            }
        }
        return groups;
    }

    /** The plan's own BRAG key, or the default when it has kept the default. */
    private BragKey bragKey(UUID planId) throws SQLException {
        List<BragKey.Entry> entries = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement(
                "SELECT status, label, meaning FROM brag_key WHERE plan_id = ?")) {
            st.setString(1, planId.toString());
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    entries.add(new BragKey.Entry(Status.fromCode(rs.getString(1)), rs.getString(2), rs.getString(3)));
                }
            }
        }
        return entries.isEmpty() ? BragKey.DEFAULT : new BragKey(entries);
    }

    private <T> List<T> list(Table<T> table, UUID planId) throws SQLException {
        List<T> records = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement(table.selectByPlanSql())) {
            st.setString(1, planId.toString());
            try (ResultSet rs = st.executeQuery()) {
                Row row = new Row(rs);
                while (rs.next()) {
                    records.add(table.mapper().map(row));
                }
            }
        }
        return records;
    }

    private List<Action> withOtherPriorities(List<Action> actions, UUID planId) throws SQLException {
        Map<UUID, Set<UUID>> others = new HashMap<>();
        try (PreparedStatement st = connection.prepareStatement(
                "SELECT action_id, priority_id FROM action_priority WHERE plan_id = ?")) {
            st.setString(1, planId.toString());
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    others.computeIfAbsent(UUID.fromString(rs.getString(1)), k -> new HashSet<>())
                            .add(UUID.fromString(rs.getString(2)));
                }
            }
        }
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
        try (PreparedStatement st = connection.prepareStatement(
                "SELECT measure_id, value, by_date FROM measure_target WHERE plan_id = ?")) {
            st.setString(1, planId.toString());
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String by = rs.getString(3);
                    targets.computeIfAbsent(UUID.fromString(rs.getString(1)), k -> new ArrayList<>())
                            .add(new Measure.Target(rs.getDouble(2), by == null ? null : LocalDate.parse(by)));
                }
            }
        }
        Map<UUID, List<LocalDate>> rebases = new HashMap<>();
        try (PreparedStatement st = connection.prepareStatement(
                "SELECT measure_id, after_period FROM measure_rebase WHERE plan_id = ?")) {
            st.setString(1, planId.toString());
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    rebases.computeIfAbsent(UUID.fromString(rs.getString(1)), k -> new ArrayList<>())
                            .add(LocalDate.parse(rs.getString(2)));
                }
            }
        }
        return measures.stream().map(m -> m.toBuilder().targets(targets.getOrDefault(m.id(), List.of()))
                .rebaseAfter(rebases.getOrDefault(m.id(), List.of())).build()).toList();
    }
}

package org.jointplan.server;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jointplan.domain.ReportSnapshot;
import org.jointplan.domain.ReportSnapshot.ActionPosition;
import org.jointplan.domain.ReportSnapshot.MeasurePosition;
import org.jointplan.domain.ReportSnapshot.MilestonePosition;
import org.jointplan.domain.ReportSnapshot.PriorityPosition;

/**
 * The positions a report snapshot froze, in the server's snapshot_* tables (as the store's SnapshotRows): written
 * once when the snapshot is saved (a snapshot is never edited, so saving it again leaves them as they are) and read
 * back for a whole plan at once.
 */
final class ServerSnapshotRows {
    private ServerSnapshotRows() {
    }

    interface Statements {
        PreparedStatement prepare(String sql) throws SQLException;
    }

    /** Writes the positions of a snapshot whose own row was just inserted. */
    static void write(Statements statements, ReportSnapshot s) throws SQLException {
        PreparedStatement actions = statements.prepare("INSERT INTO jointplan.snapshot_action"
                + " (snapshot_id, position,"
                + " action_id, priority_id, title, status, percent_complete, start_date, due_date, baseline_start,"
                + " baseline_due, status_reason, corrective_action, decision_needed)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING");
        int i = 0;
        for (ActionPosition a : s.actions()) {
            new ServerParams(actions).id(s.id()).integer(i++).id(a.actionId()).id(a.priorityId()).text(a.title())
                    .text(a.status().code()).integer(a.percentComplete()).date(a.start()).date(a.due())
                    .date(a.baselineStart()).date(a.baselineDue()).text(a.statusReason())
                    .text(a.correctiveAction()).text(a.decisionNeeded());
            actions.addBatch();
        }
        actions.executeBatch();
        PreparedStatement priorities = statements.prepare("INSERT INTO jointplan.snapshot_priority"
                + " (snapshot_id, position,"
                + " priority_id, rating, overridden, confidence) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING");
        i = 0;
        for (PriorityPosition p : s.priorities()) {
            new ServerParams(priorities).id(s.id()).integer(i++).id(p.priorityId()).text(p.rating().code())
                    .bool(p.overridden()).text(p.confidence() == null ? null : p.confidence().code());
            priorities.addBatch();
        }
        priorities.executeBatch();
        PreparedStatement milestones = statements.prepare("INSERT INTO jointplan.snapshot_milestone"
                + " (snapshot_id, position,"
                + " milestone_id, due_date, achieved) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING");
        i = 0;
        for (MilestonePosition m : s.milestones()) {
            new ServerParams(milestones).id(s.id()).integer(i++).id(m.milestoneId()).date(m.date()).bool(m.achieved());
            milestones.addBatch();
        }
        milestones.executeBatch();
        PreparedStatement measures = statements.prepare("INSERT INTO jointplan.snapshot_measure"
                + " (snapshot_id, position,"
                + " measure_id, value_date, value) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING");
        i = 0;
        for (MeasurePosition m : s.measures()) {
            new ServerParams(measures).id(s.id()).integer(i++).id(m.measureId()).date(m.date()).real(m.value());
            measures.addBatch();
        }
        measures.executeBatch();
    }

    /** The plan's snapshots, whose own rows were read by the SNAPSHOT table, with their positions filled in. */
    static List<ReportSnapshot> read(Connection connection, UUID planId, List<ReportSnapshot> headers)
            throws SQLException {
        if (headers.isEmpty()) {
            return headers;
        }
        Map<UUID, List<ActionPosition>> actions = new HashMap<>();
        forEach(connection, "SELECT c.* FROM jointplan.snapshot_action c"
                + " JOIN jointplan.report_snapshot s ON s.id = c.snapshot_id"
                + " WHERE s.plan_id = ? ORDER BY c.snapshot_id, c.position", planId, row -> actions
                .computeIfAbsent(row.id("snapshot_id"), k -> new ArrayList<>())
                .add(new ActionPosition(row.id("action_id"), row.id("priority_id"), row.text("title"),
                        row.status("status"), row.integer("percent_complete"), row.date("start_date"),
                        row.date("due_date"), row.date("baseline_start"), row.date("baseline_due"),
                        row.text("status_reason"), row.text("corrective_action"), row.text("decision_needed"))));
        Map<UUID, List<PriorityPosition>> priorities = new HashMap<>();
        forEach(connection, "SELECT c.* FROM jointplan.snapshot_priority c"
                + " JOIN jointplan.report_snapshot s ON s.id = c.snapshot_id"
                + " WHERE s.plan_id = ? ORDER BY c.snapshot_id, c.position", planId, row -> priorities
                .computeIfAbsent(row.id("snapshot_id"), k -> new ArrayList<>())
                .add(new PriorityPosition(row.id("priority_id"), row.status("rating"), row.bool("overridden"),
                        row.confidence("confidence"))));
        Map<UUID, List<MilestonePosition>> milestones = new HashMap<>();
        forEach(connection, "SELECT c.* FROM jointplan.snapshot_milestone c"
                + " JOIN jointplan.report_snapshot s ON s.id = c.snapshot_id"
                + " WHERE s.plan_id = ? ORDER BY c.snapshot_id, c.position", planId, row -> milestones
                .computeIfAbsent(row.id("snapshot_id"), k -> new ArrayList<>())
                .add(new MilestonePosition(row.id("milestone_id"), row.date("due_date"), row.bool("achieved"))));
        Map<UUID, List<MeasurePosition>> measures = new HashMap<>();
        forEach(connection, "SELECT c.* FROM jointplan.snapshot_measure c"
                + " JOIN jointplan.report_snapshot s ON s.id = c.snapshot_id"
                + " WHERE s.plan_id = ? ORDER BY c.snapshot_id, c.position", planId, row -> measures
                .computeIfAbsent(row.id("snapshot_id"), k -> new ArrayList<>())
                .add(new MeasurePosition(row.id("measure_id"), row.date("value_date"), row.real("value"))));
        List<ReportSnapshot> full = new ArrayList<>(headers.size());
        for (ReportSnapshot h : headers) {
            full.add(new ReportSnapshot(h.id(), h.planId(), h.asAt(), h.label(),
                    actions.getOrDefault(h.id(), List.of()), priorities.getOrDefault(h.id(), List.of()),
                    milestones.getOrDefault(h.id(), List.of()), measures.getOrDefault(h.id(), List.of()),
                    h.stamp()));
        }
        return full;
    }

    private interface RowReader {
        void read(ServerRow row) throws SQLException;
    }

    private static void forEach(Connection connection, String sql, UUID planId, RowReader reader)
            throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            st.setObject(1, planId);
            try (ResultSet rs = st.executeQuery()) {
                ServerRow row = new ServerRow(rs);
                while (rs.next()) {
                    reader.read(row);
                }
            }
        }
    }
}

package org.jointplan.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jointplan.domain.AuditEntry;

/** The server's audit of a followed plan, kept in table sync_audit so that the plan's history shows it offline. */
final class SyncAuditRows {
    private SyncAuditRows() {
    }

    /** Newest first. */
    static List<AuditEntry> of(Connection c, UUID planId) throws SQLException {
        List<AuditEntry> entries = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT revision, at, person, organisation, summary"
                + " FROM sync_audit WHERE plan_id = ? ORDER BY revision DESC")) {
            st.setString(1, planId.toString());
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    entries.add(new AuditEntry(rs.getLong(1), Instant.parse(rs.getString(2)), rs.getString(3),
                            rs.getString(4), rs.getString(5)));
                }
            }
        }
        return entries;
    }

    /** Adds the entries (one a revision: an entry read again replaces the one kept). */
    static void record(Connection c, UUID planId, List<AuditEntry> entries) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT OR REPLACE INTO sync_audit (plan_id, revision, at,"
                + " person, organisation, summary) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (AuditEntry e : entries) {
                new Params(st).id(planId).integer(e.revision()).text(e.at().toString()).text(e.person())
                        .text(e.organisation()).text(e.summary());
                st.addBatch();
            }
            st.executeBatch();
        }
    }
}

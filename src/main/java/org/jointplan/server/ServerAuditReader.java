package org.jointplan.server;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jointplan.domain.AuditEntry;

/**
 * Reads a plan's audit rows after a revision, oldest first. The JSON summary's counts by kind are taken by the server
 * itself (jsonb_each), so the ids never travel and no JSON library is needed here.
 */
final class ServerAuditReader {
    private static final String SQL = "SELECT a.revision, a.pushed_at, a.person, a.organisation,"
            + kinds("saved") + ", " + kinds("removed")
            + " FROM jointplan.audit a WHERE a.plan_id = ? AND a.revision > ? ORDER BY a.revision";

    /** One "kind": count pair of jsonb's text. */
    private static final Pattern PAIR = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\": (\\d{1,9})");

    private final Connection connection;

    ServerAuditReader(Connection connection) {
        this.connection = connection;
    }

    List<AuditEntry> after(UUID planId, long afterRevision) throws SQLException {
        List<AuditEntry> entries = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement(SQL)) {
            new ServerParams(st).id(planId).integer(afterRevision);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    entries.add(new AuditEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                            rs.getString(4), AuditSummary.words(counts(rs.getString(5)), counts(rs.getString(6)))));
                }
            }
        }
        return entries;
    }

    /** A JSON object of counts by kind, for the audit summary's {@code part}: {"ACTION": 3, ...}. */
    private static String kinds(String part) {
        return " (SELECT coalesce(jsonb_object_agg(k.key, jsonb_array_length(k.value)), '{}')::text"
                + " FROM jsonb_each(CASE jsonb_typeof(a.summary -> '" + part + "') WHEN 'object'"
                + " THEN a.summary -> '" + part + "' ELSE '{}' END) k WHERE jsonb_typeof(k.value) = 'array')";
    }

    /**
     * The counts as the server wrote them, {"ACTION": 3, "MILESTONE": 1}: jsonb's own text, so each key is a JSON
     * string and each value a number. Keys are read with their escapes as they are; an unknown kind only counts.
     */
    static Map<String, Integer> counts(String json) {
        Map<String, Integer> byKind = new LinkedHashMap<>();
        Matcher m = PAIR.matcher(json == null ? "" : json);
        while (m.find()) {
            byKind.merge(m.group(1), Integer.parseInt(m.group(2)), Integer::sum);
        }
        return byKind;
    }
}

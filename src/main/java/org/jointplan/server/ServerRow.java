package org.jointplan.server;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jointplan.domain.Confidence;
import org.jointplan.domain.Stamp;
import org.jointplan.domain.Status;

/** Reads a result row by column name, from PostgreSQL's own types. */
final class ServerRow {
    private final ResultSet rs;

    ServerRow(ResultSet rs) {
        this.rs = rs;
    }

    String text(String column) throws SQLException {
        return rs.getString(column);
    }

    UUID id(String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    LocalDate date(String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    int integer(String column) throws SQLException {
        return rs.getInt(column);
    }

    boolean bool(String column) throws SQLException {
        return rs.getBoolean(column);
    }

    Double real(String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    Status status(String column) throws SQLException {
        return Status.fromCode(rs.getString(column));
    }

    Status optionalStatus(String column) throws SQLException {
        String code = rs.getString(column);
        return code == null ? null : Status.fromCode(code);
    }

    Confidence confidence(String column) throws SQLException {
        String code = rs.getString(column);
        return code == null ? null : Confidence.fromCode(code);
    }

    Stamp stamp() throws SQLException {
        return new Stamp(rs.getObject("changed_at", OffsetDateTime.class).toInstant(), rs.getString("changed_by_org"),
                rs.getString("changed_by"));
    }
}

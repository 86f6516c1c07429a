package org.jointplan.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jointplan.domain.Stamp;
import org.jointplan.domain.Confidence;
import org.jointplan.domain.Status;

/** Reads a result row by column name, decoding the store's text encodings. */
final class Row {
    private final ResultSet rs;

    Row(ResultSet rs) {
        this.rs = rs;
    }

    String text(String column) throws SQLException {
        return rs.getString(column);
    }

    UUID id(String column) throws SQLException {
        String value = rs.getString(column);
        return value == null ? null : UUID.fromString(value);
    }

    LocalDate date(String column) throws SQLException {
        String value = rs.getString(column);
        return value == null ? null : LocalDate.parse(value);
    }

    int integer(String column) throws SQLException {
        return rs.getInt(column);
    }

    boolean bool(String column) throws SQLException {
        return rs.getInt(column) != 0;
    }

    Double real(String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    Status status(String column) throws SQLException {
        return Status.fromCode(rs.getString(column));
    }

    /** A status that may be absent, such as a priority's overridden rating. */
    Status optionalStatus(String column) throws SQLException {
        String code = rs.getString(column);
        return code == null ? null : Status.fromCode(code);
    }

    Confidence confidence(String column) throws SQLException {
        String code = rs.getString(column);
        return code == null ? null : Confidence.fromCode(code);
    }

    Stamp stamp() throws SQLException {
        return new Stamp(Instant.parse(rs.getString("changed_at")), rs.getString("changed_by_org"),
                rs.getString("changed_by"));
    }
}

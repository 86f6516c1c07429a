package org.jointplan.server;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jointplan.domain.Stamp;

/** Binds values to a prepared statement in column order, in PostgreSQL's own types (uuid, date, timestamptz). */
final class ServerParams {
    private final PreparedStatement statement;
    private int index;

    ServerParams(PreparedStatement statement) {
        this.statement = statement;
    }

    ServerParams text(String value) throws SQLException {
        statement.setString(++index, value);
        return this;
    }

    ServerParams id(UUID value) throws SQLException {
        statement.setObject(++index, value, Types.OTHER);
        return this;
    }

    ServerParams date(LocalDate value) throws SQLException {
        if (value == null) {
            statement.setNull(++index, Types.DATE);
        } else {
            statement.setObject(++index, value);
        }
        return this;
    }

    ServerParams integer(long value) throws SQLException {
        statement.setLong(++index, value);
        return this;
    }

    ServerParams bool(boolean value) throws SQLException {
        statement.setBoolean(++index, value);
        return this;
    }

    ServerParams real(Double value) throws SQLException {
        if (value == null) {
            statement.setNull(++index, Types.DOUBLE);
        } else {
            statement.setDouble(++index, value);
        }
        return this;
    }

    /** The three change-stamp columns: changed_at, changed_by_org, changed_by. */
    ServerParams stamp(Stamp stamp) throws SQLException {
        statement.setObject(++index, OffsetDateTime.ofInstant(stamp.at(), ZoneOffset.UTC));
        return text(stamp.organisation()).text(stamp.person());
    }
}

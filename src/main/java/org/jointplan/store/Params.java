package org.jointplan.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.UUID;
import org.jointplan.domain.Stamp;

/** Binds values to a prepared statement in column order, in the store's text encodings. */
final class Params {
    private final PreparedStatement statement;
    private int index;

    Params(PreparedStatement statement) {
        this.statement = statement;
    }

    Params text(String value) throws SQLException {
        statement.setString(++index, value);
        return this;
    }

    Params id(UUID value) throws SQLException {
        return text(value == null ? null : value.toString());
    }

    Params date(LocalDate value) throws SQLException {
        return text(value == null ? null : value.toString());
    }

    Params integer(long value) throws SQLException {
        statement.setLong(++index, value);
        return this;
    }

    Params bool(boolean value) throws SQLException {
        return integer(value ? 1 : 0);
    }

    Params real(Double value) throws SQLException {
        if (value == null) {
            statement.setNull(++index, Types.REAL);
        } else {
            statement.setDouble(++index, value);
        }
        return this;
    }

    /** The three change-stamp columns: changed_at, changed_by_org, changed_by. */
    Params stamp(Stamp stamp) throws SQLException {
        return text(stamp.at().toString()).text(stamp.organisation()).text(stamp.person());
    }
}

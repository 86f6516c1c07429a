package org.jointplan.testsupport;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads what actually landed in a store file, through a separate connection, while the application has it open. */
public final class DbProbe {
    private DbProbe() {
    }

    /** The first column of the first row, as text, or null when there is no row. */
    public static String text(Path store, String sql, Object... args) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store);
             PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                st.setString(i + 1, String.valueOf(args[i]));
            }
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static int count(Path store, String sql, Object... args) {
        return Integer.parseInt(text(store, sql, args));
    }
}

package org.jointplan.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jointplan.domain.Text;
import org.sqlite.Function;

/**
 * Forward-only schema migrations. Version N is the script at index N-1; the store's PRAGMA user_version says how
 * many have been applied. Each script runs in its own transaction together with the version bump, so a crash
 * leaves the store at the old version or the new one, never between. Never edit a released script: add one.
 */
final class Migrations {
    static final List<String> SCRIPTS = List.of("V001__plan.sql", "V002__exchange.sql", "V003__lifecycle.sql",
            "V004__plain_text.sql", "V005__reporting.sql", "V006__measures.sql",
            "V007__sync.sql");

    static final int LATEST = SCRIPTS.size();

    private Migrations() {
    }

    static int version(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
             var rs = st.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** Applies the scripts after the store's version up to {@code target}. */
    static void migrate(Connection connection, int target) throws SQLException {
        if (version(connection) < target) {
            registerTextRules(connection);
        }
        for (int version = version(connection) + 1; version <= target; version++) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement st = connection.createStatement()) {
                for (String sql : statements(script(version))) {
                    st.execute(sql);
                }
                st.execute("PRAGMA user_version = " + version);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    /** The domain's text rules as SQL functions, for scripts that bring older values up to them (V004). */
    private static void registerTextRules(Connection connection) throws SQLException {
        textFunction(connection, "jp_line", Text::asOneLine);
        textFunction(connection, "jp_paragraph", Text::asParagraph);
    }

    private static void textFunction(Connection connection, String name, UnaryOperator<String> rule)
            throws SQLException {
        Function.create(connection, name, new Function() {
            @Override
            protected void xFunc() throws SQLException {
                result(rule.apply(value_text(0)));
            }
        }, 1, Function.FLAG_DETERMINISTIC);
    }

    static String script(int version) {
        String name = SCRIPTS.get(version - 1);
        try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + name)) {
            if (in == null) {
                throw new IllegalStateException("The migration " + name + " is missing from the application.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Splits a script into statements: a ';' at the end of a line ends one, so a trigger keeps the ';' inside its
     * one-line body ({@code BEGIN SELECT RAISE(...); END;}). Our scripts keep ';' out of comments.
     */
    static List<String> statements(String script) {
        String withoutComments = script.replaceAll("(?m)--.*$", "");
        return java.util.Arrays.stream(withoutComments.split("(?m);[ \\t]*$"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}

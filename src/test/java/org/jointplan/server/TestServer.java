package org.jointplan.server;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL 14 for one test class (embedded binaries from Maven Central, started in @BeforeAll), with a
 * fresh database for each test and logins for the administrator and officers.
 */
public final class TestServer implements AutoCloseable {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private final EmbeddedPostgres postgres;
    private final Path folder;

    private TestServer(EmbeddedPostgres postgres, Path folder) {
        this.postgres = postgres;
        this.folder = folder;
    }

    public static TestServer start() {
        try {
            return new TestServer(EmbeddedPostgres.builder().start(), Files.createTempDirectory("jp-server"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new empty database; returns its name. */
    public String newDatabase() throws SQLException {
        String name = "jp_" + DATABASES.incrementAndGet();
        try (Connection c = superuser("postgres"); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        }
        return name;
    }

    /** A new database copied from {@code template} (set up once, so each test skips server init). */
    public String copyOf(String template) throws SQLException {
        String name = "jp_" + DATABASES.incrementAndGet();
        try (Connection c = superuser("postgres"); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name + " TEMPLATE " + template);
        }
        return name;
    }

    public String url(String database) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
    }

    /** The administrator's login (the embedded server's superuser). */
    public ServerLogin admin(String database) {
        return new ServerLogin(url(database), "postgres", passwordFile("postgres", "not-needed"));
    }

    public Connection superuser(String database) throws SQLException {
        return DriverManager.getConnection(url(database), "postgres", "");
    }

    /** An officer's login: a member of jointplan_app, listed in the database's members as person of organisation. */
    public ServerLogin officer(String database, String role, String person, String organisation) throws SQLException {
        try (Connection c = superuser(database); Statement st = c.createStatement()) {
            st.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + role + "') THEN"
                    + " CREATE ROLE " + role + " LOGIN PASSWORD 'secret' IN ROLE jointplan_app; END IF; END $$");
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO jointplan.member (login_role, person,"
                    + " organisation) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
                insert.setString(1, role);
                insert.setString(2, person);
                insert.setString(3, organisation);
                insert.executeUpdate();
            }
        }
        return new ServerLogin(url(database), role, passwordFile(role, "secret"));
    }

    public Path passwordFile(String name, String password) {
        try {
            Path file = folder.resolve(name + ".password");
            Files.writeString(file, password + "\n");
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Makes officers' logins give their password (scram-sha-256), as a real server does; the superuser keeps trust so
     * that tests can set things up. The embedded server's pg_hba.conf is rewritten and reloaded.
     */
    public TestServer requirePasswords() throws SQLException {
        try (Connection c = superuser("postgres"); Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery("SHOW hba_file")) {
            rs.next();
            Files.writeString(Path.of(rs.getString(1)), String.join("\n",
                    "local all all trust",
                    "host all postgres 127.0.0.1/32 trust",
                    "host all postgres ::1/128 trust",
                    "host all all 127.0.0.1/32 scram-sha-256",
                    "host all all ::1/128 scram-sha-256", ""));
            st.execute("SELECT pg_reload_conf()");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}

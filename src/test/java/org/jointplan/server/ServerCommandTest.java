package org.jointplan.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.jointplan.cli.JointPlanCommand;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code jointplan server init|upgrade --server URL --user NAME --password-file F}, as an administrator types it. */
class ServerCommandTest {
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private record Result(int code, String out, String err) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = JointPlanCommand.execute(request -> { }, new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }

    private static String[] server(String command, String url, Path passwordFile) {
        return new String[] {"server", command, "--server", url, "--user", "postgres", "--password-file",
            passwordFile.toString()};
    }

    @Test
    void initSetsTheServerUpAndUpgradeThenHasNothingToDo() throws SQLException {
        String db = server.newDatabase();
        Path password = server.passwordFile("admin", "not-needed");

        Result init = run(server("init", server.url(db), password));
        Result upgrade = run(server("upgrade", server.url(db), password));

        int latest = ServerMigrations.LATEST;
        assertEquals(new Result(0, "JointPlan is set up on the server (schema version " + latest + ").\n", ""), init);
        assertEquals(new Result(0, "The server's JointPlan schema is already version " + latest
                + "; nothing changed.\n", ""), upgrade);
        try (Connection c = server.superuser(db)) {
            assertEquals(ServerMigrations.LATEST, ServerMigrations.version(c));
        }
    }

    @Test
    void anUnreachableServerIsOnePlainSentence() {
        Result result = run(server("init", "jdbc:postgresql://127.0.0.1:1/jointplan",
                server.passwordFile("admin", "x")));

        assertEquals(1, result.code());
        assertTrue(result.err().startsWith("The server cannot be reached, so JointPlan could not set up the server;"),
                result.err());
        assertEquals(1, result.err().lines().count(), result.err());
    }

    @Test
    void aMissingPasswordFileIsOnePlainSentenceAndNothingIsTried() {
        Result result = run(server("upgrade", server.url("postgres"), Path.of("/nonexistent/pw")));

        assertEquals(new Result(1, "", "There is no password file /nonexistent/pw.\n"), result);
    }

    @Test
    void thePasswordCannotBeGivenOnTheCommandLine() {
        Result result = run("server", "init", "--server", server.url("postgres"), "--user", "postgres", "--password",
                "secret");

        assertEquals(2, result.code());
        assertTrue(!result.err().contains("secret") && !result.out().contains("secret"), result.err());
    }

    @Test
    void anAddressThatIsNotPostgresqlIsRefused() {
        Result result = run(server("init", "jdbc:sqlite:/tmp/x.sqlite", server.passwordFile("admin", "x")));

        assertEquals(new Result(1, "",
                "The server address must look like jdbc:postgresql://HOST:PORT/DATABASE.\n"), result);
    }

    @Test
    void aServerWithoutTlsIsRefusedWhenTheAddressAsksForVerifiedTls() {
        Result result = run(server("upgrade", server.url("postgres") + "?sslmode=verify-full",
                server.passwordFile("admin", "x")));

        assertEquals(1, result.code());
        assertTrue(result.err().startsWith("The secure connection to the server could not be made"), result.err());
    }
}

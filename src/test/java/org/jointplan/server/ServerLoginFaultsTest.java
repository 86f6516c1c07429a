package org.jointplan.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A wrong password and a failed TLS handshake, against a server that asks officers for scram-sha-256 passwords (its
 * pg_hba.conf rewritten and reloaded; the superuser keeps trust so the test can set things up) and has no TLS.
 */
class ServerLoginFaultsTest {
    private static TestServer server;
    private static String db;

    @BeforeAll
    static void start() throws SQLException {
        server = TestServer.start();
        db = server.newDatabase();
        ServerSetup.init(server.admin(db));
        server.officer(db, "anna", "Anna Shaw", "City");
        server.requirePasswords();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void theRightPasswordStillConnects() {
        ServerLogin anna = new ServerLogin(server.url(db), "anna", server.passwordFile("anna", "secret"));

        try (ServerStore store = ServerStore.open(anna)) {
            assertEquals(0, store.revision(java.util.UUID.randomUUID()));
        }
    }

    @Test
    void aWrongPasswordIsOnePlainSentence() {
        ServerLogin wrong = new ServerLogin(server.url(db), "anna", server.passwordFile("wrong", "not-the-password"));

        ServerException e = assertThrows(ServerException.class, () -> ServerStore.open(wrong));

        assertEquals("The server refused the login, so JointPlan could not connect to the server; check the user"
                + " name and the password file.", e.getMessage());
    }

    @Test
    void aServerWithoutTlsIsReportedAsATlsFailureWhenTheAddressRequiresIt() {
        for (String mode : List.of("require", "verify-full")) {
            ServerLogin tls = new ServerLogin(server.url(db) + "?sslmode=" + mode, "anna",
                    server.passwordFile("anna", "secret"));

            ServerException e = assertThrows(ServerException.class, () -> ServerStore.open(tls));

            assertTrue(e.getMessage().startsWith("The secure connection to the server could not be made"),
                    e.getMessage());
            assertFalse(e.getMessage().contains("Exception") || e.getMessage().contains("\n"), e.getMessage());
        }
    }
}

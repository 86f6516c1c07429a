package org.jointplan.server;

import static org.jointplan.server.ServerMigrationsTest.count;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.jointplan.cli.JointPlanCommand;
import org.jointplan.domain.PlanData;
import org.jointplan.testsupport.PlanGenerator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code jointplan server share --plan ID --login NAME --server URL --user NAME --password-file F}. */
class ServerShareCommandTest {
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static String[] share(String db, PlanData plan, String user, String login) {
        return new String[] {"server", "share", "--plan", plan.id().toString(), "--login", login, "--server",
            server.url(db), "--user", user, "--password-file", server.passwordFile(user, "secret").toString()};
    }

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = JointPlanCommand.execute(request -> { }, new PrintWriter(out), new PrintWriter(err), args);
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void aMemberSharesAPlanOnceAndAStrangerCannot() throws SQLException {
        String db = server.newDatabase();
        ServerSetup.init(server.admin(db));
        ServerLogin anna = server.officer(db, "anna", "Anna Shaw", "City");
        server.officer(db, "ben", "Ben Okafor", "ICB");
        server.officer(db, "cara", "Cara Lee", "County");
        PlanData plan = PlanGenerator.plan(3, 3);
        try (ServerStore store = ServerStore.open(anna)) {
            store.push(plan.id(), 0, ServerStoreTest.records(plan), List.of());
        }

        String[] stranger = run(share(db, plan, "cara", "cara"));
        String[] first = run(share(db, plan, "anna", "ben"));
        String[] again = run(share(db, plan, "anna", "ben"));
        String[] unknown = run(share(db, plan, "anna", "dan"));

        assertEquals(List.of("1", "", "Only a member of a plan may share it, and this login is not one of its members"
                + " on the server.\n"), List.of(stranger));
        assertEquals(List.of("0", "ben can now read and sync the plan " + plan.id() + ".\n", ""), List.of(first));
        assertEquals(List.of("0", "ben could already read and sync the plan " + plan.id() + "; nothing changed.\n",
                ""), List.of(again));
        assertEquals("1", unknown[0]);
        assertEquals(1, unknown[2].lines().count(), unknown[2]);
        try (Connection c = server.superuser(db)) {
            assertEquals(2, count(c, "SELECT count(*) FROM jointplan.plan_member"));
        }
    }
}

package org.jointplan.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jointplan.domain.Action;
import org.jointplan.domain.AuditEntry;
import org.jointplan.domain.EntityKind;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.Stamp;
import org.jointplan.domain.Tombstone;
import org.jointplan.testsupport.PlanGenerator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ServerAuditTest {
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void theAuditSaysWhoPushedWhatAndWhenInPlainWordsAfterARevision() throws SQLException {
        String db = server.newDatabase();
        ServerSetup.init(server.admin(db));
        ServerLogin anna = server.officer(db, "anna", "Anna Shaw", "Nottingham City Council");
        ServerLogin ben = server.officer(db, "ben", "Ben Okafor", "NHS Nottingham and Nottinghamshire ICB");
        PlanData plan = PlanGenerator.plan(8, 3);
        Action first = plan.actions().get(0);
        Action second = plan.actions().get(1);
        Instant before = Instant.now().minusSeconds(60);
        try (ServerStore store = ServerStore.open(anna)) {
            store.push(plan.id(), 0, ServerStoreTest.records(plan), List.of());
            store.share(plan.id(), "ben");
        }
        try (ServerStore store = ServerStore.open(ben)) {
            store.push(plan.id(), 1, List.of(first.toBuilder().title("Moved").build(),
                    second.toBuilder().title("Also moved").build()), List.of(new Tombstone(
                    plan.actions().get(2).id(), plan.id(), EntityKind.ACTION, Stamp.now("Laptop", "Typed name"))));

            List<AuditEntry> all = store.audit(plan.id(), 0);
            List<AuditEntry> afterFirst = store.audit(plan.id(), 1);

            assertEquals(List.of(1L, 2L), all.stream().map(AuditEntry::revision).toList());
            assertEquals("Anna Shaw", all.get(0).person());
            assertTrue(all.get(0).summary().startsWith("The plan's details, "), all.get(0).summary());
            AuditEntry second2 = afterFirst.get(0);
            assertEquals(1, afterFirst.size());
            assertEquals("Ben Okafor", second2.person());
            assertEquals("NHS Nottingham and Nottinghamshire ICB", second2.organisation());
            assertEquals("2 actions changed; 1 action removed", second2.summary());
            assertTrue(Duration.between(before, second2.at()).toMinutes() < 5, second2.at().toString());
            assertEquals(List.of(), store.audit(plan.id(), 2));
        }
    }

    @Test
    void anAuditRowWrittenByAnotherToolStillReadsAsPlainWords() throws SQLException {
        String db = server.newDatabase();
        ServerSetup.init(server.admin(db));
        ServerLogin anna = server.officer(db, "anna", "Anna Shaw", "City");
        PlanData plan = PlanGenerator.plan(2, 5);
        try (ServerStore store = ServerStore.open(anna)) {
            store.push(plan.id(), 0, ServerStoreTest.records(plan), List.of());
        }
        try (Connection c = server.superuser(db); Statement st = c.createStatement()) {
            st.execute("INSERT INTO jointplan.audit (plan_id, revision, login_role, person, organisation, summary)"
                    + " VALUES ('" + plan.id() + "', 2, 'tool', E'Batch\\njob', 'IT', '{\"saved\": {\"WIDGET\": [1, 2],"
                    + " \"MILESTONE\": [\"a\"]}, \"removed\": \"oops\"}')");
            st.execute("INSERT INTO jointplan.audit (plan_id, revision, login_role, person, organisation, summary)"
                    + " VALUES ('" + plan.id() + "', 3, 'tool', 'Batch', 'IT', '[]')");
        }
        try (ServerStore store = ServerStore.open(anna)) {
            List<AuditEntry> entries = store.audit(plan.id(), 1);

            assertEquals("Batch job", entries.get(0).person());
            assertEquals("1 milestone, 2 other records changed", entries.get(0).summary());
            assertEquals("Nothing changed", entries.get(1).summary());
        }
    }

    @Test
    void theCountsAreReadFromTheServersJsonText() {
        assertEquals(Map.of("ACTION", 3, "MILESTONE", 1),
                ServerAuditReader.counts("{\"ACTION\": 3, \"MILESTONE\": 1}"));
        assertEquals(Map.of("x\\\": 9", 2), ServerAuditReader.counts("{\"x\\\": 9\": 2}"));
        assertEquals(Map.of(), ServerAuditReader.counts(null));
    }
}

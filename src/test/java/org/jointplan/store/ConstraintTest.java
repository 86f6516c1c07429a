package org.jointplan.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.jointplan.domain.Action;
import org.jointplan.domain.PlanData;
import org.jointplan.testsupport.PlanGenerator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The schema itself refuses an impossible plan, even if a bug got past the domain's rules. */
class ConstraintTest {
    @TempDir
    Path dir;
    private Path file;
    private PlanData plan;
    private Action action;

    @BeforeEach
    void storeWithPlan() {
        file = dir.resolve("plan.sqlite");
        plan = PlanGenerator.plan(5, 21);
        action = plan.actions().get(0);
        try (Store store = Store.open(file)) {
            store.write("the plan", w -> w.savePlan(plan));
        }
    }

    private void assertRefused(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement()) {
            st.execute("PRAGMA foreign_keys = ON");
            assertThrows(SQLException.class, () -> st.executeUpdate(sql), sql);
        }
    }

    @Test
    void rawWritesOfImpossibleValuesAreRefused() throws SQLException {
        String id = action.id().toString();
        assertRefused("UPDATE action SET status = 'purple' WHERE id = '" + id + "'");
        assertRefused("UPDATE action SET percent_complete = 101 WHERE id = '" + id + "'");
        assertRefused("UPDATE action SET due_date = '2000-01-01' WHERE id = '" + id + "'");
        assertRefused("UPDATE action SET start_date = '2025-02-30' WHERE id = '" + id + "'");
        assertRefused("UPDATE action SET status = 'complete', percent_complete = 50 WHERE id = '" + id + "'");
        assertRefused("UPDATE action SET title = '  ' WHERE id = '" + id + "'");
        assertRefused("UPDATE action SET priority_id = '" + UUID.randomUUID() + "' WHERE id = '" + id + "'");
        assertRefused("UPDATE action SET percent_complete = 'lots' WHERE id = '" + id + "'");
        assertRefused("DELETE FROM priority WHERE id = '" + action.priorityId() + "'");
    }

    @Test
    void referenceToAnotherPlansPriorityIsRefused() throws SQLException {
        PlanData other = PlanGenerator.plan(1, 22);
        try (Store store = Store.open(file)) {
            store.write("the other plan", w -> w.savePlan(other));
        }
        assertRefused("UPDATE action SET priority_id = '" + other.priorities().get(0).id() + "' WHERE id = '"
                + action.id() + "'");
    }

    @Test
    void failedWriteSaysWhyAndLeavesNothingHalfWritten() {
        PlanData orphanPlan = PlanGenerator.plan(3, 23);
        Action orphan = orphanPlan.actions().get(0);
        try (Store store = Store.open(file)) {
            int before = store.load(plan.id()).orElseThrow().actions().size();
            StoreException e = assertThrows(StoreException.class, () -> store.write("the new actions", w -> {
                w.saveAction(plan.actions().get(1).toBuilder().title("Changed first").build());
                w.saveAction(orphan); // its plan is not in the store
            }));
            assertTrue(e.getMessage().startsWith("The store refused the new actions because it would make the plan"
                    + " inconsistent"), e.getMessage());
            PlanData after = store.load(plan.id()).orElseThrow();
            assertEquals(before, after.actions().size());
            assertEquals(plan.actions().get(1).title(), after.action(plan.actions().get(1).id()).orElseThrow()
                    .title());
            assertEquals(List.of(), store.integrityProblems());
        }
    }
}

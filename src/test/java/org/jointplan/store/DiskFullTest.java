package org.jointplan.store;

import static org.jointplan.testsupport.PlanAssertions.assertSamePlan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Field;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.jointplan.domain.PlanData;
import org.jointplan.testsupport.PlanGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk, simulated with SQLite's max_page_count (the store may not grow): writes are refused with a sentence
 * that says the disk is full, and reading, and writing once there is room again, go on working.
 */
class DiskFullTest {
    private static final String FULL = "The disk is full, so the new plan was not saved; free some space and try"
            + " again. Nothing already saved was lost.";

    @TempDir
    Path dir;

    @Test
    void aFullDiskRefusesWritesPlainlyAndReadingGoesOn() throws Exception {
        PlanData saved = PlanGenerator.plan(20, 1);
        PlanData big = PlanGenerator.plan(3000, 2);
        try (Store store = Store.open(dir.resolve("plan.sqlite"))) {
            store.write("the plan", w -> w.savePlan(saved));
            int pages = pragma(store, "page_count");
            pragma(store, "max_page_count = " + pages);

            for (int attempt = 0; attempt < 3; attempt++) {
                StoreException refused = assertThrows(StoreException.class,
                        () -> store.write("the new plan", w -> w.savePlan(big)));
                assertEquals(FULL, refused.getMessage(), "attempt " + attempt);
                assertEquals(1, store.plans().size());
                assertSamePlan(saved, store.load(saved.id()).orElseThrow());
            }

            pragma(store, "max_page_count = " + (pages * 100));
            store.write("the new plan", w -> w.savePlan(big));
            assertSamePlan(big, store.load(big.id()).orElseThrow());
        }
    }

    /**
     * On a real full disk, COMMIT fails with SQLITE_FULL and sqlite-jdbc finalizes the prepared COMMIT, and every
     * later write failed with "statement is not executing", even once there was room again. Any COMMIT that fails
     * does the same: here, one with no transaction to commit.
     */
    @Test
    void aFailedCommitDoesNotBreakTheWritesAfterIt() throws Exception {
        PlanData plan = PlanGenerator.plan(5, 3);
        try (Store store = Store.open(dir.resolve("plan.sqlite"))) {
            assertThrows(StoreException.class, () -> store.write("nothing", w -> execute(store, "ROLLBACK")));
            store.write("the new plan", w -> w.savePlan(plan));
            assertSamePlan(plan, store.load(plan.id()).orElseThrow());
        }
    }

    private static Connection connection(Store store) throws ReflectiveOperationException {
        Field field = Store.class.getDeclaredField("connection");
        field.setAccessible(true);
        return (Connection) field.get(store);
    }

    private static void execute(Store store, String sql) throws SQLException {
        try (Statement st = connection(store).createStatement()) {
            st.execute(sql);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static int pragma(Store store, String pragma) throws Exception {
        try (Statement st = connection(store).createStatement();
             var rs = st.executeQuery("PRAGMA " + pragma)) {
            return rs.next() ? rs.getInt(1) : 0;
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }
}

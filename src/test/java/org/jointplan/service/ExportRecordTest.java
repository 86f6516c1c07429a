package org.jointplan.service;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.jointplan.store.Store;
import org.jointplan.store.StoreException;
import org.jointplan.testsupport.PlanGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A package file exists only if the exchange history records it: the two are one step, never half of it. */
class ExportRecordTest {
    @TempDir
    Path dir;

    @Test
    void anExportThatCannotBeRecordedLeavesNoPackageBehind() throws Exception {
        var plan = PlanGenerator.plan(5, 7);
        Path file = dir.resolve("plan.sqlite");
        try (Store store = Store.open(file)) {
            store.write("the plan", w -> w.savePlan(plan));
        }
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = raw.createStatement()) {
            st.execute("CREATE TRIGGER refuse_records BEFORE INSERT ON exchange BEGIN SELECT RAISE(ABORT, 'no'); END");
        }
        Path out = dir.resolve("plan.jplan");
        try (Store store = Store.open(file)) {
            assertThrows(StoreException.class, () -> new PackageService().exportPlan(store, plan.id(), out, null,
                    new LocalUser("Nottingham City Council", "Sam Officer"), f -> { }));
        }
        assertTrue(Files.notExists(out), "no package that the history does not know was sent");
    }
}

package org.jointplan.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import org.jointplan.domain.Action;
import org.jointplan.domain.PlanData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store written before the records refused control characters and implausible dates may hold them (from a
 * partner's package, or `update --due 31/12/9999`); it must still open, with those values made to obey the rules.
 */
class OlderValuesMigrationTest {
    @TempDir
    Path dir;

    @Test
    void aStoreHoldingControlCharactersAndYear9999OpensWithThemMadePlain() throws Exception {
        Path file = OlderStores.copy(3, dir);
        PlanData plan = OlderStores.plan(3);
        Action first = plan.actions().get(0);
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file);
             PreparedStatement set = raw.prepareStatement("UPDATE action SET title = ?, description = ?, owner = ?,"
                     + " due_date = '9999-12-31' WHERE id = ?")) {
            set.setString(1, "Plan\n\u001b[2JImported");
            set.setString(2, "Line one\nline two\u001b[31m");
            set.setString(3, "\u202eOwner");
            set.setString(4, first.id().toString());
            assertEquals(1, set.executeUpdate());
        }

        try (Store store = Store.open(file)) {
            Action opened = store.load(plan.id()).orElseThrow().action(first.id()).orElseThrow();
            assertEquals("Plan  [2JImported", opened.title());
            assertEquals("Line one\nline two [31m", opened.description());
            assertEquals("Owner", opened.owner());
            assertEquals(LocalDate.of(2999, 12, 31), opened.due());
            Action untouched = plan.actions().get(1);
            assertEquals(untouched, store.load(plan.id()).orElseThrow().action(untouched.id()).orElseThrow());
        }
    }
}

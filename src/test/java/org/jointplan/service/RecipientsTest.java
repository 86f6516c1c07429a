package org.jointplan.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jointplan.domain.ValidationException;
import org.jointplan.store.Store;
import org.jointplan.testsupport.PlanGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecipientsTest {
    private static final LocalUser USER = new LocalUser("Nottingham City Council", "Sam Officer");

    @TempDir
    Path dir;

    @Test
    void anExportRecordsWhoThePackageWasSentTo() {
        var plan = PlanGenerator.plan(5, 1);
        try (Store store = Store.open(dir.resolve("plan.sqlite"))) {
            store.write("the plan", w -> w.savePlan(plan));
            new PackageService().exportPlan(store, plan.id(), dir.resolve("a.jplan"), USER, new ExportOptions(null,
                    false, List.of("NHS Nottingham and Nottinghamshire ICB", "Nottinghamshire County Council")),
                    f -> { });
            new PackageService().exportPlan(store, plan.id(), dir.resolve("b.jplan"), null, USER, f -> { });
            var history = store.exchanges(plan.id());
            assertEquals(2, history.size());
            var sentTo = history.stream().filter(e -> e.fileName().equals("a.jplan")).findFirst().orElseThrow();
            assertEquals(List.of("NHS Nottingham and Nottinghamshire ICB", "Nottinghamshire County Council"),
                    sentTo.recipients());
            var toNobody = history.stream().filter(e -> e.fileName().equals("b.jplan")).findFirst().orElseThrow();
            assertEquals(List.of(), toNobody.recipients());
        }
    }

    @Test
    void aRecipientWithControlCharactersIsRefusedBeforeAnythingIsWritten() {
        var plan = PlanGenerator.plan(5, 2);
        try (Store store = Store.open(dir.resolve("plan.sqlite"))) {
            store.write("the plan", w -> w.savePlan(plan));
            Path out = dir.resolve("a.jplan");
            var refused = assertThrows(ValidationException.class, () -> new PackageService().exportPlan(store,
                    plan.id(), out, USER, new ExportOptions(null, false, List.of("ICB\n\u001b[2JImported")), f -> { }));
            assertTrue(refused.getMessage().startsWith("A recipient's organisation cannot contain"),
                    refused.getMessage());
            assertFalse(Files.exists(out));
            assertEquals(List.of(), store.exchanges(plan.id()));
        }
    }

    @Test
    void recipientsAreGivenRepeatedOrCommaSeparated() {
        assertEquals(List.of("City", "County", "ICB"), Recipients.parse(List.of("City, County", "ICB", "City,")));
        assertEquals(Optional.empty(), Recipients.problem(List.of("City, County", "ICB,")));
        assertTrue(Recipients.problem(List.of(" ")).isPresent());
        assertTrue(Recipients.problem(List.of("City", "Tab\there")).isPresent());
    }
}

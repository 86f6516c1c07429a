package org.jointplan.service;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.jointplan.domain.Action;
import org.jointplan.domain.PlanData;
import org.jointplan.store.Store;
import org.jointplan.store.StoreException;
import org.jointplan.testsupport.PlanGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A change's description names people and organisations: a message about it keeps their capitals. */
class SenderNameCaseTest {
    @TempDir
    Path dir;

    @Test
    void aRefusedMergeNamesTheSenderAsTheyWroteIt() {
        try (Store store = Store.open(dir.resolve("plan.sqlite"))) {
            PlanData plan = PlanGenerator.plan(5, 3);
            store.write("the plan", w -> w.savePlan(plan));
            PlanSession session = new PlanSession(store, new LocalUser("Nottingham City Council", "Officer"), plan);
            Action stray = plan.actions().get(0).toBuilder().priorityId(UUID.randomUUID()).build();
            var e = assertThrows(StoreException.class, () -> session.apply(new Change(
                    "Merge changes from Jo Bloggs (Nottinghamshire County Council)", List.of(), List.of(stray))));
            assertTrue(e.getMessage().contains("merge changes from Jo Bloggs (Nottinghamshire County Council)"),
                    e.getMessage());
        }
    }
}

package org.jointplan.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jointplan.domain.PlanData;
import org.jointplan.testsupport.PlanAssertions;
import org.jointplan.testsupport.PlanGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MigrationTest {
    @TempDir
    Path dir;

    @Test
    void emptyFileIsMigratedToTheLatestSchema() {
        try (Store store = Store.open(dir.resolve("new.sqlite"))) {
            assertEquals(Migrations.LATEST, store.schemaVersion());
            assertEquals(List.of(), store.integrityProblems());
            assertTrue(store.wasCreated());
        }
    }

    static List<Integer> earlierVersions() {
        return java.util.stream.IntStream.rangeClosed(1, Migrations.LATEST).boxed().toList();
    }

    /** A store left at each schema version, holding a plan, opens at the latest with the plan intact. */
    @ParameterizedTest
    @MethodSource("earlierVersions")
    void storeOfEveryEarlierVersionIsMigratedKeepingItsPlan(int version) {
        Path file = dir.resolve("v" + version + ".sqlite");
        PlanData plan = PlanGenerator.plan(30, version);
        try (Store old = Store.open(file, version)) {
            assertEquals(version, old.schemaVersion());
            old.write("the plan", w -> w.savePlan(plan));
        }
        try (Store store = Store.open(file)) {
            assertEquals(Migrations.LATEST, store.schemaVersion());
            assertEquals(List.of(), store.integrityProblems());
            PlanAssertions.assertSamePlan(plan, store.load(plan.id()).orElseThrow());
            assertEquals(version < Migrations.LATEST ? 1 : 0, store.backups().list().size(),
                    "a backup is taken before migrating");
        }
    }

    @Test
    void scriptsSplitIntoStatementsWithoutComments() {
        assertEquals(List.of("CREATE TABLE a (x TEXT)", "CREATE INDEX i ON a (x)"),
                Migrations.statements("-- a comment; with a semicolon\nCREATE TABLE a (x TEXT);\n"
                        + "CREATE INDEX i ON a (x); -- trailing\n"));
    }
}

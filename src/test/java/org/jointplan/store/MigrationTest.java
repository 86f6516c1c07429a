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
        return java.util.stream.IntStream.rangeClosed(1, OlderStores.NEWEST_FIXTURE).boxed().toList();
    }

    @Test
    void everyEarlierVersionHasAStoreToMigrate() {
        assertEquals(Migrations.LATEST - 1, OlderStores.NEWEST_FIXTURE,
                "add older/vN.sqlite and vN.json, written by the release before a new migration");
    }

    /** A store written by the release of each earlier schema version opens at the latest with its plan intact. */
    @ParameterizedTest
    @MethodSource("earlierVersions")
    void storeOfEveryEarlierVersionIsMigratedKeepingItsPlan(int version) {
        Path file = OlderStores.copy(version, dir);
        PlanData plan = OlderStores.plan(version);
        try (Store store = Store.open(file)) {
            assertEquals(Migrations.LATEST, store.schemaVersion());
            assertEquals(List.of(), store.integrityProblems());
            PlanAssertions.assertSamePlan(plan, store.load(plan.id()).orElseThrow());
            assertEquals(1, store.backups().list().size(), "a backup is taken before migrating");
        }
    }

    /** The latest store keeps everything the reporting cycle adds. */
    @Test
    void theLatestStoreKeepsAGeneratedPlanWhole() {
        Path file = dir.resolve("latest.sqlite");
        PlanData plan = PlanGenerator.plan(30, 5);
        try (Store store = Store.open(file)) {
            store.write("the plan", w -> w.savePlan(plan));
        }
        try (Store store = Store.open(file)) {
            PlanAssertions.assertSamePlan(plan, store.load(plan.id()).orElseThrow());
            assertEquals(0, store.backups().list().size(), "no backup without a migration");
        }
    }

    @Test
    void scriptsSplitIntoStatementsWithoutComments() {
        assertEquals(List.of("CREATE TABLE a (x TEXT)", "CREATE INDEX i ON a (x)"),
                Migrations.statements("-- a comment; with a semicolon\nCREATE TABLE a (x TEXT);\n"
                        + "CREATE INDEX i ON a (x); -- trailing\n"));
    }

    @Test
    void aTriggerKeepsTheSemicolonsOfItsOneLineBody() {
        assertEquals(List.of("CREATE TRIGGER t BEFORE INSERT ON a\nBEGIN SELECT RAISE(ABORT, 'No.'); END",
                        "CREATE INDEX i ON a (x)"),
                Migrations.statements("CREATE TRIGGER t BEFORE INSERT ON a\nBEGIN SELECT RAISE(ABORT, 'No.'); END;\n"
                        + "CREATE INDEX i ON a (x);"));
    }
}

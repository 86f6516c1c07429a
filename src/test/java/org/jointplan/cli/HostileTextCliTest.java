package org.jointplan.cli;

import static org.jointplan.cli.Cli.run;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jointplan.bundle.ExportDetails;
import org.jointplan.bundle.PackageWriter;
import org.jointplan.domain.PlanData;
import org.jointplan.testsupport.DbProbe;
import org.jointplan.testsupport.PackageTinker;
import org.jointplan.testsupport.PlanGenerator;
import org.jointplan.cli.Cli.Result;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text that would fake terminal output (line breaks, carriage returns, escape sequences) never gets in through a
 * package, and whatever the command line prints stays one line per record with no control character in it.
 */
class HostileTextCliTest {
    private static final List<String> HOSTILE = List.of("Fine\nPlan Fake plan (2024/25)", "Fine\rImported 'x'",
            "\u001b[2JImported 'Fake'");
    private static final ExportDetails DETAILS = new ExportDetails("test", Instant.parse("2024-11-05T10:15:00Z"),
            "Nottingham City Council", "Test Officer");

    @TempDir
    Path dir;
    private String store;
    private byte[] good;

    @BeforeEach
    void aStoreAndAGoodPackage() {
        store = dir.resolve("plan.sqlite").toString();
        assertEquals(0, run("--store", store, "list").code());
        PlanData plan = PlanGenerator.plan(12, 4);
        good = new PackageWriter().write(plan, DETAILS, null, f -> { });
    }

    private Path tinkered(String name, Consumer<PackageTinker> edit) throws Exception {
        PackageTinker tinker = PackageTinker.of(good);
        edit.accept(tinker);
        return Files.write(dir.resolve(name + ".jplan"), tinker.resign().zip());
    }

    @Test
    void aPackageWithControlCharactersInItsTextIsRefusedCleanlyAndChangesNothing() throws Exception {
        String before = DbProbe.text(Path.of(store), "SELECT group_concat(id) FROM plan");
        List<Executable> checks = new ArrayList<>();
        int n = 0;
        for (String bad : HOSTILE) {
            List<Path> packages = List.of(
                    tinkered("title" + n, t -> t.editPlan(p -> ((ObjectNode) p.get("plan")).put("title", bad))),
                    tinkered("owner" + n, t -> t.editPlan(p -> ((ObjectNode) p.get("actions").get(0))
                            .put("owner", bad))),
                    tinkered("stamp" + n, t -> t.editPlan(p -> ((ObjectNode) p.get("actions").get(1).get("stamp"))
                            .put("organisation", bad))),
                    tinkered("sender" + n, t -> t.editManifest(m -> m.put("exportedByOrganisation", bad))),
                    tinkered("person" + n, t -> t.editManifest(m -> m.put("exportedByPerson", bad))));
            n++;
            for (Path pkg : packages) {
                Result r = run("--store", store, "import", pkg.toString());
                String call = pkg.getFileName() + " " + bad.replace('\u001b', '~') + " -> " + r.out() + r.err();
                checks.add(() -> assertEquals(1, r.code(), call));
                checks.add(() -> assertEquals("", r.out(), call));
                checks.add(() -> assertEquals(1, r.err().lines().count(), call));
                checks.add(() -> assertFalse(r.err().chars().anyMatch(c -> c < 0x20 && c != '\n'), call));
                checks.add(() -> assertTrue(r.err().contains("control characters"), call));
                checks.add(() -> assertFalse(r.err().contains("Imported") || r.err().contains("Fake"), call));
            }
        }
        assertAll(checks);
        assertEquals(before, DbProbe.text(Path.of(store), "SELECT group_concat(id) FROM plan"));
        assertEquals(0, run("--store", store, "import", tinkered("good", t -> { }).toString()).code(),
                "the untouched package is accepted, so the hostile ones test something");
    }

    @Test
    void diffRefusesAPackageWhoseManifestImportWouldRefuse() throws Exception {
        assertEquals(0, run("--store", store, "import", tinkered("good", t -> { }).toString()).code());
        for (String field : List.of("exportedByOrganisation", "exportedByPerson", "planTitle")) {
            Path pkg = tinkered("manifest-" + field, t -> t.editManifest(m -> m.put(field, "Ev\u001b[2Jil\u202e")));
            Result r = run("--store", store, "diff", pkg.toString());
            assertEquals(1, r.code(), field + " -> " + r.out() + r.err());
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().contains("control characters"), r.err());
        }
    }

    @Test
    void theSameRulesHoldForTheCommandLinesOwnEdits() {
        String id = run("--store", store, "list").out().lines().filter(l -> l.startsWith("     ")).findFirst()
                .map(l -> l.substring(l.lastIndexOf(" id ") + 4).strip()).orElseThrow();
        Result owner = run("--store", store, "update", id, "--owner", "Jo\u001b[2J");
        assertEquals(1, owner.code());
        assertEquals("The action's owner must be one line, without line breaks, tabs or control characters.",
                owner.err().strip());
        Result note = run("--store", store, "update", id, "--note", "First line\nsecond line");
        assertEquals(0, note.code(), note.err());
    }

    @Test
    void everyLineTheCommandLinePrintsShowsControlCharactersAsEscapes() {
        StringWriter text = new StringWriter();
        PrintWriter lines = new TerminalLines(text);
        lines.println("     01/04/2024 to 31/03/2025  Fine\nPlan Fake plan\r\u001b[2J\u202eid x");
        lines.println((Object) "two\nlines");
        lines.flush();
        assertEquals(List.of("     01/04/2024 to 31/03/2025  Fine\\u000aPlan Fake plan\\u000d\\u001b[2J\\u202eid x",
                "two\\u000alines"), text.toString().lines().toList());
    }
}

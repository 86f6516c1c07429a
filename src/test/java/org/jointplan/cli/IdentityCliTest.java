package org.jointplan.cli;

import static org.jointplan.cli.Cli.run;
import static org.jointplan.testsupport.DbProbe.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.jointplan.cli.Cli.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdentityCliTest {
    @TempDir
    Path dir;

    private Result identity(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "--store";
        all[1] = dir.resolve("plan.sqlite").toString();
        all[2] = "identity";
        System.arraycopy(args, 0, all, 3, args.length);
        return run(all);
    }

    @Test
    void identitySaysWhatIsNotSetYet() {
        Result result = identity();
        assertEquals(0, result.code(), result.err());
        assertTrue(result.out().startsWith("Name: not set\nOrganisation: not set\n"), result.out());
    }

    @Test
    void identitySetsBothOrEitherAndPrintsThem() throws Exception {
        Result set = identity("--name", "Sam Officer", "--organisation", "Nottingham City Council");
        assertEquals(0, set.code(), set.err());
        assertEquals("Name: Sam Officer\nOrganisation: Nottingham City Council\n", set.out());

        Result org = identity("--organisation", "NHS Nottingham and Nottinghamshire ICB");
        assertEquals("Name: Sam Officer\nOrganisation: NHS Nottingham and Nottinghamshire ICB\n", org.out());
        Result name = identity("--name", "Alex Partner");
        assertEquals("Name: Alex Partner\nOrganisation: NHS Nottingham and Nottinghamshire ICB\n", name.out());
        assertEquals(name.out(), identity().out(), "kept in the store");
        assertEquals("Alex Partner", text(dir.resolve("plan.sqlite"),
                "SELECT value FROM meta WHERE key = 'user.person'"));
    }

    @Test
    void theIdentityIsStampedOnChangesAndPackages() throws Exception {
        identity("--name", "Sam Officer", "--organisation", "Nottingham City Council");
        String store = dir.resolve("plan.sqlite").toString();
        Path pkg = dir.resolve("out.jplan");
        Result export = run("--store", store, "export", "--out", pkg.toString());
        assertEquals(0, export.code(), export.err());
        assertEquals("Sam Officer", text(dir.resolve("plan.sqlite"), "SELECT person FROM exchange"));
        assertEquals("Nottingham City Council", text(dir.resolve("plan.sqlite"), "SELECT organisation FROM exchange"));
    }

    @Test
    void exportToRecordsTheRecipientsRepeatedOrCommaSeparated() {
        String store = dir.resolve("plan.sqlite").toString();
        Result export = run("--store", store, "export", "--out", dir.resolve("out.jplan").toString(),
                "--to", "NHS Nottingham and Nottinghamshire ICB", "--to", "City, County");
        assertEquals(0, export.code(), export.err());
        assertEquals("NHS Nottingham and Nottinghamshire ICB|City|County", text(dir.resolve("plan.sqlite"),
                "SELECT group_concat(organisation, '|') FROM (SELECT organisation FROM exchange_recipient"
                        + " ORDER BY position)"));
        Result refused = run("--store", store, "export", "--out", dir.resolve("other.jplan").toString(),
                "--to", "ICB\u001b]0;".translateEscapes());
        assertEquals(2, refused.code());
        assertTrue(refused.err().startsWith("A recipient's organisation cannot contain"), refused.err());
        assertFalse(java.nio.file.Files.exists(dir.resolve("other.jplan")));
    }

    @Test
    void blankOrControlCharactersAreRefusedAndChangeNothing() {
        identity("--name", "Sam Officer", "--organisation", "Nottingham City Council");
        for (String[] bad : new String[][] {{"--name", ""}, {"--name", "   "}, {"--organisation", " "},
                {"--name", "Sam\nPlan Fake plan line"}, {"--organisation", "City\u001b[2J"},
                {"--name", "Sam", "--organisation", "Tab\there"}, {"--name", "Rev\u202Eersed"}}) {
            Result result = identity(bad);
            assertEquals(2, result.code(), String.join(" ", bad));
            assertEquals("", result.out());
            assertEquals(1, result.err().strip().lines().count(), result.err());
            assertTrue(result.err().matches("The (name|organisation) cannot [^\n]*\\.\n"), result.err());
            assertFalse(result.err().contains("Exception"), result.err());
        }
        assertEquals("Name: Sam Officer\nOrganisation: Nottingham City Council\n", identity().out(),
                "nothing was changed");
    }
}

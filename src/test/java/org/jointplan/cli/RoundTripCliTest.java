package org.jointplan.cli;

import static org.jointplan.cli.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jointplan.testsupport.DbProbe;
import org.jointplan.testsupport.OctoberSample;
import org.jointplan.cli.Cli.Result;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The partner round trip driven from the command line, as a script would, between separate stores. */
class RoundTripCliTest {
    @TempDir
    Path dir;
    private Path officer;
    private List<String> ids;

    private static Result ok(String... args) {
        Result r = run(args);
        assertEquals(0, r.code(), String.join(" ", args) + "\n" + r.out() + r.err());
        return r;
    }

    private Path store(String name) {
        return dir.resolve(name + ".sqlite");
    }

    private String export(Path from, String name) {
        Path file = dir.resolve(name + ".jplan");
        ok("--store", from.toString(), "export", "--out", file.toString());
        return file.toString();
    }

    private static String column(Path store, String id, String column) {
        return DbProbe.text(store, "SELECT " + column + " FROM action WHERE id = ?", id);
    }

    /** Both sides start from the sample as it stood in October 2024: no baseline yet, so dates move freely. */
    @BeforeEach
    void officerStore() {
        officer = OctoberSample.store(store("officer"));
        ids = ok("--store", officer.toString(), "list").out().lines().filter(l -> l.contains(" id "))
                .skip(1).map(l -> l.substring(l.lastIndexOf(" id ") + 4).strip()).toList();
    }

    /** A partner with a store of their own (the same October sample) brings in the officer's package. */
    private Path partnerWith(String name, String pkg) {
        Path partner = OctoberSample.store(store(name));
        ok("--store", partner.toString(), "import", pkg, "--merge");
        return partner;
    }

    @Test
    void partnerStatusesAndOfficerDatesMergeWithoutConflictAndTheSamePackageTwiceChangesNothing() {
        String sent = export(officer, "sent");
        Path partner = partnerWith("icb", sent);
        ok("--store", partner.toString(), "update", ids.get(0), "--status", "at_risk", "--note", "Recruitment gap");
        String back = export(partner, "back");
        ok("--store", officer.toString(), "update", ids.get(1), "--due", "31/03/2027");

        Result diff = ok("--store", officer.toString(), "diff", back);
        // status and percent are one choice: complete ⇔ 100%
        assertTrue(diff.out().contains("status and percent complete changed from"), diff.out());
        assertTrue(diff.out().contains("0 conflicts"), diff.out());
        Result merged = ok("--store", officer.toString(), "import", back, "--merge");
        assertTrue(merged.out().startsWith("Merged "), merged.out());
        assertEquals("at_risk", column(officer, ids.get(0), "status"));
        assertEquals("2027-03-31", column(officer, ids.get(1), "due_date"), "the officer's own edit stays");
        assertEquals(1, DbProbe.count(officer, "SELECT count(*) FROM progress_update WHERE text = 'Recruitment gap'"));

        String snapshot = DbProbe.text(officer, "SELECT group_concat(status || due_date, ',') FROM action");
        Result again = ok("--store", officer.toString(), "import", back, "--merge");
        assertTrue(again.err().contains("already brought in"), again.err());
        assertEquals(snapshot, DbProbe.text(officer, "SELECT group_concat(status || due_date, ',') FROM action"));
        assertEquals(2, DbProbe.count(officer, "SELECT count(*) FROM exchange"), "one sent, one received");
    }

    @Test
    void sameDueDateChangedOnBothSidesIsAConflictThatFailsUnlessSettled() {
        String sent = export(officer, "sent");
        Path partner = partnerWith("county", sent);
        ok("--store", partner.toString(), "update", ids.get(2), "--due", "30/06/2026");
        String back = export(partner, "back");
        ok("--store", officer.toString(), "update", ids.get(2), "--due", "31/12/2026");

        String diff = ok("--store", officer.toString(), "diff", back).out();
        assertTrue(diff.contains("CONFLICT"), diff);
        assertTrue(diff.strip().endsWith("\n1 difference, 1 conflict."), diff);
        Result refused = run("--store", officer.toString(), "import", back, "--merge");
        assertEquals(1, refused.code());
        assertEquals("The merge was refused and nothing was changed: the package has 1 conflict with your plan; see"
                + " them with diff, then import again with --conflicts mine or --conflicts theirs.",
                refused.err().strip());
        assertEquals("2026-12-31", column(officer, ids.get(2), "due_date"));

        ok("--store", officer.toString(), "import", back, "--merge", "--conflicts", "mine");
        assertEquals("2026-12-31", column(officer, ids.get(2), "due_date"));
    }

    @Test
    void theirsSettlesAConflictWithThePartnersValue() {
        String sent = export(officer, "sent");
        Path partner = partnerWith("icb", sent);
        ok("--store", partner.toString(), "update", ids.get(3), "--owner", "ICB owner");
        String back = export(partner, "back");
        ok("--store", officer.toString(), "update", ids.get(3), "--owner", "City owner");
        ok("--store", officer.toString(), "import", back, "--merge", "--conflicts", "theirs");
        assertEquals("ICB owner", column(officer, ids.get(3), "owner"));
    }

    @Test
    void olderPackageThanOneAlreadyMergedIsWarnedAboutBeforeAnythingHappens() throws Exception {
        String sent = export(officer, "sent");
        Path partner = partnerWith("icb", sent);
        ok("--store", partner.toString(), "update", ids.get(4), "--percent", "20");
        String first = export(partner, "first");
        Thread.sleep(5);
        ok("--store", partner.toString(), "update", ids.get(4), "--percent", "60");
        String second = export(partner, "second");
        ok("--store", officer.toString(), "import", second, "--merge");
        Result older = run("--store", officer.toString(), "import", first, "--merge");
        assertEquals(1, older.code());
        assertTrue(older.err().startsWith("The merge was refused and nothing was changed: this package was made on"),
                older.err());
        assertTrue(older.err().contains("before one from the same sender that you already merged"), older.err());
        assertEquals(1, older.err().lines().count(), older.err());
        assertEquals("60", column(officer, ids.get(4), "percent_complete"));
    }

    @Test
    void threePartnersEachSendingBackTheirOwnCopyAreAllMerged() {
        String sent = export(officer, "sent");
        String[] names = {"city", "county", "icb"};
        for (int i = 0; i < names.length; i++) {
            Path partner = partnerWith(names[i], sent);
            ok("--store", partner.toString(), "update", ids.get(5 + i), "--owner", "Owner from " + names[i]);
            export(partner, "back-" + names[i]);
        }
        for (String name : names) {
            Result r = ok("--store", officer.toString(), "import", dir.resolve("back-" + name + ".jplan").toString(),
                    "--merge");
            assertTrue(r.out().contains("(0 conflicts)"), r.out());
        }
        for (int i = 0; i < names.length; i++) {
            assertEquals("Owner from " + names[i], column(officer, ids.get(5 + i), "owner"));
        }
    }

    @Test
    void updateRefusesWhatTheWindowWouldRefuse() {
        Result r = run("--store", officer.toString(), "update", ids.get(0), "--due", "01/01/2000");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("is before the start date"), r.err());
        Result bad = run("--store", officer.toString(), "update", ids.get(0), "--status", "purple");
        assertEquals(1, bad.code());
        assertTrue(bad.err().startsWith("'purple' is not a status"), bad.err());
    }
}

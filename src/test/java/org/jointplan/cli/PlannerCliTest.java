package org.jointplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jointplan.testsupport.DbProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** import-project, export-project and export-calendar as a user runs them, checked against the store. */
class PlannerCliTest {
    private static final String TITLE = "Joint SEND Commissioning Delivery Plan 2024/25";

    @TempDir
    Path dir;
    private Path store;

    @BeforeEach
    void sampleStore() {
        store = dir.resolve("plan.sqlite");
        assertEquals(0, run("check").code());
    }

    private Cli.Result run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--store";
        all[1] = store.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return Cli.run(all);
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(PlannerCliTest.class.getResource("/org/jointplan/planner/" + name).toURI());
    }

    private int plans() {
        return DbProbe.count(store, "select count(*) from plan");
    }

    @Test
    void aDryRunPrintsWhatWouldBeImportedWithEveryWarningAndStoresNothing() throws Exception {
        int before = plans();
        Cli.Result result = run("import-project", resource("sleep-pathway.xml").toString(), "--dry-run");
        assertEquals(0, result.code(), result.err());
        List<String> lines = result.out().lines().toList();
        assertEquals("'Integrated sleep support pathway' from sleep-pathway.xml: 2 priorities, 5 actions,"
                + " 2 milestones, 1 dependency.", lines.get(0));
        assertTrue(lines.contains("Priority 1: Phase 1"), result.out());
        assertTrue(lines.contains("  Action: Award the contract, 01/05/2024 to 31/05/2024, 40% complete, On track"),
                result.out());
        assertTrue(lines.contains("    Milestone Contract signed, 03/06/2024"), result.out());
        assertTrue(lines.contains("  Write the service specification \u2192 Award the contract"), result.out());
        assertTrue(lines.contains("  Left out: Task 8 'Undated task': This task has no dates, so it was left out."),
                result.out());
        assertTrue(result.out().contains("Not carried over: Task 7 'Train practitioners': The start-to-start link"),
                result.out());
        assertEquals("Dry run: nothing was stored.", lines.get(lines.size() - 1));
        assertEquals(before, plans());
    }

    @Test
    void importingAddsANewPlanInOneGo() throws Exception {
        int before = plans();
        Cli.Result result = run("import-project", resource("ot-pathway.gan").toString());
        assertEquals(0, result.code(), result.err());
        assertTrue(result.out().startsWith("Imported 'Integrated OT pathway' from ot-pathway.gan (2 priorities,"
                + " 6 actions, 1 milestone, 2 dependencies)"), result.out());
        assertTrue(result.err().contains("Not carried over: Task 7 'Publish the offer'"), result.err());
        assertEquals(before + 1, plans());
        assertEquals("2024-12-31", DbProbe.text(store, "select due_date from action where title = ?", "Map OT roles"));
    }

    @Test
    void exportedThenMergedBackChangesNothingAndAnEditedCopyUpdatesThePlan() throws Exception {
        Path xml = dir.resolve("plan.xml");
        Cli.Result export = run("export-project", "--out", xml.toString());
        assertEquals(0, export.code(), export.err());
        assertTrue(export.out().startsWith("Wrote '" + TITLE + "' ("), export.out());
        String text = Files.readString(xml, StandardCharsets.UTF_8);
        String due = DbProbe.text(store, "select due_date from action where title like 'Set up an SLCN advice line%'");
        assertEquals("2024-07-01", due);
        Files.writeString(xml, text.replaceFirst("<Finish>2024-07-01T17:00:00</Finish>",
                "<Finish>2024-07-12T17:00:00</Finish>"), StandardCharsets.UTF_8);
        int before = plans();
        Cli.Result merge = run("import-project", xml.toString(), "--merge");
        assertEquals(0, merge.code(), merge.err() + merge.out());
        assertEquals(before, plans(), "an update adds no plan");
        assertEquals("2024-07-12", DbProbe.text(store,
                "select due_date from action where title like 'Set up an SLCN advice line%'"));
    }

    @Test
    void theCalendarHoldsTheMilestonesAndCommitteeDatesAndActionsWhenAsked() throws Exception {
        Path ics = dir.resolve("plan.ics");
        Cli.Result result = run("export-calendar", "--out", ics.toString());
        assertEquals(0, result.code(), result.err());
        int milestonesAndMeetings = DbProbe.count(store, "select count(*) from milestone")
                + DbProbe.count(store, "select count(*) from committee_date");
        assertEquals("Wrote " + milestonesAndMeetings + " events of '" + TITLE + "' to " + ics + ".",
                result.out().strip());
        Cli.Result withActions = run("export-calendar", "--include-actions", "--out", ics.toString());
        assertTrue(withActions.out().contains(", replacing the file that was there."), withActions.out());
        String text = Files.readString(ics);
        assertEquals(milestonesAndMeetings + DbProbe.count(store, "select count(*) from action"),
                text.split("BEGIN:VEVENT", -1).length - 1);
    }

    @Test
    void refusalsAreOneSentenceAndChangeNothing() throws Exception {
        int before = plans();
        Path html = Files.writeString(dir.resolve("page.xml"), "<html/>");
        Cli.Result notPlanner = run("import-project", html.toString());
        assertEquals(1, notPlanner.code());
        assertTrue(notPlanner.err().startsWith("This file is not an MS Project"), notPlanner.err());
        Cli.Result both = run("import-project", html.toString(), "--as-new", "--merge");
        assertEquals(2, both.code());
        assertTrue(both.err().startsWith("Choose either --as-new or --merge, not both"), both.err());
        Cli.Result badName = run("export-project", "--out", dir.resolve("plan.mpp").toString());
        assertEquals(2, badName.code());
        assertTrue(badName.err().contains("Choose a file name ending in .xml"), badName.err());
        Cli.Result badIcs = run("export-calendar", "--out", dir.resolve("plan.ical").toString());
        assertEquals(2, badIcs.code());
        assertEquals(before, plans());
        assertFalse(Files.exists(dir.resolve("plan.mpp")));
    }
}

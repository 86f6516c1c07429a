package org.jointplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.jointplan.domain.PlanData;
import org.jointplan.service.Baselines;
import org.jointplan.service.LocalUser;
import org.jointplan.service.PlanSession;
import org.jointplan.service.Workspace;
import org.jointplan.testsupport.DbProbe;
import org.jointplan.testsupport.OctoberSample;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * snapshot, report, baseline and update's reporting options as an officer would use them: from the start of the
 * cycle on the sample plan as it stood in October 2024, and on the shipped sample, which has been through the year.
 */
class ReportingCycleCliTest {
    private static final String SLEEP_GO_LIVE = "1c638d39-7b70-4d74-9d9d-5ce4f12ed445";
    private static final String ICDS_REVIEW = "4fad733f-b621-48a2-be54-cc45f41955bd";
    private static final String STRATEGY_APPROVAL = "2e938c22-3074-4b4b-b1de-78aa504b37be";
    private static final String PATHWAY_LIVE_MILESTONE = "12f1e78c-bbf4-4fc9-986e-f42aeacaef54";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private Path store;

    @BeforeEach
    void octoberStore() {
        store = OctoberSample.store(dir.resolve("plan.sqlite"));
        assertEquals(0, run("check").code());
    }

    private Cli.Result run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--store";
        all[1] = store.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return Cli.run(all);
    }

    /** What the reporting commands could change: snapshots, actions, date moves. */
    private String fingerprint() {
        return DbProbe.text(store, "SELECT (SELECT count(*) FROM report_snapshot) || '#' || (SELECT count(*) FROM"
                + " snapshot_action) || '#' || (SELECT coalesce(group_concat(id || label || as_at || changed_at), '')"
                + " FROM report_snapshot) || '#' || (SELECT group_concat(id || status || due_date || start_date"
                + " || coalesce(baseline_due, '-') || status_reason || corrective_action || decision_needed"
                + " || changed_at) FROM action) || '#' || (SELECT count(*) FROM date_move)");
    }

    private void assertRefused(int code, String message, String... args) {
        String before = fingerprint();
        Cli.Result result = run(args);
        assertEquals(code, result.code(), result.out() + result.err());
        assertEquals("", result.out());
        assertEquals(1, result.err().strip().lines().count(), result.err());
        assertTrue(result.err().contains(message), result.err());
        assertFalse(result.err().contains("Exception"), result.err());
        assertEquals(before, fingerprint(), "nothing changed");
    }

    private JsonNode report(String... options) throws Exception {
        String[] args = new String[options.length + 1];
        args[0] = "report";
        System.arraycopy(options, 0, args, 1, options.length);
        Cli.Result result = run(args);
        assertEquals(0, result.code(), result.err());
        return JSON.readTree(result.out());
    }

    private static int overdue(JsonNode report) {
        int n = 0;
        for (JsonNode a : report.get("actions")) {
            n += a.get("overdue").asBoolean() ? 1 : 0;
        }
        return n;
    }

    private static JsonNode byId(JsonNode list, String id) {
        for (JsonNode n : list) {
            if (id.equals(n.get("id").asText())) {
                return n;
            }
        }
        throw new AssertionError(id + " not in " + list);
    }

    @Test
    void theShippedSampleIsReportedAsRecordedAtEachQuarterAndJudgedLiveAfterTheYear() throws Exception {
        store = dir.resolve("shipped.sqlite");
        assertEquals(0, run("check").code());
        JsonNode q2 = report("--as-at", "2024-09-30", "--format", "json");
        JsonNode yearEnd = report("--as-at", "2025-03-31");
        JsonNode today = report();

        assertEquals(0, overdue(q2), "the October position: nothing overdue at the end of September");
        assertEquals("SCG, Q2 2024/25", q2.at("/position/label").asText());
        assertEquals("snapshot", yearEnd.at("/position/source").asText());
        assertEquals("SCG, Q4 2024/25", yearEnd.at("/position/label").asText());
        assertEquals("2024-12-31", yearEnd.at("/previousSnapshot/date").asText());
        assertTrue(overdue(yearEnd) >= 1 && overdue(yearEnd) <= 3, "year end: " + overdue(yearEnd));
        assertTrue(overdue(yearEnd) < overdue(today), overdue(yearEnd) + " then " + overdue(today));
        assertEquals("2025-03-31", yearEnd.get("asAt").asText());
        assertEquals("live", today.at("/position/source").asText());
        assertEquals(LocalDate.now().toString(), today.get("asAt").asText());
        assertEquals(29, yearEnd.get("actions").size());
        assertEquals(5, yearEnd.get("priorities").size());
    }

    @Test
    void aSnapshotIsRecordedAndSaysWhatItRecorded() {
        Cli.Result result = run("snapshot", "--as-at", "2024-12-31", "--label", "SCG Q3 2024/25");
        assertEquals(0, result.code(), result.err());
        assertTrue(result.out().startsWith("Recorded the position of 'Joint SEND Commissioning Delivery Plan"
                + " 2024/25' as at 31/12/2024 ('SCG Q3 2024/25'): 29 actions: "), result.out());
        assertTrue(result.out().contains("on track") && result.out().contains("overdue)."), result.out());
        assertEquals(1, DbProbe.count(store, "SELECT count(*) FROM report_snapshot WHERE as_at = '2024-12-31'"
                + " AND label = 'SCG Q3 2024/25'"));
        assertEquals(29, DbProbe.count(store, "SELECT count(*) FROM snapshot_action"));
    }

    @Test
    void snapshotRefusalsChangeNothing() {
        assertEquals(0, run("snapshot", "--as-at", "2024-12-31").code());
        assertRefused(1, "The plan starts on 01/08/2024; a snapshot cannot be as at 31/07/2024, before it.",
                "snapshot", "--as-at", "2024-07-31");
        assertRefused(1, "is after today", "snapshot", "--as-at", LocalDate.now().plusDays(1).toString());
        assertRefused(1, "There is already a snapshot as at 31/12/2024; add --replace to record the position again"
                + " in its place.", "snapshot", "--as-at", "2024-12-31");
        assertRefused(2, "'2025-02-30' is not a date; write it as YYYY-MM-DD, like 2025-03-31.",
                "snapshot", "--as-at", "2025-02-30");
        assertRefused(2, "--as-at", "snapshot");
        assertRefused(1, "The store holds no plan with the id", "snapshot", "--plan", UUID.randomUUID().toString(),
                "--as-at", "2024-12-31");
        assertRefused(2, "is not a plan id", "snapshot", "--plan", "nonsense", "--as-at", "2024-12-31");
        assertRefused(1, "The snapshot's label", "snapshot", "--as-at", "2024-11-30", "--label", "Q3\u001b[31m");
    }

    @Test
    void replaceRecordsTheSnapshotAgainInPlaceOfTheOldOne() {
        assertEquals(0, run("snapshot", "--as-at", "2024-12-31", "--label", "first").code());
        Cli.Result again = run("snapshot", "--as-at", "2024-12-31", "--label", "second", "--replace");
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().startsWith("Replaced the snapshot"), again.out());
        assertEquals("second", DbProbe.text(store, "SELECT group_concat(label) FROM report_snapshot"));
    }

    @Test
    void reportRefusalsSayWhatIsWrongInOneSentence() {
        assertEquals(0, run("snapshot", "--as-at", "2024-12-31").code());
        assertRefused(1, "There is no earlier report: the first snapshot of this plan is as at 31/12/2024.",
                "report", "--as-at", "2024-09-30");
        assertRefused(2, "'xml' is not a report format; use json, pdf, docx or html.", "report", "--format", "xml");
        assertRefused(2, "'31-12-2024' is not a date", "report", "--as-at", "31-12-2024");
        assertRefused(1, "does not exist; choose another place for the report.", "report", "--out",
                dir.resolve("missing/report.json").toString());
    }

    @Test
    void reportWritesItsFileWhole() throws Exception {
        Path file = dir.resolve("q3.json");
        Cli.Result result = run("report", "--as-at", "2024-12-31", "--out", file.toString());
        assertEquals(0, result.code(), result.err());
        assertTrue(result.out().contains("as at 31/12/2024 to " + file), result.out());
        assertEquals("2024-12-31", JSON.readTree(Files.readString(file)).get("asAt").asText());
        try (var listing = Files.list(dir)) {
            assertTrue(listing.noneMatch(p -> p.getFileName().toString().endsWith(".part")));
        }
        Cli.Result again = run("report", "--as-at", "2024-12-31", "--out", file.toString());
        assertTrue(again.out().contains("replacing the file that was there"), again.out());
    }

    @Test
    void baselineIsAgreedOnceAndSaysHowMany() {
        Cli.Result first = run("baseline");
        assertEquals(0, first.code(), first.err());
        assertEquals("Agreed the baseline of 'Joint SEND Commissioning Delivery Plan 2024/25': 29 actions got a"
                + " baseline, 0 already had one.", first.out().strip());
        assertEquals(29, DbProbe.count(store, "SELECT count(*) FROM action WHERE baseline_due = due_date"));
        String before = fingerprint();
        Cli.Result second = run("baseline");
        assertEquals("Nothing to agree: 29 actions already had a baseline.", second.out().strip());
        assertEquals(before, fingerprint());
    }

    @Test
    void movingADueDatePastTheBaselineNeedsAReasonAndIsKept() {
        assertEquals(0, run("baseline").code());
        assertRefused(1, "Moving the due date past the baseline (31/10/2024) needs a reason.",
                "update", SLEEP_GO_LIVE, "--due", "2025-01-31");
        assertRefused(2, "--reason is the reason for moving the due date; give it with --due",
                "update", SLEEP_GO_LIVE, "--reason", "Recruitment delayed");
        Cli.Result moved = run("update", SLEEP_GO_LIVE, "--due", "2025-01-31", "--reason", "Recruitment delayed");
        assertEquals(0, moved.code(), moved.err());
        assertEquals("2025-01-31", DbProbe.text(store, "SELECT due_date FROM action WHERE id = ?", SLEEP_GO_LIVE));
        assertEquals("2024-10-31|2025-01-31|Recruitment delayed", DbProbe.text(store,
                "SELECT from_date || '|' || to_date || '|' || reason FROM date_move WHERE action_id = ?",
                SLEEP_GO_LIVE));
    }

    @Test
    void updateSetsAndClearsTheCorrectiveActionAndTheDecisionAndReadsBragWords() {
        Cli.Result set = run("update", ICDS_REVIEW, "--status", "AMBER", "--status-reason", "Review report late",
                "--corrective", "Extra analyst time", "--decision", "Agree the redesign");
        assertEquals(0, set.code(), set.err());
        assertEquals("at_risk|Review report late|Extra analyst time|Agree the redesign", DbProbe.text(store,
                "SELECT status || '|' || status_reason || '|' || corrective_action || '|' || decision_needed"
                        + " FROM action WHERE id = ?", ICDS_REVIEW));
        assertEquals(0, run("update", ICDS_REVIEW, "--decision", "", "--status", "Blue").code());
        assertEquals("complete||100", DbProbe.text(store, "SELECT status || '|' || decision_needed || '|' ||"
                + " percent_complete FROM action WHERE id = ?", ICDS_REVIEW));
        assertRefused(1, "is not a status", "update", ICDS_REVIEW, "--status", "purple");
    }

    @Test
    void aQuarterOnTheReportShowsDirectionsSlipsAndExceptions() throws Exception {
        assertEquals(0, run("baseline").code());
        assertEquals(0, run("snapshot", "--as-at", "2024-09-30", "--label", "SCG Q2").code());
        assertEquals(0, run("update", SLEEP_GO_LIVE, "--status", "red", "--status-reason", "Provider could not"
                + " recruit", "--corrective", "Interim service from the ICB", "--due", "2025-01-31", "--reason",
                "Recruitment delayed").code());
        assertEquals(0, run("update", ICDS_REVIEW, "--status", "amber", "--status-reason", "Report late").code());
        assertEquals(0, run("update", STRATEGY_APPROVAL, "--decision", "Approve publication").code());
        moveMilestone(PATHWAY_LIVE_MILESTONE, LocalDate.of(2025, 1, 15), "Go-live moved with recruitment");
        assertEquals(0, run("snapshot", "--as-at", "2024-12-31", "--label", "SCG Q3").code());

        JsonNode q3 = report("--as-at", "2024-12-31");

        assertEquals("snapshot", q3.at("/position/source").asText());
        assertEquals("SCG Q3", q3.at("/position/label").asText());
        assertEquals("2024-09-30", q3.at("/previousSnapshot/date").asText());
        JsonNode goLive = byId(q3.get("actions"), SLEEP_GO_LIVE);
        assertEquals("worse", goLive.at("/direction/code").asText());
        assertEquals("off_track", goLive.at("/status/code").asText());
        assertTrue(goLive.get("slipped").asBoolean());
        assertTrue(goLive.get("slippedSinceLastReport").asBoolean());
        assertEquals("2024-10-31", goLive.get("baselineDue").asText());
        assertEquals("improved", byId(q3.get("actions"), ICDS_REVIEW).at("/direction/code").asText());
        assertEquals("no_change", byId(q3.get("actions"), STRATEGY_APPROVAL).at("/direction/code").asText());
        JsonNode sleep = q3.get("priorities").get(2);
        assertTrue(sleep.get("name").asText().contains("sleep"), sleep.toString());
        assertEquals("off_track", sleep.at("/rating/code").asText());
        assertEquals("worse", sleep.at("/direction/code").asText());
        JsonNode slip = byId(q3.get("slippedMilestones"), PATHWAY_LIVE_MILESTONE);
        assertEquals("2024-10-01", slip.get("from").asText());
        assertEquals("2025-01-15", slip.get("to").asText());
        assertTrue(slip.get("sinceLastReport").asBoolean());
        assertEquals("Go-live moved with recruitment", slip.get("reason").asText());
        boolean offTrackListed = false;
        boolean decisionListed = false;
        for (JsonNode e : q3.get("exceptions")) {
            if (SLEEP_GO_LIVE.equals(e.get("actionId").asText()) && e.get("milestoneId").isNull()) {
                offTrackListed = true;
                assertEquals("off_track", e.get("kind").asText());
                assertEquals("Interim service from the ICB", e.get("correctiveAction").asText());
                assertEquals("2025-01-31", e.get("date").asText());
                assertEquals("2024-10-31", e.get("previousDate").asText());
            }
            if (STRATEGY_APPROVAL.equals(e.get("actionId").asText())) {
                decisionListed = true;
                assertTrue(e.get("kinds").toString().contains("decision_needed"), e.toString());
                assertEquals("Approve publication", e.get("decisionNeeded").asText());
            }
        }
        assertTrue(offTrackListed && decisionListed, q3.get("exceptions").toString());
    }

    private void moveMilestone(String id, LocalDate to, String reason) {
        try (Workspace workspace = Workspace.open(store)) {
            PlanData plan = workspace.plans().stream().map(p -> workspace.plan(p.id()).orElseThrow()).findFirst()
                    .orElseThrow();
            new PlanSession(workspace.store(), LocalUser.of(workspace.store()), plan)
                    .apply(Baselines.moveMilestone(plan, UUID.fromString(id), to, reason));
        }
    }
}

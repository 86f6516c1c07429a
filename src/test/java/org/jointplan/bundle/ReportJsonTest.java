package org.jointplan.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jointplan.domain.Action;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.ReportPosition;
import org.jointplan.domain.ReportSnapshot;
import org.jointplan.domain.Stamp;
import org.jointplan.domain.Status;
import org.jointplan.testsupport.PlanGenerator;
import org.junit.jupiter.api.Test;

/** The report data as documented in docs/report-format.md. */
class ReportJsonTest {
    private static final Stamp STAMP = new Stamp(Instant.parse("2024-10-01T09:00:00Z"), "City", "Officer");
    private static final LocalDate Q2 = LocalDate.of(2024, 9, 30);
    private static final LocalDate Q3 = LocalDate.of(2024, 12, 31);

    private static JsonNode read(ReportPosition position) throws IOException {
        return PlanJson.mapper().readTree(ReportJson.bytes(position));
    }

    @Test
    void aLiveReportNamesThePlanTheDatesTheKeyAndOneEntryPerPriorityAndAction() throws IOException {
        PlanData plan = PlanGenerator.plan(60, 3);
        plan = withSnapshot(plan, Q2, "SCG Q2");
        JsonNode json = read(ReportPosition.of(plan, Q3));

        assertEquals("jointplan-report", json.get("format").asText());
        assertEquals(1, json.get("formatVersion").asInt());
        assertEquals(plan.id().toString(), json.at("/plan/id").asText());
        assertEquals("2024/25", json.at("/plan/financialYear").asText());
        assertEquals("2024-04-01", json.at("/plan/period/start").asText());
        assertEquals("2024-12-31", json.get("asAt").asText());
        assertEquals("live", json.at("/position/source").asText());
        assertTrue(json.at("/position/date").isNull());
        assertEquals("2024-09-30", json.at("/previousSnapshot/date").asText());
        assertEquals("SCG Q2", json.at("/previousSnapshot/label").asText());
        List<String> keyOrder = new ArrayList<>();
        json.get("bragKey").forEach(e -> keyOrder.add(e.get("colour").asText()));
        assertEquals(List.of("Blue", "Green", "Amber", "Red", "Grey"), keyOrder);
        assertEquals("On track", json.at("/bragKey/1/label").asText());
        assertEquals(plan.priorities().size(), json.get("priorities").size());
        assertEquals(60, json.get("actions").size());
        int counted = 0;
        for (JsonNode p : json.get("priorities")) {
            for (JsonNode n : p.get("counts")) {
                counted += n.asInt();
            }
            assertTrue(p.at("/rating/code").isTextual());
            assertTrue(p.at("/direction/code").asText().matches("improved|no_change|worse|new"));
        }
        assertEquals(60, counted);
    }

    @Test
    void anActionCarriesItsPositionFlagsAndDirection() throws IOException {
        PlanData plan = withSnapshot(PlanGenerator.plan(40, 5), Q2, "");
        Action a = plan.actions().stream().filter(x -> x.status() == Status.ON_TRACK).findFirst().orElseThrow();
        Action changed = a.toBuilder().status(Status.OFF_TRACK).statusReason("Provider withdrew")
                .correctiveAction("Retender").decisionNeeded("Approve retender").due(a.due().plusMonths(2)).build();
        plan = replace(plan, changed);

        JsonNode json = read(ReportPosition.of(plan, Q3));
        JsonNode line = null;
        for (JsonNode n : json.get("actions")) {
            if (n.get("id").asText().equals(a.id().toString())) {
                line = n;
            }
        }
        assertEquals("off_track", line.at("/status/code").asText());
        assertEquals("Red", line.at("/status/colour").asText());
        assertEquals("Off track", line.at("/status/label").asText());
        assertEquals("worse", line.at("/direction/code").asText());
        assertEquals("↓", line.at("/direction/arrow").asText());
        assertEquals(changed.due().toString(), line.get("due").asText());
        assertEquals("Provider withdrew", line.get("statusReason").asText());
        assertEquals("Retender", line.get("correctiveAction").asText());
        assertEquals("Approve retender", line.get("decisionNeeded").asText());
        assertTrue(line.get("slippedSinceLastReport").asBoolean());
        assertEquals(a.priorityId().toString(), line.get("priorityId").asText());
        boolean listed = false;
        for (JsonNode e : json.get("exceptions")) {
            if (a.id().toString().equals(e.get("actionId").asText())) {
                listed = true;
                assertEquals("off_track", e.get("kind").asText());
                assertTrue(e.get("kinds").toString().contains("decision_needed"));
                assertEquals(a.due().toString(), e.get("previousDate").asText());
            }
        }
        assertTrue(listed);
    }

    @Test
    void aFrozenReportNamesItsSnapshotAndThePlansOwnWordsForTheStatuses() throws IOException {
        PlanData plan = PlanGenerator.plan(10, 9);
        plan = new PlanData(plan.plan().withBragKey(plan.plan().bragKey().with(Status.AT_RISK, "Some slippage",
                "Behind, recoverable")), plan.partners(), plan.priorities(), plan.actions(), plan.milestones(),
                plan.dependencies(), plan.updates(), plan.measures(), plan.measureValues(), plan.committeeDates(),
                plan.snapshots(), plan.dateMoves(), plan.tombstones());
        plan = withSnapshot(plan, Q3, "Scrutiny");

        JsonNode json = read(ReportPosition.of(plan, Q3));

        assertEquals("snapshot", json.at("/position/source").asText());
        assertEquals("2024-12-31", json.at("/position/date").asText());
        assertEquals("Scrutiny", json.at("/position/label").asText());
        assertTrue(json.get("previousSnapshot").isNull());
        assertEquals("Some slippage", json.at("/bragKey/2/label").asText());
        assertEquals("Behind, recoverable", json.at("/bragKey/2/meaning").asText());
    }

    private static PlanData withSnapshot(PlanData p, LocalDate asAt, String label) {
        List<ReportSnapshot> snapshots = new ArrayList<>(p.snapshots());
        snapshots.add(ReportSnapshot.take(p, asAt, label, UUID.randomUUID(), STAMP));
        return new PlanData(p.plan(), p.partners(), p.priorities(), p.actions(), p.milestones(), p.dependencies(),
                p.updates(), p.measures(), p.measureValues(), p.committeeDates(), snapshots, p.dateMoves(),
                p.tombstones());
    }

    private static PlanData replace(PlanData p, Action changed) {
        return new PlanData(p.plan(), p.partners(), p.priorities(), p.actions().stream()
                .map(a -> a.id().equals(changed.id()) ? changed : a).toList(), p.milestones(), p.dependencies(),
                p.updates(), p.measures(), p.measureValues(), p.committeeDates(), p.snapshots(), p.dateMoves(),
                p.tombstones());
    }
}

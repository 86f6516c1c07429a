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
import org.jointplan.domain.Frequency;
import org.jointplan.domain.Measure;
import org.jointplan.domain.MeasureValue;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.ReportPosition;
import org.jointplan.domain.ReportSnapshot;
import org.jointplan.domain.Stamp;
import org.jointplan.domain.spc.Improvement;
import org.jointplan.testsupport.PlanGenerator;
import org.junit.jupiter.api.Test;

/** The measures of the report data (docs/report-format.md, "measures"). */
class MeasureJsonTest {
    private static final Stamp STAMP = new Stamp(Instant.parse("2024-10-01T09:00:00Z"), "City", "Officer");
    private static final LocalDate Q2_END = LocalDate.of(2024, 9, 30);
    private static final LocalDate Q3_END = LocalDate.of(2024, 12, 31);

    @Test
    void aQuarterlyMeasureWithASmallFigureIsPublishedSuppressedAndComparedWithTheLastReport() throws IOException {
        PlanData plan = PlanGenerator.plan(10, 2);
        Measure waits = Measure.builder(UUID.randomUUID(), plan.id(), "Children waiting over a year", STAMP)
                .unit("children").decimals(0).better(Improvement.DECREASE).frequency(Frequency.QUARTERLY)
                .suppressBelow(5.0).targets(List.of(new Measure.Target(0, null))).build();
        Measure none = Measure.builder(UUID.randomUUID(), plan.id(), "Sleep helpline calls", STAMP).build();
        List<MeasureValue> values = List.of(
                value(waits, LocalDate.of(2024, 4, 1), 9.0, 8.0),
                value(waits, LocalDate.of(2024, 7, 1), 7.0, 6.0),
                value(waits, LocalDate.of(2024, 10, 1), 3.0, 4.0));
        plan = with(plan, List.of(waits, none), values);
        plan = snapshot(plan, Q2_END);

        JsonNode json = PlanJson.mapper().readTree(ReportJson.bytes(ReportPosition.of(plan, Q3_END)));

        JsonNode m = json.at("/measures/0");
        assertEquals(waits.id().toString(), m.get("id").asText());
        assertEquals("lower", m.at("/better/code").asText());
        assertEquals("quarterly", m.get("frequency").asText());
        assertEquals("2024-Q3", m.at("/latest/period/code").asText(), "financial quarter 3: October to December");
        assertEquals("Q3 2024/25", m.at("/latest/period/label").asText());
        assertEquals("2024-12-31", m.at("/latest/period/end").asText());
        assertEquals(3.0, m.at("/latest/value").asDouble());
        assertEquals("< 5", m.at("/latest/published").asText());
        assertTrue(m.at("/latest/suppressed").asBoolean());
        assertEquals(4.0, m.get("trajectory").asDouble());
        assertEquals(0.0, m.get("target").asDouble());
        assertEquals("on_trajectory", m.at("/status/code").asText());
        assertEquals("improved", m.at("/direction/code").asText(), "3 against 7 at the last report, lower is better");
        assertEquals(3, m.at("/spc/points").size());
        assertEquals("2024-Q1", m.at("/spc/points/0/period").asText());
        assertTrue(m.at("/spc/warning").isTextual(), "three points have trial limits");

        JsonNode empty = json.at("/measures/1");
        assertTrue(empty.get("latest").isNull());
        assertTrue(empty.get("spc").isNull());
        assertTrue(empty.get("direction").isNull());
        assertEquals("no_data", empty.at("/status/code").asText());
        assertEquals("No data yet", empty.at("/status/label").asText());
    }

    private static MeasureValue value(Measure m, LocalDate date, double actual, double trajectory) {
        return new MeasureValue(UUID.randomUUID(), m.id(), date, actual, trajectory, "", STAMP);
    }

    private static PlanData with(PlanData p, List<Measure> measures, List<MeasureValue> values) {
        return new PlanData(p.plan(), p.partners(), p.priorities(), p.actions(), p.milestones(), p.dependencies(),
                p.updates(), measures, values, p.committeeDates(), p.snapshots(), p.dateMoves(), p.tombstones());
    }

    private static PlanData snapshot(PlanData p, LocalDate asAt) {
        List<ReportSnapshot> snapshots = new ArrayList<>(p.snapshots());
        snapshots.add(ReportSnapshot.take(p, asAt, "SCG", UUID.randomUUID(), STAMP));
        return new PlanData(p.plan(), p.partners(), p.priorities(), p.actions(), p.milestones(), p.dependencies(),
                p.updates(), p.measures(), p.measureValues(), p.committeeDates(), snapshots, p.dateMoves(),
                p.tombstones());
    }
}

package org.jointplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jointplan.testsupport.DbProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The measure commands as a script would use them, on a new store holding the shipped sample plan. */
class MeasureCliTest extends MeasureCliBase {
    @Test
    void addPrintsOnlyTheNewIdAndListShowsTheMeasureWithItsLatestFigure() {
        String id = add("--name", "Families seen in Family Hubs", "--unit", "families", "--better", "higher",
                "--priority", OT_PRIORITY, "--frequency", "quarterly", "--target", "120");
        String list = ok("measure", "list").out();
        assertTrue(list.contains("Families seen in Family Hubs"), list);
        assertTrue(list.contains(id), list);
        assertTrue(list.contains("% of new EHC plans issued within 20 weeks"), list);
        assertTrue(list.contains("36.6%") && list.contains("Jul 2024"), list);
        assertEquals("quarterly", DbProbe.text(store, "SELECT frequency FROM measure WHERE id = ?", id));
        assertEquals(OT_PRIORITY, DbProbe.text(store, "SELECT priority_id FROM measure WHERE id = ?", id));
        assertEquals("120.0", DbProbe.text(store, "SELECT value FROM measure_target WHERE measure_id = ?", id));
    }

    @Test
    void recordingAPeriodThatHasAFigureReplacesItAndSaysSo() {
        Cli.Result first = ok("measure", "record", EHC_PLANS, "--period", "2024-08", "--value", "38.2", "--note",
                "provisional");
        assertTrue(first.out().contains("38.2%") && first.out().contains("Aug 2024"), first.out());
        Cli.Result again = ok("measure", "record", EHC_PLANS, "--period", "2024-07", "--value", "37");
        assertTrue(again.out().contains("replaced 36.6% with 37.0%"), again.out());
        assertEquals("37.0", DbProbe.text(store, "SELECT actual FROM measure_value WHERE measure_id = ? AND"
                + " value_date = '2024-07-01'", EHC_PLANS));
        assertEquals("provisional", DbProbe.text(store, "SELECT note FROM measure_value WHERE measure_id = ? AND"
                + " value_date = '2024-08-01'", EHC_PLANS));
    }

    @Test
    void importRecordsAllTheFiguresOfACsvAndSaysWhatItDid() throws Exception {
        Path file = csv("ehc.csv", "Month,Value,Note\n2024-07,36.6,\n2024-08,38.2,\n\n2024-09,39.9,first cut\n");
        Cli.Result result = ok("measure", "import", EHC_PLANS, file.toString());
        assertTrue(result.out().contains("2 recorded, 1 replaced, 2 lines skipped"), result.out());
        assertEquals("first cut", DbProbe.text(store, "SELECT note FROM measure_value WHERE measure_id = ? AND"
                + " value_date = '2024-09-01'", EHC_PLANS));
    }

    @Test
    void badInputIsOneSentenceAndChangesNothing() throws Exception {
        String future = LocalDate.now().plusMonths(2).toString().substring(0, 7);
        assertRefused(2, "'abc' is not a number", "measure", "record", EHC_PLANS, "--period", "2024-08", "--value",
                "abc");
        assertRefused(2, "suppressed figure", "measure", "record", EHC_PLANS, "--period", "2024-08", "--value", "< 5");
        assertRefused(2, "'NaN' is not a number", "measure", "record", EHC_PLANS, "--period", "2024-08", "--value",
                "NaN");
        assertRefused(1, "2024-07", "measure", "record", EHC_PLANS, "--period", "2024-13", "--value", "1");
        assertRefused(1, "2024-07", "measure", "record", EHC_PLANS, "--period", "2024-Q2", "--value", "1");
        assertRefused(1, "before the period begins", "measure", "record", EHC_PLANS, "--period", future, "--value",
                "1");
        assertRefused(1, "No measure in the store has the id", "measure", "record", UUID.randomUUID().toString(),
                "--period", "2024-08", "--value", "1");
        assertRefused(2, "is not a measure id", "measure", "record", "ehc", "--period", "2024-08", "--value", "1");
        assertRefused(2, "higher, lower or neither", "measure", "add", "--name", "X", "--better", "sideways");
        assertRefused(1, "already has a measure called", "measure", "add", "--name",
                "% of new EHC plans issued within 20 weeks", "--better", "higher");
        assertRefused(1, "missing.csv", "measure", "import", EHC_PLANS, dir.resolve("missing.csv").toString());
        assertRefused(1, "Row 3: 'n/a' is not a number.", "measure", "import", EHC_PLANS,
                csv("bad.csv", "Month,Value\n2024-08,40\n2024-09,n/a\n").toString());
        assertRefused(1, "Row 2: Aug 2024 is given twice", "measure", "import", EHC_PLANS,
                csv("twice.csv", "2024-08,40\n2024-08,41\n").toString());
        assertRefused(1, "before the period begins", "measure", "import", EHC_PLANS,
                csv("future.csv", "2024-08,40\n" + future + ",41\n").toString());
        assertRefused(1, "2024-07", "measure", "rebase", EHC_PLANS, "--after", "2024/07");
        assertRefused(2, "json", "measure", "spc", EHC_PLANS, "--format", "xml");
    }

    @Test
    void aMeasureWithoutFiguresHasNoChartAndSaysSo() {
        String id = add("--name", "Sleep helpline calls", "--better", "neither");
        Cli.Result result = run("measure", "spc", id, "--format", "json");
        assertEquals(1, result.code());
        assertTrue(result.err().contains("has no figures yet"), result.err());
    }

    @Test
    void aFlatSeriesHasNoLimitsAndEveryPointIsCommonCause() throws Exception {
        String id = add("--name", "Flat", "--better", "lower", "--target", "3");
        ok("measure", "import", id, csv("flat.csv", "2024-01,4\n2024-02,4\n2024-03,4\n2024-04,4\n").toString());
        JsonNode spc = spc(id);
        assertEquals(4.0, spc.get("mean").asDouble());
        for (JsonNode p : spc.get("points")) {
            assertTrue(p.get("upperLimit").isNull(), p.toString());
            assertEquals("common_cause", p.get("classification").asText());
        }
        assertEquals("common_cause", spc.at("/variation/code").asText());
        assertFalse(spc.get("warning").isNull(), "four points are too few for reliable limits");
    }

    @Test
    void rebaseStartsNewLimitsAfterThePeriod() throws Exception {
        String id = add("--name", "Rebased", "--better", "higher");
        ok("measure", "import", id, csv("r.csv", NhsrSeries.csv(NhsrSeries.RNORM_123)).toString());
        Cli.Result result = ok("measure", "rebase", id, "--after", "2019-10");
        assertTrue(result.out().contains("Oct 2019"), result.out());
        JsonNode spc = spc(id);
        assertEquals("2019-10", spc.get("rebasedAfter").get(0).asText());
        assertEquals(2, spc.get("phases").size());
        assertEquals(0.0746, spc.at("/phases/0/mean").asDouble(), 5e-5);
        assertEquals(0.209, spc.at("/phases/1/mean").asDouble(), 5e-4);
        assertEquals(3.70, spc.at("/points/19/upperLimit").asDouble(), 5e-3);
        assertEquals(2.75, spc.at("/points/0/upperLimit").asDouble(), 5e-3);
    }

    @Test
    void theReportGainsEachMeasuresLatestFigureStatusDirectionAndSpc() throws Exception {
        JsonNode report = JSON.readTree(ok("report", "--as-at", "2025-03-31", "--format", "json").out());
        JsonNode ehc = null;
        for (JsonNode m : report.get("measures")) {
            if (m.get("id").asText().equals(EHC_PLANS)) {
                ehc = m;
            }
        }
        assertTrue(ehc != null, report.get("measures").toString());
        assertEquals("% of new EHC plans issued within 20 weeks", ehc.get("name").asText());
        assertEquals("2024-07", ehc.at("/latest/period/code").asText());
        assertEquals("Jul 2024", ehc.at("/latest/period/label").asText());
        assertEquals(36.6, ehc.at("/latest/value").asDouble());
        assertEquals("36.6%", ehc.at("/latest/published").asText());
        assertEquals(40.0, ehc.get("target").asDouble());
        assertEquals("off_trajectory", ehc.at("/status/code").asText());
        assertEquals("no_change", ehc.at("/direction/code").asText());
        assertEquals(ehc.at("/spc/points").size(), ehc.at("/spc/points").size());
        assertTrue(ehc.at("/spc/points").size() >= 7, ehc.toString());
        assertEquals("inconsistent", ehc.at("/spc/assurance/code").asText(), ehc.get("spc").toString());
    }
}

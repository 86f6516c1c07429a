package org.jointplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * NHSRplotthedots' own examples recorded through the command line (measure import and measure record) and read back
 * through measure spc --format json: the figures the package computes for them (see XmrChartTest).
 */
class NhsrExamplesCliTest extends MeasureCliBase {

    private String importSeries(String name, String better, String... more) throws Exception {
        String[] options = new String[4 + more.length];
        options[0] = "--name";
        options[1] = name;
        options[2] = "--better";
        options[3] = better;
        System.arraycopy(more, 0, options, 4, more.length);
        String id = add(options);
        Path file = dir.resolve(name + ".csv");
        Files.writeString(file, NhsrSeries.csv(NhsrSeries.RNORM_123));
        Cli.Result imported = ok("measure", "import", id, file.toString());
        assertTrue(imported.out().contains("20 recorded, 0 replaced, 1 line skipped"), imported.out());
        return id;
    }

    @Test
    void thePackagesSeriesHasItsMeanLimitsAndOnlyCommonCause() throws Exception {
        String id = importSeries("rnorm", "higher", "--target", "5");
        JsonNode spc = spc(id);
        assertEquals(id, spc.at("/measure/id").asText());
        assertEquals("higher", spc.at("/measure/better/code").asText());
        assertEquals(5.0, spc.at("/measure/target").asDouble());
        assertEquals(0.1416238, spc.get("mean").asDouble(), 1e-7);
        assertEquals(20, spc.get("points").size());
        for (int i = 0; i < 20; i++) {
            JsonNode p = spc.get("points").get(i);
            assertEquals(NhsrSeries.period(i), p.get("period").asText());
            assertEquals(NhsrSeries.RNORM_123[i], p.get("value").asDouble());
            assertEquals(-3.01138, p.get("lowerLimit").asDouble(), 1e-5);
            assertEquals(3.294627, p.get("upperLimit").asDouble(), 1e-6);
            assertEquals("common_cause", p.get("classification").asText());
            assertEquals(0, p.get("rules").size());
        }
        assertEquals("common_cause", spc.at("/variation/code").asText());
        assertEquals("Common cause variation", spc.at("/variation/label").asText());
        assertEquals("consistent_fail", spc.at("/assurance/code").asText());
        assertTrue(spc.get("warning").isNull(), "20 points are enough");
    }

    @Test
    void anOutlierRecordedOnTheCommandLineIsSpecialCauseAsThePackageSays() throws Exception {
        String id = importSeries("outlier", "higher");
        Cli.Result replaced = ok("measure", "record", id, "--period", NhsrSeries.period(14), "--value", "10");
        assertTrue(replaced.out().contains("replaced -0.6 with 10.0"), replaced.out());
        JsonNode spc = spc(id);
        assertEquals(0.6694159, spc.get("mean").asDouble(), 1e-7);
        assertEquals(-2.383666, spc.at("/points/0/lowerLimit").asDouble(), 1e-6);
        assertEquals(3.722497, spc.at("/points/0/upperLimit").asDouble(), 1e-6);
        JsonNode outlier = spc.get("points").get(14);
        assertEquals("special_cause_improvement", outlier.get("classification").asText());
        assertEquals("outside_limits", outlier.get("rules").get(0).asText());
    }

    @Test
    void aTrendOfSevenReadsByTheDirectionThatIsBetter() throws Exception {
        String id = add("--name", "trend", "--better", "lower");
        for (int i = 0; i < 7; i++) {
            ok("measure", "record", id, "--period", NhsrSeries.period(i), "--value", String.valueOf(i + 1));
        }
        JsonNode spc = spc(id);
        JsonNode first = spc.get("points").get(0);
        assertEquals(List.of("outside_limits", "trend"), List.of(first.get("rules").get(0).asText(),
                first.get("rules").get(1).asText()));
        assertEquals("special_cause_improvement", first.get("classification").asText(), "low is better");
        assertEquals("trend", spc.at("/points/3/cause").asText());
        assertEquals("special_cause_concern", spc.at("/points/3/classification").asText());
        assertEquals("concern_high", spc.at("/variation/code").asText());
        assertTrue(spc.get("warning").asText().contains("13"), spc.get("warning").asText());
    }
}

package org.jointplan.chart;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jointplan.domain.BragKey;
import org.jointplan.domain.Status;
import org.jointplan.domain.StatusSummary;
import org.junit.jupiter.api.Test;

/** The committee paper's status chart: its key says each colour and the plan's word, however narrow. */
class StatusCountChartTest {

    @Test
    void theKeyGivesEveryColourWithThePlansWordOnAsManyRowsAsItNeeds() {
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            counts.put(s, 2);
        }
        BragKey key = BragKey.DEFAULT.with(Status.ON_TRACK, "On plan", "");
        for (double width : new double[] {600, 300}) {
            ChartLayout chart = StatusCountChart.layout(List.of(new StatusCountChart.Bar("SLCN",
                    new StatusSummary(counts, 0))), key, width, TypeScale.PRINT);
            List<String> legend = chart.of(Drawing.Text.class, Role.LEGEND).stream().map(Drawing.Text::text).toList();
            for (String words : List.of("Amber: at risk", "Green: on plan", "Red: off track", "Blue: complete",
                    "Grey: not started")) {
                assertTrue(legend.stream().anyMatch(l -> l.endsWith(words)), width + ": " + words + " in " + legend);
            }
            for (Drawing d : chart.drawings()) {
                assertTrue(d.bounds().within(chart.box()), width + ": " + d + " leaves the chart");
            }
        }
    }
}

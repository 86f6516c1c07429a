package org.jointplan.chart.timeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jointplan.chart.Box;
import org.jointplan.chart.ChartLayout;
import org.jointplan.chart.Drawing;
import org.jointplan.chart.StatusColours;
import org.jointplan.chart.StatusCountChart;
import org.jointplan.chart.TypeScale;
import org.jointplan.domain.BragKey;
import org.jointplan.domain.ReportPosition;
import org.jointplan.domain.Status;
import org.jointplan.domain.StatusSummary;
import org.jointplan.testsupport.PlanGenerator;
import org.junit.jupiter.api.Test;

/** Words and marks drawn on a BRAG fill (bar labels, key symbols, counts) read at 4.5:1 on every fill, amber too. */
class WordsOnFillsTest {
    @Test
    void everyWordOnATimelineBarOrKeySwatchReadsAtFourAndAHalfToOne() {
        ReportPosition position = ReportPosition.of(PlanGenerator.plan(120, 5), LocalDate.of(2024, 9, 30));
        List<ChartLayout> pages = TimelineChart.pages(position, LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31),
                TimelineChartTest.A4_W, TimelineChartTest.A4_H);
        assertAllWordsOnFillsRead(pages);
    }

    @Test
    void theCountsOnTheStatusChartReadOnEveryFill() {
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            counts.put(s, 12);
        }
        ChartLayout chart = StatusCountChart.layout(List.of(new StatusCountChart.Bar("SLCN",
                new StatusSummary(counts, 0))), BragKey.DEFAULT, 600, TypeScale.PRINT);
        assertAllWordsOnFillsRead(List.of(chart));
    }

    private static void assertAllWordsOnFillsRead(List<ChartLayout> layouts) {
        int checked = 0;
        List<Status> seen = new ArrayList<>();
        for (ChartLayout layout : layouts) {
            List<Drawing.Rect> fills = layout.drawings().stream().filter(Drawing.Rect.class::isInstance)
                    .map(Drawing.Rect.class::cast).filter(r -> statusOf(r) != null).toList();
            for (Drawing d : layout.drawings()) {
                if (!(d instanceof Drawing.Text text)) {
                    continue;
                }
                Box b = text.bounds();
                double cx = b.x() + b.width() / 2;
                double cy = text.y() - text.size() * 0.35;
                for (Drawing.Rect r : fills) {
                    Box f = r.box();
                    if (cx > f.x() && cx < f.x() + f.width() && cy > f.y() && cy < f.y() + f.height()) {
                        double ratio = text.colour().contrastWith(r.fill());
                        assertTrue(ratio >= 4.5, "'" + text.text() + "' on " + statusOf(r) + " reads at " + ratio);
                        checked++;
                        seen.add(statusOf(r));
                    }
                }
            }
        }
        assertTrue(checked > 0 && seen.contains(Status.AT_RISK), "words on amber were drawn: " + seen);
    }

    private static Status statusOf(Drawing.Rect r) {
        for (Status s : Status.values()) {
            if (StatusColours.of(s).equals(r.fill())) {
                return s;
            }
        }
        return null;
    }
}

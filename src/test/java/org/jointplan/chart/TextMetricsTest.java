package org.jointplan.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextMetricsTest {
    private static final List<String> SAMPLES = List.of("% of new EHC plans issued within 20 weeks", "Sep 2024",
            "Q4 2024/25", "1,000,000", "Hit and miss: the target may or may not be met", "WWWMMM mmm", "< 5",
            "Limits are provisional: fewer than 13 points", "Special cause improvement: higher values");

    @Test
    void theEstimateIsNeverNarrowerThanTheSansFontThatPaintsTheText() {
        FontRenderContext frc = new FontRenderContext(null, true, true);
        for (boolean bold : new boolean[] {false, true}) {
            Font font = new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, 12).deriveFont(20f);
            for (String s : SAMPLES) {
                double painted = font.getStringBounds(s, frc).getWidth();
                double estimated = TextMetrics.width(s, 20, bold);
                assertTrue(estimated >= painted * 0.99, s + (bold ? " (bold)" : "") + ": estimated " + estimated
                        + ", painted " + painted + " in " + font.getFontName());
                assertTrue(estimated <= painted * 1.35, s + ": the estimate is not wastefully wide: " + estimated
                        + " against " + painted);
            }
        }
    }

    @Test
    void longTextIsWrappedAtSpacesAndCutWithAnEllipsisOnTheLastLine() {
        String text = "Hit and miss: the target may or may not be met";
        List<String> two = TextMetrics.wrap(text, 10, false, 120, 2);
        assertEquals(List.of("Hit and miss: the target", "may or may not be met"), two);
        assertTrue(TextMetrics.width("Hit and miss: the target may", 10, false) > 120, "as many words as fit");
        List<String> one = TextMetrics.wrap(text, 10, false, 120, 1);
        assertEquals(1, one.size());
        assertTrue(one.get(0).startsWith("Hit and miss") && one.get(0).endsWith("\u2026"), one.get(0));
        for (String line : List.of(two.get(0), two.get(1), one.get(0))) {
            assertTrue(TextMetrics.width(line, 10, false) <= 120, line);
        }
        assertEquals("Sep 2024", TextMetrics.fit("Sep 2024", 10, false, 100));
        assertEquals("", TextMetrics.fit("Sep 2024", 10, false, 2));
    }
}

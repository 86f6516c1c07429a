package org.jointplan.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jointplan.chart.slides.Slide;
import org.jointplan.chart.slides.SlideChoice;
import org.jointplan.chart.slides.SlideDeck;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.ReportPosition;
import org.jointplan.service.SamplePlan;
import org.junit.jupiter.api.Test;

/** Charts and slides laid out in the light palette, shown in the dark and high-contrast themes. */
class ThemedLayoutTest {

    @Test
    void theSpcChartInTheDarkThemeHasNoLightPaperAndReadsOnTheDarkSurface() {
        for (ChartMode mode : ChartMode.values()) {
            ChartLayout light = MeasureChart.layout(ChartSamples.ehcPlans(), mode, 640, 320, TypeScale.WINDOW);
            assertReads(ThemedLayout.of(light, Palette.of(Theme.DARK)), Palette.of(Theme.DARK), mode.toString());
        }
    }

    @Test
    void everySlideReadsInEveryTheme() {
        PlanData plan = SamplePlan.load();
        List<Slide> slides = SlideDeck.lay(ReportPosition.of(plan, java.time.LocalDate.of(2024, 11, 30)),
                SlideChoice.all(plan), 1366, 768);
        for (Theme theme : Theme.values()) {
            for (Slide slide : slides) {
                assertReads(ThemedLayout.of(slide.layout(), Palette.of(theme)), Palette.of(theme), theme + ", "
                        + slide.caption());
            }
        }
    }

    @Test
    void theLightThemeIsTheLayoutItselfAndItsColoursAreTheOthersSwatches() {
        ChartLayout light = MeasureChart.layout(ChartSamples.ehcPlans(), ChartMode.SPC, 640, 320, TypeScale.WINDOW);
        assertSame(light, ThemedLayout.of(light, Palette.LIGHT));
        Palette dark = Palette.of(Theme.DARK);
        assertEquals(dark.surface(), ThemedLayout.colour(ChartColour.WHITE, dark));
        assertEquals(dark.fill(org.jointplan.domain.Status.AT_RISK),
                ThemedLayout.colour(Palette.LIGHT.fill(org.jointplan.domain.Status.AT_RISK), dark));
    }

    /** No white paper left in a dark theme; words 4.5:1 on what is under them (icons 3:1), lines 3:1. */
    private static void assertReads(ChartLayout layout, Palette p, String where) {
        List<Drawing> filled = new ArrayList<>();
        for (Drawing d : layout.drawings()) {
            if (d instanceof Drawing.Rect r && r.fill() != null) {
                if (!p.surface().equals(ChartColour.WHITE)) {
                    assertTrue(!r.fill().equals(ChartColour.WHITE), where + ": white paper " + r);
                }
                filled.add(d);
            } else if (d instanceof Drawing.Marker m && !m.hollow() || d instanceof Drawing.Polygon) {
                filled.add(d);
            } else if (d instanceof Drawing.Text t) {
                ChartColour under = under(t, filled, p);
                double needed = t.role() == Role.ICON ? 3 : 4.5; // an SPC icon's letter is part of a graphic
                assertTrue(t.colour().contrastWith(under) >= needed, where + ": '" + t.text() + "' " + t.colour().hex()
                        + " on " + under.hex() + " is " + t.colour().contrastWith(under));
            } else if (d instanceof Drawing.Line l && l.role() != Role.GRID && l.role() != Role.BACKGROUND) {
                assertTrue(l.stroke().colour().contrastWith(p.surface()) >= 3 - 1e-9 || l.role() == Role.AXIS,
                        where + ": line " + l);
            }
        }
    }

    private static ChartColour under(Drawing.Text t, List<Drawing> filled, Palette p) {
        Box b = t.bounds();
        double cx = b.x() + b.width() / 2;
        double cy = b.y() + b.height() / 2;
        for (int i = filled.size() - 1; i >= 0; i--) {
            Box f = filled.get(i).bounds();
            if (cx >= f.x() && cx <= f.right() && cy >= f.y() && cy <= f.bottom()) {
                Drawing d = filled.get(i);
                return d instanceof Drawing.Rect r ? r.fill() : d instanceof Drawing.Marker m ? m.fill()
                        : ((Drawing.Polygon) d).fill();
            }
        }
        return p.surface();
    }
}

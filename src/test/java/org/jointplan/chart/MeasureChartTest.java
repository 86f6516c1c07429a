package org.jointplan.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jointplan.domain.spc.Improvement;
import org.jointplan.domain.spc.PointType;
import org.jointplan.domain.spc.SpcPeriod;
import org.jointplan.domain.spc.SpcPoint;
import org.jointplan.domain.spc.SpcResult;
import org.junit.jupiter.api.Test;

class MeasureChartTest {

    @Test
    void eachPeriodsMeanAndLimitsAreDrawnAtTheirValuesAcrossItsPointsWithARuleAtTheRebase() {
        ChartSeries s = ChartSamples.shiftAndRebase().withSpc();
        ChartLayout chart = MeasureChart.layout(s, ChartMode.SPC, 900, 450, TypeScale.WINDOW);
        ChartAxes a = chart.axes();
        List<Drawing.Line> means = chart.of(Drawing.Line.class, Role.MEAN);
        assertEquals(2, means.size(), "one mean per period between rebases");
        for (int p = 0; p < 2; p++) {
            SpcPeriod period = s.spc().periods().get(p);
            Drawing.Line mean = means.get(p);
            assertEquals(a.yOf(period.mean()), mean.y1(), 1e-9);
            assertEquals(a.xOf(period.first()) - a.band() / 2, mean.x1(), 1e-9);
            assertEquals(a.xOf(period.last()) + a.band() / 2, mean.x2(), 1e-9);
            List<Double> limitYs = chart.of(Drawing.Line.class, Role.LIMIT).stream()
                    .filter(l -> l.x1() == mean.x1()).map(Drawing.Line::y1).sorted().toList();
            assertEquals(List.of(a.yOf(period.upperLimit()), a.yOf(period.lowerLimit())), limitYs);
        }
        Drawing.Line rule = chart.of(Drawing.Line.class, Role.REBASE).get(0);
        assertEquals(a.xOf(17) - a.band() / 2, rule.x1(), 1e-9, "the rebase rule is at the first rebased period");
        List<Drawing.Marker> points = chart.of(Drawing.Marker.class, Role.POINT);
        assertEquals(30, points.size());
        for (int i = 0; i < 30; i++) {
            Drawing.Marker m = points.get(i);
            assertEquals(a.xOf(i), m.x(), 1e-9);
            assertEquals(a.yOf(s.actuals().get(i)), m.y(), 1e-9);
            double mean = s.spc().points().get(i).mean();
            assertEquals(s.actuals().get(i) > mean, m.y() < a.yOf(mean), "a value above the mean is drawn above it");
        }
        assertEquals(2, chart.of(Drawing.Polyline.class, Role.VALUE_LINE).size(), "the value line breaks at a rebase");
    }

    @Test
    void pointsAreColouredAndShapedByTheirClassificationWithAnOutlineOfAtLeastThreeToOne() {
        ChartSeries s = ChartSamples.shiftAndRebase().withSpc();
        List<SpcPoint> spc = s.spc().points();
        assertTrue(spc.stream().anyMatch(p -> p.type() == PointType.SPECIAL_CAUSE_IMPROVEMENT), "the shift shows");
        assertTrue(spc.stream().anyMatch(p -> p.type() == PointType.COMMON_CAUSE));
        List<Drawing.Marker> points = MeasureChart.layout(s, ChartMode.SPC, 900, 450, TypeScale.WINDOW)
                .of(Drawing.Marker.class, Role.POINT);
        for (int i = 0; i < spc.size(); i++) {
            Drawing.Marker m = points.get(i);
            PointType type = spc.get(i).type();
            assertEquals(ChartPalette.pointColour(type), m.fill(), "point " + i);
            assertEquals(type == PointType.COMMON_CAUSE ? Drawing.Shape.CIRCLE : Drawing.Shape.SQUARE, m.shape());
            assertTrue(m.outline().colour().contrastOnWhite() >= 3, m.outline().colour().hex());
            assertTrue(m.tip().startsWith(s.periods().get(i) + ": "), m.tip());
        }
        assertEquals("#a6a6a6", ChartPalette.COMMON_CAUSE.hex(), "NHSRplotthedots' grey is kept as the fill");
        assertEquals("#00b0f0", ChartPalette.IMPROVEMENT.hex());
        assertEquals("#e46c0a", ChartPalette.CONCERN.hex());
        assertEquals("#490092", ChartPalette.NEITHER.hex());
        assertTrue(ChartPalette.COMMON_CAUSE.contrastOnWhite() < 3, "so it needs the darker outline");
    }

    @Test
    void aConcernIsADiamondAndNeitherDirectionGivesPurple() {
        List<Double> falling = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            falling.add(i < 8 ? 50.0 + (i % 2) : 40.0 - i);
        }
        ChartSeries s = ChartSeries.of("Falling", "", 0, ChartSamples.months(2023, 1, 15), falling);
        List<Drawing.Marker> points = MeasureChart.layout(s, ChartMode.SPC, 900, 450, TypeScale.WINDOW)
                .of(Drawing.Marker.class, Role.POINT);
        Drawing.Marker last = points.get(14);
        assertEquals(ChartPalette.CONCERN, last.fill());
        assertEquals(Drawing.Shape.DIAMOND, last.shape());
        Drawing.Marker neither = MeasureChart.layout(s.withImprovement(Improvement.NEUTRAL), ChartMode.SPC, 900, 450,
                TypeScale.WINDOW).of(Drawing.Marker.class, Role.POINT).get(14);
        assertEquals(ChartPalette.NEITHER, neither.fill());
    }

    @Test
    void theTargetIsADashedStepThatMovesAtTheBandEdgeWhereTheTargetChanges() {
        ChartSeries s = ChartSamples.ehcPlans().withTargets(ChartSamples.list(null, 40.0, 40.0, 40.0, 45.0, 45.0,
                45.0));
        ChartLayout chart = MeasureChart.layout(s, ChartMode.LINE, 900, 450, TypeScale.WINDOW);
        List<Drawing.Polyline> targets = chart.of(Drawing.Polyline.class, Role.TARGET);
        assertEquals(1, targets.size());
        Drawing.Polyline target = targets.get(0);
        assertEquals(Stroke.Dash.DASHED, target.stroke().dash());
        ChartAxes a = chart.axes();
        List<Double> xy = target.xy();
        assertEquals(a.xOf(1) - a.band() / 2, xy.get(0), 1e-9, "no target in January: the line starts in February");
        double edge = a.xOf(3) + a.band() / 2;
        int step = 0;
        for (int i = 2; i < xy.size(); i += 2) {
            if (!xy.get(i + 1).equals(xy.get(i - 1))) {
                step++;
                assertEquals(edge, xy.get(i), 1e-9, "the step is at the edge between April and May");
                assertEquals(xy.get(i - 2), xy.get(i), 1e-9, "and it is vertical");
                assertEquals(a.yOf(45), xy.get(i + 1), 1e-9);
            }
        }
        assertEquals(1, step);
    }

    @Test
    void aSuppressedValueIsAHollowPointAtTheThresholdLabelledLessThanNeverItsValue() {
        ChartSeries s = ChartSeries.of("Children waiting over a year", "children", 0, ChartSamples.months(2024, 1, 6),
                List.of(12.0, 9.0, 3.0, 7.0, 8.0, 6.0)).withSuppressBelow(5.0);
        for (ChartMode mode : ChartMode.values()) {
            ChartLayout chart = MeasureChart.layout(s, mode, 900, 450, TypeScale.WINDOW);
            Drawing.Marker march = chart.of(Drawing.Marker.class, Role.POINT).get(2);
            assertTrue(march.hollow());
            assertEquals(chart.axes().yOf(5), march.y(), 1e-9);
            assertEquals("Mar 2024: < 5", march.tip().replaceAll(" \\(.*", ""));
            assertTrue(march.outline().colour().contrastOnWhite() >= 3);
            List<Drawing.Text> labels = chart.of(Drawing.Text.class, Role.SUPPRESSED_LABEL);
            assertEquals(1, labels.size());
            assertEquals("< 5", labels.get(0).text());
            assertEquals(march.x(), labels.get(0).x(), 1e-9);
            assertFalse(chart.description().contains(" 3 children"), "the true value is never told");
            assertTrue(chart.description().contains("Mar 2024 < 5"), chart.description());
        }
    }

    @Test
    void aShortPeriodShowsTheProvisionalLimitsWarningAndTheIconsComeWithTheirWords() {
        ChartLayout chart = MeasureChart.layout(ChartSamples.ehcPlans(), ChartMode.SPC, 900, 450, TypeScale.WINDOW);
        List<Drawing.Text> warning = chart.of(Drawing.Text.class, Role.WARNING);
        assertEquals("Limits are provisional: fewer than 13 points", warning.get(0).text());
        assertTrue(warning.get(0).bold());
        SpcResult spc = ChartSamples.ehcPlans().withSpc().spc();
        String iconWords = String.join(" ", chart.of(Drawing.Text.class, Role.ICON_LABEL).stream()
                .map(Drawing.Text::text).toList());
        assertEquals(spc.variation().label() + " " + spc.assurance().label(), iconWords);
        assertFalse(chart.withRole(Role.ICON).isEmpty());
        ChartLayout reliable = MeasureChart.layout(ChartSamples.shiftAndRebase(), ChartMode.SPC, 900, 450,
                TypeScale.WINDOW);
        assertTrue(reliable.withRole(Role.WARNING).isEmpty(), "13 points or more in each period: no warning");
        assertTrue(MeasureChart.layout(ChartSamples.ehcPlans(), ChartMode.LINE, 900, 450, TypeScale.WINDOW)
                .withRole(Role.ICON).isEmpty(), "a line chart has no SPC icons");
    }

    @Test
    void periodLabelsAreThinnedFromTheLatestSoThatNoneOverlapAtAnyWidth() {
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            values.add(40 + 10 * Math.sin(i / 3.0));
        }
        ChartSeries s = ChartSeries.of("Five years monthly", "%", 1, ChartSamples.months(2020, 4, 60), values);
        int before = 0;
        for (int width = 1600; width >= 160; width -= 60) {
            ChartLayout chart = MeasureChart.layout(s, ChartMode.LINE, width, 400, TypeScale.WINDOW);
            List<Drawing.Text> labels = chart.of(Drawing.Text.class, Role.PERIOD_LABEL);
            assertFalse(labels.isEmpty());
            assertEquals("Mar 2025", labels.get(0).text(), "the latest period is always labelled");
            assertNoOverlap(chart);
            assertTrue(before == 0 || labels.size() <= before, "narrower never shows more labels");
            before = labels.size();
        }
        assertTrue(before <= 2, "at the narrowest only one or two periods are labelled");
    }

    @Test
    void theValueAxisHasRoundTicksCoveringEveryValueTargetAndLimit() {
        ChartSeries s = ChartSamples.shiftAndRebase().withSpc();
        ChartLayout chart = MeasureChart.layout(s, ChartMode.SPC, 900, 450, TypeScale.WINDOW);
        List<Double> ticks = chart.axes().ticks();
        double step = ticks.get(1) - ticks.get(0);
        double mantissa = step / Math.pow(10, Math.floor(Math.log10(step)));
        assertTrue(List.of(1.0, 2.0, 5.0).stream().anyMatch(m -> Math.abs(m - mantissa) < 1e-9), "step " + step);
        double low = s.spc().periods().stream().mapToDouble(SpcPeriod::lowerLimit).min().orElseThrow();
        double high = s.spc().periods().stream().mapToDouble(SpcPeriod::upperLimit).max().orElseThrow();
        ChartAxes axes = chart.axes();
        assertTrue(axes.min() < low && axes.max() > high, "room beyond the limits: " + axes);
        assertTrue(ticks.get(0) >= axes.min() && ticks.get(ticks.size() - 1) <= axes.max(), ticks.toString());
        assertTrue(ticks.size() >= 3, ticks.toString());
        assertEquals(ticks.size(), chart.of(Drawing.Text.class, Role.TICK_LABEL).size());
        assertEquals("%", chart.of(Drawing.Text.class, Role.UNIT).get(0).text());
    }

    @Test
    void wholeNumbersGetWholeTicksAndNoPointSitsOnTheAxis() {
        ChartSeries counts = ChartSeries.of("Children", "children", 0, ChartSamples.months(2024, 1, 4),
                List.of(5.0, 6.0, 5.0, 7.0));
        ChartLayout chart = MeasureChart.layout(counts, ChartMode.LINE, 900, 600, TypeScale.WINDOW);
        chart.axes().ticks().forEach(t -> assertEquals(Math.rint(t), t, 1e-9, "tick " + t));
        assertTrue(chart.axes().min() < 5 && chart.axes().max() > 7);
        assertEquals(List.of("5", "6", "7"), chart.of(Drawing.Text.class, Role.TICK_LABEL).stream()
                .map(Drawing.Text::text).toList());
    }

    @Test
    void awkwardSeriesAllLayOutInsideTheBoxWithoutOverlappingText() {
        List<String> seven = ChartSamples.months(2024, 1, 7);
        List<ChartSeries> awkward = List.of(
                ChartSamples.ehcPlans(), ChartSamples.shiftAndRebase(),
                ChartSeries.of("Flat", "%", 1, seven, Collections.nCopies(7, 50.0)).withTarget(50),
                ChartSeries.of("Flat at zero", "", 0, seven, Collections.nCopies(7, 0.0)),
                ChartSeries.of("One point", "weeks", 0, List.of("Jul 2024"), List.of(54.0)),
                ChartSeries.of("Only a trajectory so far", "weeks", 0, seven, Collections.nCopies(7, null))
                        .withTrajectory(List.of(62.0, 61.0, 60.0, 59.0, 58.0, 57.0, 56.0)).withTarget(50),
                ChartSeries.of("No periods", "", 0, List.of(), List.of()),
                ChartSeries.of("Net change in places", "places", 0, seven,
                        List.of(-12.0, -30.5, 4.0, -2.0, 15.0, -8.0, -1.0)),
                ChartSeries.of("Spend", "\u00a3", 2, seven,
                        List.of(1.2e9, 3.4e9, 2.2e9, 9.9e9, 4.4e9, 7.1e9, 2.5e9)),
                ChartSeries.of("Astronomical", "", 0, seven, List.of(1e15, 3e15, 2e15, 9e15, 4e15, 7e15, 2.5e15)),
                ChartSeries.of("A title long enough that it has to wrap onto a second line and then be cut short"
                        + " because three lines would take the plot's room away", "%", 1, seven,
                        ChartSamples.list(10.0, null, 12.0, 11.0, null, null, 13.0)));
        double[][] sizes = {{900, 450}, {1600, 900}, {400, 260}, {240, 160}, {160, 120}, {120, 80}, {2000, 300}};
        for (ChartSeries s : awkward) {
            for (ChartMode mode : ChartMode.values()) {
                for (double[] size : sizes) {
                    for (TypeScale scale : List.of(TypeScale.WINDOW, TypeScale.PRESENTATION)) {
                        String what = s.title() + " " + mode + " " + size[0] + "x" + size[1] + " " + scale;
                        ChartLayout chart = MeasureChart.layout(s, mode, size[0], size[1], scale);
                        for (Drawing d : chart.drawings()) {
                            assertTrue(d.bounds().within(chart.box()), what + ": " + d);
                        }
                        assertNoOverlap(chart);
                        assertNotNull(chart.description());
                    }
                }
            }
        }
    }

    @Test
    void theValueLineJoinsValuesAcrossPeriodsWithoutOne() {
        ChartSeries sparse = ChartSeries.of("Wait", "weeks", 0, ChartSamples.months(2023, 7, 13),
                ChartSamples.list(62.0, null, null, null, null, 68.0, null, null, null, null, null, null, 54.0));
        ChartLayout chart = MeasureChart.layout(sparse, ChartMode.LINE, 900, 450, TypeScale.WINDOW);
        List<Drawing.Polyline> lines = chart.of(Drawing.Polyline.class, Role.VALUE_LINE);
        assertEquals(1, lines.size());
        assertEquals(List.of(chart.axes().xOf(0), chart.axes().yOf(62), chart.axes().xOf(5), chart.axes().yOf(68),
                chart.axes().xOf(12), chart.axes().yOf(54)), lines.get(0).xy());
    }

    @Test
    void aSeriesWithNoValuesSaysSoInsteadOfDrawingPoints() {
        ChartSeries empty = ChartSeries.of("Only a trajectory", "weeks", 0, ChartSamples.months(2024, 1, 6),
                Collections.nCopies(6, null)).withTrajectory(List.of(62.0, 61.0, 60.0, 59.0, 58.0, 57.0));
        for (ChartMode mode : ChartMode.values()) {
            ChartLayout chart = MeasureChart.layout(empty, mode, 900, 450, TypeScale.WINDOW);
            assertEquals("No values yet", chart.of(Drawing.Text.class, Role.MESSAGE).get(0).text());
            assertTrue(chart.withRole(Role.POINT).isEmpty());
            assertEquals(1, chart.withRole(Role.TRAJECTORY).size(), "the trajectory is still drawn");
            assertTrue(chart.withRole(Role.MEAN).isEmpty());
        }
    }

    @Test
    void aTrajectoryPlannedForSomePeriodsIsOnePathThroughThem() {
        List<Double> planned = new ArrayList<>(Collections.nCopies(6, (Double) null));
        planned.set(0, 59.0);
        planned.set(5, 50.0);
        ChartSeries waits = ChartSeries.of("Wait", "weeks", 0, ChartSamples.months(2024, 7, 6),
                List.of(54.0, 55.0, 53.0, 52.0, 51.0, 50.0)).withTrajectory(planned);
        ChartLayout chart = MeasureChart.layout(waits, ChartMode.LINE, 900, 450, TypeScale.WINDOW);
        List<Drawing.Polyline> lines = chart.of(Drawing.Polyline.class, Role.TRAJECTORY);
        assertEquals(1, lines.size());
        assertEquals(List.of(chart.axes().xOf(0), chart.axes().yOf(59), chart.axes().xOf(5), chart.axes().yOf(50)),
                lines.get(0).xy());
    }

    @Test
    void aSmallBoxShrinksTheTextAndATinyOneAsksForMoreRoom() {
        ChartLayout small = MeasureChart.layout(ChartSamples.shiftAndRebase(), ChartMode.SPC, 400, 260,
                TypeScale.PRESENTATION);
        assertTrue(small.textSize() < 24);
        assertFalse(small.withRole(Role.POINT).isEmpty());
        ChartLayout tiny = MeasureChart.layout(ChartSamples.shiftAndRebase(), ChartMode.SPC, 120, 80,
                TypeScale.WINDOW);
        assertTrue(tiny.withRole(Role.POINT).isEmpty());
        assertEquals("Make the chart larger to see it", tiny.of(Drawing.Text.class, Role.MESSAGE).get(0).text());
        assertThrows(IllegalArgumentException.class, () -> MeasureChart.layout(ChartSamples.ehcPlans(),
                ChartMode.LINE, 50, 50, TypeScale.WINDOW));
    }

    @Test
    void theDescriptionTellsTheChartInWords() {
        String words = MeasureChart.layout(ChartSamples.ehcPlans(), ChartMode.SPC, 900, 450, TypeScale.WINDOW)
                .description();
        assertTrue(words.startsWith("Statistical process control chart of % of new EHC plans issued within 20 weeks,"
                + " Jan 2024 to Jul 2024. Latest: 36.6% (Jul 2024); Target: 40.0%."), words);
        assertTrue(words.contains("Variation: Common cause variation."), words);
        assertTrue(words.contains("Limits are provisional"), words);
        assertTrue(words.endsWith("Jun 2024 42.7%, Jul 2024 36.6%."), words);
        assertNull(ChartSamples.ehcPlans().spc());
    }

    @Test
    void wordsHaveTextContrastAndEveryLineThatCarriesMeaningHasGraphicsContrast() {
        ChartSeries suppressed = ChartSamples.shiftAndRebase().withSuppressBelow(45.0)
                .withTrajectory(java.util.Collections.nCopies(30, 58.0));
        for (ChartMode mode : ChartMode.values()) {
            ChartLayout chart = MeasureChart.layout(suppressed, mode, 900, 450, TypeScale.WINDOW);
            for (Drawing d : chart.drawings()) {
                if (d instanceof Drawing.Text t && !t.text().isEmpty()) {
                    double needed = t.role() == Role.ICON ? 3 : 4.5; // an icon's letter is part of the graphic
                    assertTrue(t.colour().contrastOnWhite() >= needed, t.text() + " in " + t.colour().hex());
                }
                Stroke stroke = d instanceof Drawing.Line l ? l.stroke() : d instanceof Drawing.Polyline p
                        ? p.stroke() : null;
                if (stroke != null && d.role() != Role.GRID) {
                    assertTrue(stroke.colour().contrastOnWhite() >= 3, d.role() + " in " + stroke.colour().hex());
                }
                if (d instanceof Drawing.Marker m && d.role() != Role.ICON) {
                    assertTrue(m.outline().colour().contrastOnWhite() >= 3, m.role() + " " + m.tip());
                }
            }
        }
    }

    static void assertNoOverlap(ChartLayout chart) {
        List<Drawing.Text> texts = chart.drawings().stream().filter(d -> d instanceof Drawing.Text)
                .map(d -> (Drawing.Text) d).filter(t -> !t.text().isEmpty()).toList();
        for (int i = 0; i < texts.size(); i++) {
            for (int j = i + 1; j < texts.size(); j++) {
                assertFalse(texts.get(i).bounds().intersects(texts.get(j).bounds()),
                        "overlap: '" + texts.get(i).text() + "' and '" + texts.get(j).text() + "' at "
                                + chart.width() + "x" + chart.height());
            }
        }
    }
}

package org.jointplan.chart.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jointplan.chart.ChartLayout;
import org.jointplan.chart.Drawing;
import org.jointplan.chart.Role;
import org.jointplan.chart.StatusColours;
import org.jointplan.domain.Action;
import org.jointplan.domain.Plan;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.ReportPosition;
import org.jointplan.domain.Status;
import org.jointplan.service.SamplePlan;
import org.jointplan.testsupport.PlanGenerator;
import org.junit.jupiter.api.Test;

class TimelineChartTest {
    /** A4 landscape's printable area with 15 mm margins, in points. */
    static final double A4_W = 756.85;
    static final double A4_H = 510.24;
    static final LocalDate AS_AT = LocalDate.of(2024, 9, 30);
    static final LocalDate FROM = LocalDate.of(2024, 4, 1);
    static final LocalDate TO = LocalDate.of(2025, 3, 31);

    static ReportPosition generated(int actions) {
        return ReportPosition.of(PlanGenerator.plan(actions, 7), AS_AT);
    }

    @Test
    void everyPageRepeatsTheTitleLineTheKeyInThePlansWordsTheAxisAndTheAsAtDate() {
        PlanData plan = PlanGenerator.plan(200, 3);
        Plan renamed = plan.plan().withBragKey(plan.plan().bragKey().with(Status.COMPLETE, "Delivered", ""));
        ReportPosition position = ReportPosition.of(new PlanData(renamed, plan.partners(), plan.priorities(),
                plan.actions(), plan.milestones(), plan.dependencies(), plan.updates(), plan.measures(),
                plan.measureValues(), plan.committeeDates(), plan.snapshots(), plan.dateMoves(), plan.tombstones()),
                AS_AT);
        List<ChartLayout> pages = TimelineChart.pages(position, FROM, TO, A4_W, A4_H);
        assertTrue(pages.size() > 3, "200 actions take several pages: " + pages.size());
        for (int i = 0; i < pages.size(); i++) {
            ChartLayout page = pages.get(i);
            List<String> texts = texts(page, null);
            assertTrue(texts.contains("Generated plan 200"), texts.toString());
            assertTrue(texts.contains("as at 30/09/2024 \u00b7 page " + (i + 1) + " of " + pages.size()),
                    texts.toString());
            for (String word : List.of("Key:", "Blue: delivered", "Green: on track", "Amber: at risk",
                    "Red: off track", "Grey: not started", "Committee date")) {
                assertTrue(texts(page, Role.LEGEND).contains(word), "key word " + word + " on page " + (i + 1));
            }
            assertTrue(page.of(Drawing.Rect.class, Role.LEGEND).stream()
                    .anyMatch(r -> StatusColours.COMPLETE.equals(r.fill())), "the key's swatch");
            assertTrue(texts(page, Role.TICK_LABEL).containsAll(List.of("Q1 2024/25", "Q4 2024/25", "Apr", "Sep",
                    "Mar")), texts(page, Role.TICK_LABEL).toString());
            assertEquals(List.of("As at 30/09/2024"), texts(page, Role.AS_AT));
            assertEquals(1, page.of(Drawing.Line.class, Role.AS_AT).size());
            assertEquals(4, page.of(Drawing.Polygon.class, Role.COMMITTEE).size(), "the calendar in range");
        }
        assertTrue(pages.stream().flatMap(p -> p.of(Drawing.Text.class, Role.BAR_LABEL).stream())
                .anyMatch(t -> t.text().equals(Status.COMPLETE.symbol() + " Delivered")), "bars in the plan's words");
    }

    @Test
    void noTextOverlapsAnotherAndNothingLeavesTheBoxOnAnyPageOrTheWholePicture() {
        ReportPosition position = generated(300);
        List<ChartLayout> all = new ArrayList<>(TimelineChart.pages(position, FROM, TO, A4_W, A4_H));
        all.addAll(TimelineChart.pages(position, FROM, TO, 1150, 780)); // A3
        all.addAll(TimelineChart.pages(position, LocalDate.of(2024, 8, 1), LocalDate.of(2024, 8, 20), 400, 300));
        all.add(TimelineChart.whole(position, FROM, TO, 1200));
        all.add(TimelineChart.whole(ReportPosition.of(SamplePlan.load(), AS_AT), FROM, TO, 900));
        for (ChartLayout chart : all) {
            assertLaidOutCleanly(chart);
        }
    }

    @Test
    void aRangeOfManyYearsKeepsItsGridLinesApartAndItsLabelsClear() {
        ChartLayout decade = TimelineChart.whole(generated(100), LocalDate.of(2020, 4, 1), LocalDate.of(2030, 3, 31),
                800);
        ChartLayout fifty = TimelineChart.whole(generated(100), LocalDate.of(1990, 4, 1), LocalDate.of(2040, 3, 31),
                800);
        assertLaidOutCleanly(decade);
        assertLaidOutCleanly(fifty);
        assertEquals(120, decade.of(Drawing.Line.class, Role.GRID).size(), "ten years of months still apart");
        List<Double> xs = fifty.of(Drawing.Line.class, Role.GRID).stream().map(Drawing.Line::x1).sorted().toList();
        assertEquals(50, xs.size(), "fifty years: a line a financial year");
        for (int i = 1; i < xs.size(); i++) {
            assertTrue(xs.get(i) - xs.get(i - 1) >= 0.4 * TimelineChart.TEXT, "lines apart at " + xs.get(i));
        }
    }

    static void assertLaidOutCleanly(ChartLayout chart) {
        for (Drawing d : chart.drawings()) {
            assertTrue(d.bounds().within(chart.box()), d + " lies outside " + chart.box());
        }
        List<Drawing.Text> texts = chart.drawings().stream().filter(Drawing.Text.class::isInstance)
                .map(Drawing.Text.class::cast).filter(t -> !t.text().isEmpty()).toList();
        for (int i = 0; i < texts.size(); i++) {
            for (int j = i + 1; j < texts.size(); j++) {
                Drawing.Text a = texts.get(i);
                Drawing.Text b = texts.get(j);
                assertFalse(a.bounds().intersects(b.bounds()),
                        "'" + a.text() + "' overlaps '" + b.text() + "' in " + chart.title());
            }
        }
    }

    @Test
    void aLaneRunningOnToTheNextPageRepeatsItsHeaderMarkedContinuedAndEveryPageBeginsWithAHeader() {
        List<ChartLayout> pages = TimelineChart.pages(generated(400), FROM, TO, A4_W, A4_H);
        int continued = 0;
        for (ChartLayout page : pages) {
            List<Drawing.Text> lanes = page.of(Drawing.Text.class, Role.LANE_LABEL);
            List<Drawing.Text> rows = page.of(Drawing.Text.class, Role.ROW_LABEL);
            assertFalse(lanes.isEmpty());
            assertTrue(lanes.get(0).y() < rows.get(0).y(), "a page begins with its lane's header");
            if (lanes.get(0).text().endsWith("(continued)")) {
                continued++;
            }
            assertTrue(lanes.stream().filter(t -> t.text().startsWith("Rated ")).count() == lanes.size() / 2,
                    "each header gives its rating and direction in words");
        }
        assertTrue(continued >= 5, "80 actions a lane run over pages: " + continued);
        assertFalse(pages.get(0).of(Drawing.Text.class, Role.LANE_LABEL).get(0).text().endsWith("(continued)"));
    }

    @Test
    void thePageCountGrowsWithTheRowsAndTenThousandActionsLayOutInUnderTwoSeconds() {
        int few = TimelineChart.pages(generated(50), FROM, TO, A4_W, A4_H).size();
        int many = TimelineChart.pages(generated(500), FROM, TO, A4_W, A4_H).size();
        assertTrue(many > 5 * few, few + " pages for 50 actions, " + many + " for 500");
        assertTrue(TimelineChart.pages(generated(500), FROM, TO, 1150, 780).size() < many, "A3 holds more");
        ReportPosition big = generated(10_000);
        long t0 = System.nanoTime();
        List<ChartLayout> pages = TimelineChart.pages(big, FROM, TO, A4_W, A4_H);
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertEquals(10_000, pages.stream().mapToInt(p -> p.of(Drawing.Rect.class, Role.BAR).size()).sum());
        assertTrue(seconds < 2, seconds + " s");
    }

    @Test
    void actionsOutsideTheRangeAreLeftOutAndBarsCutByItShowThatTheyRunOn() {
        LocalDate from = LocalDate.of(2024, 7, 1);
        LocalDate to = LocalDate.of(2024, 9, 30);
        ReportPosition position = generated(120);
        List<Action> inRange = position.plan().actions().stream()
                .filter(a -> !a.due().isBefore(from) && !a.start().isAfter(to)).toList();
        assertTrue(inRange.size() < 120);
        ChartLayout whole = TimelineChart.whole(position, from, to, 900);
        assertEquals(inRange.size(), TimelineChart.actionsIn(position, from, to));
        List<Drawing.Rect> bars = whole.of(Drawing.Rect.class, Role.BAR);
        assertEquals(inRange.size(), bars.size());
        Set<String> labels = texts(whole, Role.ROW_LABEL).stream().collect(Collectors.toSet());
        position.plan().actions().stream().filter(a -> !inRange.contains(a))
                .forEach(a -> assertFalse(labels.contains(a.title()), a.title() + " is outside the range"));
        long runOn = inRange.stream().filter(a -> a.start().isBefore(from)).count()
                + inRange.stream().filter(a -> a.due().isAfter(to)).count();
        assertTrue(runOn > 0);
        List<Drawing.Polygon> arrows = whole.of(Drawing.Polygon.class, Role.RUNS_ON);
        assertTrue(arrows.size() >= runOn * 0.9 && arrows.size() <= runOn, arrows.size() + " of " + runOn);
        double left = whole.axes().plot().x();
        double right = whole.axes().plot().right();
        for (Drawing.Rect bar : bars) {
            assertTrue(bar.box().x() >= left - 1e-9 && bar.box().right() <= right + 1e-9, bar.toString());
        }
        assertTrue(bars.stream().anyMatch(b -> b.box().x() == left) && bars.stream()
                .anyMatch(b -> Math.abs(b.box().right() - right) < 1e-9), "some bars are cut at each end");
    }

    @Test
    void barsTakeTheirStatusColourAndWordsWithTheBaselineOutlinedWhenMovedAndMilestonesAsDiamonds() {
        ReportPosition position = generated(60);
        ChartLayout whole = TimelineChart.whole(position, FROM, TO, 1200);
        List<Drawing.Rect> bars = whole.of(Drawing.Rect.class, Role.BAR);
        List<Drawing.Text> words = whole.of(Drawing.Text.class, Role.BAR_LABEL);
        assertEquals(bars.size(), words.size(), "every bar has its status in words");
        for (ReportPosition.ActionLine a : position.actions()) {
            assertTrue(bars.stream().anyMatch(b -> b.fill().equals(StatusColours.of(a.status()))));
        }
        long moved = position.actions().stream().filter(a -> a.baselineStart() != null
                && (!a.baselineDue().equals(a.due()) || !a.baselineStart().equals(a.start()))).count();
        assertTrue(moved > 0);
        assertEquals(moved, whole.of(Drawing.Rect.class, Role.BASELINE).size());
        List<Drawing.Marker> diamonds = whole.of(Drawing.Marker.class, Role.MILESTONE);
        assertEquals(position.plan().milestones().stream().filter(m -> !m.date().isAfter(TO)).count(),
                diamonds.size());
        assertTrue(diamonds.stream().allMatch(m -> m.shape() == Drawing.Shape.DIAMOND
                && m.tip().startsWith("Milestone: ")));
    }

    @Test
    void eachPageSaysInWordsWhatItShowsForAScreenReader() {
        List<ChartLayout> pages = TimelineChart.pages(ReportPosition.of(SamplePlan.load(), AS_AT), FROM, TO, 500,
                240);
        assertTrue(pages.size() >= 2, "the sample on small pages: " + pages.size());
        ChartLayout second = pages.get(1);
        String plan = SamplePlan.load().plan().title();
        assertEquals("Timeline of " + plan + ", page 2 of " + pages.size() + ", as at 30/09/2024", second.title());
        String words = second.description();
        assertTrue(words.startsWith(second.title() + ", from 01/04/2024 to 31/03/2025: priority '"), words);
        assertTrue(words.matches(".*\\(\\d+ actions?: \\d+ [a-z].*"), words);
        assertTrue(pages.stream().anyMatch(p -> p.description().contains("', continued (")),
                "a lane run on says so");
    }

    @Test
    void aRangeWithoutActionsGivesOnePageSayingSoAndABackwardRangeIsRefused() {
        ReportPosition position = generated(20);
        LocalDate from = LocalDate.of(2030, 1, 1);
        List<ChartLayout> pages = TimelineChart.pages(position, from, from.plusMonths(2), A4_W, A4_H);
        assertEquals(1, pages.size());
        assertEquals(List.of("No actions fall between 01/01/2030 and 01/03/2030."), texts(pages.get(0), Role.MESSAGE));
        assertEquals(0, TimelineChart.actionsIn(position, from, from.plusMonths(2)));
        assertThrows(IllegalArgumentException.class, () -> TimelineChart.pages(position, TO, FROM, A4_W, A4_H));
    }

    static List<String> texts(ChartLayout chart, Role role) {
        return chart.drawings().stream().filter(Drawing.Text.class::isInstance).map(Drawing.Text.class::cast)
                .filter(t -> role == null || t.role() == role).map(Drawing.Text::text).toList();
    }
}

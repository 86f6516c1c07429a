package org.jointplan.chart.slides;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.jointplan.chart.Box;
import org.jointplan.chart.Drawing;
import org.jointplan.chart.Role;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.Priority;
import org.jointplan.domain.ReportPosition;
import org.jointplan.service.SamplePlan;
import org.jointplan.testsupport.PlanGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The slides' geometry on the screens officers have, from a small projector to 4K at 200% and 300%. */
class SlideDeckTest {
    private static final LocalDate AS_AT = LocalDate.of(2024, 11, 30);
    /** Logical sizes: 1024 x 768, a 1366 x 768 laptop, 1280 x 800, 1920 x 1080, 2880 x 1620 at 200%, 4K at 300%. */
    private static final double[][] SIZES = {{1024, 768}, {1366, 768}, {1280, 800}, {1920, 1080}, {1440, 810},
        {1280, 720}, {2880, 1620}, {800, 600}};

    static Stream<Arguments> decks() {
        PlanData sample = SamplePlan.load();
        PlanData crowded = SlidePlans.crowded();
        List<Arguments> all = new ArrayList<>();
        for (double[] size : SIZES) {
            all.add(Arguments.of("sample", sample, size[0], size[1]));
            all.add(Arguments.of("crowded", crowded, size[0], size[1]));
        }
        return all.stream();
    }

    private static List<Slide> deck(PlanData plan, double w, double h) {
        return SlideDeck.lay(ReportPosition.of(plan, AS_AT), SlideChoice.all(plan), w, h);
    }

    @ParameterizedTest(name = "{0} at {2} x {3}")
    @MethodSource("decks")
    void noWordOverlapsAnotherOrLeavesTheSlideOrIsPaintedOver(String name, PlanData plan, double w, double h) {
        for (Slide slide : deck(plan, w, h)) {
            List<Drawing> drawings = slide.layout().drawings();
            Box page = slide.layout().box();
            List<Drawing.Text> texts = new ArrayList<>();
            for (int i = 0; i < drawings.size(); i++) {
                Drawing d = drawings.get(i);
                assertTrue(d.bounds().within(page), slide.caption() + ": " + d + " leaves the slide");
                if (d instanceof Drawing.Text t) {
                    for (Drawing.Text other : texts) {
                        assertFalse(t.bounds().intersects(other.bounds()),
                                slide.caption() + ": '" + t.text() + "' overlaps '" + other.text() + "'");
                    }
                    texts.add(t);
                    for (int j = i + 1; j < drawings.size(); j++) {
                        Drawing later = drawings.get(j);
                        boolean icon = later.role() == Role.ICON && t.role() == Role.ICON; // an SPC icon's glyph
                        if (!(later instanceof Drawing.Text) && later.role() != Role.BACKGROUND && !icon) {
                            assertFalse(later.bounds().intersects(t.bounds()),
                                    slide.caption() + ": " + later + " is painted over '" + t.text() + "'");
                        }
                    }
                    assertFalse(t.text().equals(SlideText.ELLIPSIS), "never '…' alone");
                }
            }
        }
    }

    @ParameterizedTest(name = "{0} at {2} x {3}")
    @MethodSource("decks")
    void typeIsNeverBelowTheRoomReadableMinimum(String name, PlanData plan, double w, double h) {
        double min = SlideDeck.smallestText(w, h);
        assertTrue(min >= Math.min(h / 48, w / 75) - 1e-9, "the minimum is a share of the screen: " + min);
        for (Slide slide : deck(plan, w, h)) {
            for (Drawing.Text t : slide.layout().drawings().stream().filter(Drawing.Text.class::isInstance)
                    .map(Drawing.Text.class::cast).toList()) {
                assertTrue(t.size() >= min - 1e-9, slide.caption() + ": '" + t.text() + "' at " + t.size()
                        + " below " + min);
            }
        }
    }

    @ParameterizedTest(name = "{0} at {2} x {3}")
    @MethodSource("decks")
    void everyActionIsOnExactlyOneSlideOfItsPriority(String name, PlanData plan, double w, double h) {
        List<Slide> slides = deck(plan, w, h);
        Map<UUID, Integer> seen = new HashMap<>();
        for (Slide slide : slides) {
            for (UUID action : slide.actionIds()) {
                seen.merge(action, 1, Integer::sum);
                assertEquals(plan.action(action).orElseThrow().priorityId(), slide.priorityId());
            }
        }
        plan.actions().forEach(a -> assertEquals(1, seen.getOrDefault(a.id(), 0), a.title()));
        for (Slide slide : slides) {
            if (slide.pages() > 1) {
                assertTrue(slide.caption().endsWith(", " + slide.page() + " of " + slide.pages()),
                        slide.caption());
            }
        }
    }

    @ParameterizedTest(name = "{0} at {2} x {3}")
    @MethodSource("decks")
    void theWholePlanSlideShowsEveryPriority(String name, PlanData plan, double w, double h) {
        Slide whole = deck(plan, w, h).get(0);
        assertEquals(Slide.Kind.WHOLE_PLAN, whole.kind());
        assertEquals(1, whole.pages(), "one slide");
        assertEquals(plan.priorities().stream().map(Priority::id).sorted().toList(),
                whole.priorityIds().stream().sorted().toList());
        List<String> words = whole.layout().drawings().stream().filter(Drawing.Text.class::isInstance)
                .map(d -> ((Drawing.Text) d).text()).toList();
        for (Priority p : plan.priorities()) {
            assertTrue(words.stream().anyMatch(t -> t.startsWith(p.order() + ". ")), p.name() + " in " + words);
        }
    }

    @Test
    void aPriorityWithMoreActionsThanFitContinuesOnMoreSlides() {
        PlanData plan = SlidePlans.crowded();
        List<Slide> slides = deck(plan, 1366, 768);
        List<Slide> first = slides.stream().filter(s -> s.kind() == Slide.Kind.PRIORITY
                && s.priorityId().equals(plan.priorities().get(0).id())).toList();
        assertTrue(first.size() > 20, "400 actions: " + first.size() + " slides");
        assertEquals("Priority 1 of 5: P1, 2 of " + first.size(), first.get(1).caption());
    }

    @Test
    void aLongTitleWrapsToThreeLinesAndCanBeReadInFullOnHover() {
        PlanData plan = SlidePlans.crowded();
        Slide slide = deck(plan, 1366, 768).stream().filter(s -> s.kind() == Slide.Kind.PRIORITY).findFirst()
                .orElseThrow();
        List<Drawing.Text> lines = slide.layout().of(Drawing.Text.class, Role.ROW_LABEL);
        List<Drawing.Text> title = lines.stream().filter(t -> SlidePlans.LONG_TITLE.startsWith(t.text())
                || SlidePlans.LONG_TITLE.contains(t.text().replace(SlideText.ELLIPSIS, ""))).limit(3).toList();
        assertEquals(3, title.size(), lines.toString());
        assertTrue(title.get(2).text().endsWith(SlideText.ELLIPSIS), title.get(2).text());
        Box where = title.get(0).bounds();
        assertEquals(SlidePlans.LONG_TITLE, slide.tipAt(where.x() + 2, where.y() + 2).orElseThrow());
    }

    @Test
    void theKeyNamesEachColourInThePlansWords() {
        PlanData plan = SamplePlan.load();
        Slide whole = deck(plan, 1024, 768).get(0);
        List<String> key = whole.layout().of(Drawing.Text.class, Role.LEGEND).stream().map(Drawing.Text::text)
                .toList();
        assertTrue(key.containsAll(List.of("Blue: Complete", "Green: On track", "Amber: At risk", "Red: Off track",
                "Grey: Not started")), key.toString());
    }

    @Test
    void monthsAreNamedAllAlike() {
        for (double[] size : SIZES) {
            Slide whole = deck(SamplePlan.load(), size[0], size[1]).get(0);
            List<String> months = whole.layout().of(Drawing.Text.class, Role.TICK_LABEL).stream()
                    .map(Drawing.Text::text).filter(t -> !t.startsWith("Q") && !t.contains("/")).toList();
            Set<Integer> lengths = new java.util.HashSet<>();
            months.forEach(m -> lengths.add(m.length()));
            assertEquals(1, lengths.size(), size[0] + " x " + size[1] + ": " + months);
        }
    }

    @Test
    void theOfficerChoosesTheSlides() {
        PlanData plan = SamplePlan.load();
        Priority second = plan.priorities().stream().filter(p -> p.order() == 2).findFirst().orElseThrow();
        List<Slide> slides = SlideDeck.lay(ReportPosition.of(plan, AS_AT),
                new SlideChoice(false, true, Set.of(second.id()), false), 1920, 1080);
        assertTrue(slides.stream().allMatch(s -> s.kind() == Slide.Kind.PRIORITY || s.kind() == Slide.Kind.EXCEPTIONS));
        assertTrue(slides.stream().filter(s -> s.kind() == Slide.Kind.PRIORITY)
                .allMatch(s -> s.priorityId().equals(second.id())));
        assertEquals(Slide.Kind.EXCEPTIONS, slides.get(slides.size() - 1).kind());
        assertTrue(slides.get(slides.size() - 1).layout().drawings().stream().anyMatch(d -> d instanceof Drawing.Text t
                && t.text().equals("Slide " + slides.size() + " of " + slides.size())));
    }

    @Test
    void aBigGeneratedPlanLaysOutAtEverySize() {
        PlanData plan = PlanGenerator.plan(2000, 3);
        for (double[] size : SIZES) {
            assertFalse(deck(plan, size[0], size[1]).isEmpty());
        }
    }

    @ParameterizedTest(name = "{0} at {2} x {3}")
    @MethodSource("decks")
    void everyQuarterShownCanBeToldFromTheSameQuarterOfAnotherYear(String name, PlanData plan, double w, double h) {
        for (Slide slide : deck(plan, w, h)) {
            List<Drawing.Text> ticks = slide.layout().drawings().stream()
                    .filter(d -> d instanceof Drawing.Text t && t.role() == Role.TICK_LABEL)
                    .map(Drawing.Text.class::cast).toList();
            List<Drawing.Text> quarters = ticks.stream().filter(t -> t.text().matches("Q[1-4]( .*)?")).toList();
            List<Drawing.Text> years = ticks.stream().filter(t -> t.text().matches("(Financial year )?20\\d\\d/\\d\\d"))
                    .toList();
            if (quarters.stream().allMatch(q -> q.text().contains("/"))) {
                continue;
            }
            long yearsSpanned = quarters.stream().filter(q -> q.text().startsWith("Q1")).count()
                    + (quarters.get(0).text().startsWith("Q1") ? 0 : 1);
            assertTrue(years.size() >= yearsSpanned, slide.caption() + ": quarters " + quarters.stream()
                    .map(Drawing.Text::text).toList() + " under the years " + years.stream().map(Drawing.Text::text)
                    .toList());
        }
    }

    @Test
    void quarterLabelsShortenTheYearThenLeaveItToTheStripAbove() {
        LocalDate april = LocalDate.of(2025, 4, 1);
        assertEquals("Q1 2025/26", SlideAxis.quarter(april, 0));
        assertEquals("Q3 25/26", SlideAxis.quarter(LocalDate.of(2025, 10, 1), 1));
        assertEquals("Q1", SlideAxis.quarter(april, 2));
    }

    @Test
    void exceptionDatesReadAsTheRestOfThePlansDates() {
        for (LocalDate d = LocalDate.of(2023, 12, 25); d.isBefore(LocalDate.of(2026, 2, 3)); d = d.plusDays(1)) {
            assertEquals(org.jointplan.domain.UkDates.numeric(d), ExceptionSlides.numeric(d));
        }
    }
}

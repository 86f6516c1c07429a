package org.jointplan.chart.slides;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jointplan.chart.Drawing;
import org.jointplan.chart.Role;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.ReportPosition;
import org.jointplan.domain.ReportPosition.ExceptionEntry;
import org.jointplan.domain.Status;
import org.jointplan.service.SamplePlan;
import org.junit.jupiter.api.Test;

/** The exception report as slides, and the plan's own BRAG words on them. */
class ExceptionSlidesTest {
    private static final LocalDate AS_AT = LocalDate.of(2024, 12, 31);

    static PlanData renamed(PlanData p) {
        var key = p.plan().bragKey().with(Status.AT_RISK, "Amber: slipping", "Some slippage");
        return new PlanData(p.plan().withBragKey(key), p.partners(), p.priorities(), p.actions(), p.milestones(),
                p.dependencies(), p.updates(), p.measures(), p.measureValues(), p.committeeDates(), p.snapshots(),
                p.dateMoves(), p.tombstones());
    }

    private static List<Slide> exceptions(PlanData plan, double w, double h) {
        return SlideDeck.lay(ReportPosition.of(plan, AS_AT), new SlideChoice(false, true, Set.of(), false), w, h);
    }

    @Test
    void everyExceptionIsShownByPriorityWithItsReasonAndDate() {
        PlanData plan = renamed(SamplePlan.load());
        ReportPosition position = ReportPosition.of(plan, AS_AT);
        assertFalse(position.exceptions().isEmpty(), "the sample plan has exceptions at the end of December");
        List<Slide> slides = exceptions(plan, 1366, 768);
        assertTrue(slides.size() > 1, "more than a 1366 x 768 slide holds: " + slides.size());
        String all = String.join(" ", slides.stream().map(s -> s.layout().description()).toList());
        for (ExceptionEntry e : position.exceptions()) {
            assertTrue(all.contains(e.title()), e.title());
            if (!e.reason().isEmpty()) {
                assertTrue(all.contains("Why: " + e.reason()), e.reason());
            }
        }
        List<String> headings = slides.get(0).layout().of(Drawing.Text.class, Role.LANE_LABEL).stream()
                .map(Drawing.Text::text).toList();
        assertTrue(headings.get(0).contains("  \u00b7  Overall: "), "grouped under the priority: " + headings);
        List<String> tags = slides.stream().flatMap(s -> s.layout().of(Drawing.Text.class, Role.LEGEND).stream())
                .map(Drawing.Text::text).toList();
        if (position.exceptions().stream().anyMatch(e -> e.kind() == ExceptionEntry.Kind.AT_RISK)) {
            assertTrue(tags.contains("! Amber: slipping"), "the plan's word for at risk: " + tags);
        }
        assertTrue(tags.contains("Amber: slipping"), "the key keeps a word that names its colour: " + tags);
        assertFalse(tags.contains("Amber: Amber: slipping"), tags.toString());
        assertEquals("Exceptions, 2 of " + slides.size(), slides.get(1).caption());
    }

    @Test
    void aPlanWithoutExceptionsSaysSo() {
        PlanData p = SamplePlan.load();
        PlanData quiet = new PlanData(p.plan(), p.partners(), p.priorities(), List.of(), List.of(), List.of(),
                List.of(), p.measures(), p.measureValues(), p.committeeDates(), List.of(), List.of(), List.of());
        List<Slide> slides = exceptions(quiet, 1920, 1080);
        assertEquals(1, slides.size());
        assertTrue(slides.get(0).layout().description().contains("No exceptions: nothing is off track"),
                slides.get(0).layout().description());
    }
}

package org.jointplan.bundle;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jointplan.chart.Drawing;
import org.jointplan.chart.Role;
import org.jointplan.domain.Action;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.ReportSnapshot;
import org.jointplan.domain.Status;
import org.jointplan.testsupport.PackageTinker;
import org.jointplan.testsupport.PlanGenerator;
import org.junit.jupiter.api.Test;

/** The package's summary and picture speak the plan's own BRAG words, and the summary gives directions of travel. */
class PlanWordsInPackageTest {
    private static final ExportDetails DETAILS = new ExportDetails("9.9", Instant.parse("2024-11-01T10:00:00Z"),
            "Nottingham City Council", "Jo Commissioner");

    static PlanData renamed(PlanData p) {
        var key = p.plan().bragKey().with(Status.ON_TRACK, "Green: on plan", "Delivering to the agreed plan");
        return new PlanData(p.plan().withBragKey(key), p.partners(), p.priorities(), p.actions(), p.milestones(),
                p.dependencies(), p.updates(), p.measures(), p.measureValues(), p.committeeDates(), p.snapshots(),
                p.dateMoves(), p.tombstones());
    }

    private static String summary(PlanData plan) {
        return new String(PackageTinker.of(new PackageWriter().write(plan, DETAILS, null, f -> { }))
                .entry(PackageFormat.SUMMARY), StandardCharsets.UTF_8);
    }

    @Test
    void theSummaryPrintsThePlansKeyWithItsMeaningsAndUsesItsWords() {
        String html = summary(renamed(PlanGenerator.plan(30, 2)));
        assertTrue(html.contains(">Green</td><td>Green: on plan</td><td>Delivering to the agreed plan</td>"), "key");
        assertTrue(html.contains(">Blue</td><td>Complete</td><td>Delivered, and the outcome in place</td>"),
                "the other words keep their meanings");
        assertTrue(html.contains(Status.ON_TRACK.symbol() + " Green: on plan</td>"), "an action's status");
        assertFalse(html.contains(">On track<") || html.contains(" On track</td>"), "the old word is gone");
    }

    @Test
    void thePicturesKeyUsesThePlansWords() {
        List<String> labels = TimelinePicture.layout(renamed(PlanGenerator.plan(5, 1)), LocalDate.of(2024, 9, 30))
                .drawings().stream().filter(d -> d.role() == Role.LEGEND && d instanceof Drawing.Text)
                .map(d -> ((Drawing.Text) d).text()).toList();
        assertTrue(labels.contains("Green: on plan"), labels.toString());
        assertTrue(labels.contains("Amber: at risk"), labels.toString());
        assertFalse(labels.contains("On track"), "the old word is gone");
    }

    @Test
    void theSummaryGivesEachPriorityItsRatingAndEachActionItsDirectionAgainstTheLastReport() {
        PlanData plan = PlanGenerator.plan(12, 1);
        Action first = plan.actions().get(0);
        Status before = first.status() == Status.OFF_TRACK ? Status.ON_TRACK : Status.OFF_TRACK;
        List<Action> earlier = new ArrayList<>(plan.actions());
        earlier.set(0, first.toBuilder().status(before).percentComplete(first.percentComplete() == 100 ? 50
                : first.percentComplete()).statusReason("Was rated so").build());
        PlanData then = new PlanData(plan.plan(), plan.partners(), plan.priorities(), earlier, plan.milestones(),
                plan.dependencies(), plan.updates(), plan.measures(), plan.measureValues(), plan.committeeDates(),
                null, plan.dateMoves(), plan.tombstones());
        ReportSnapshot q1 = ReportSnapshot.take(then, LocalDate.of(2024, 9, 30), "Q2", UUID.randomUUID(),
                plan.plan().stamp());
        PlanData withReport = new PlanData(plan.plan(), plan.partners(), plan.priorities(), plan.actions(),
                plan.milestones(), plan.dependencies(), plan.updates(), plan.measures(), plan.measureValues(),
                plan.committeeDates(), List.of(q1), plan.dateMoves(), plan.tombstones());
        String html = summary(withReport);
        assertTrue(html.contains("<th>Direction</th>"), "a direction column");
        String expected = org.jointplan.domain.Direction.between(before, first.status()).describe();
        int row = html.indexOf(SummaryHtml.esc(first.title()));
        assertTrue(row > 0 && html.indexOf("<td>" + expected + "</td>", row) > row, "the action's direction: "
                + expected);
        assertTrue(html.contains("Overall rating: "), "each priority's overall rating");
        assertTrue(html.contains("Direction of travel: "), "and its direction");
    }
}

package org.jointplan.ui.timeline;

import static org.jointplan.ui.timeline.Fixtures.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import org.jointplan.domain.Action;
import org.jointplan.domain.Direction;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** The timeline speaks the plan's own BRAG words: its key, bar labels, tooltips and lane ratings. */
@ExtendWith(ApplicationExtension.class)
class PlanWordsOnTimelineTest {

    static PlanData renamed(PlanData p) {
        var key = p.plan().bragKey().with(Status.ON_TRACK, "Green: on plan", "Delivering to the agreed plan");
        return new PlanData(p.plan().withBragKey(key), p.partners(), p.priorities(), p.actions(), p.milestones(),
                p.dependencies(), p.updates(), p.measures(), p.measureValues(), p.committeeDates(), p.snapshots(),
                p.dateMoves(), p.tombstones());
    }

    @Test
    void theCanvasKeyAndTheKeyOfNodesUseThePlansWords() {
        PlanData plan = renamed(Fixtures.sample());
        fx(() -> {
            TimelineView view = new TimelineView(plan);
            assertTrue(BragKeyPainter.words(view.key(), true).contains("Green: on plan"));
            assertTrue(BragKeyPainter.words(view.key(), false).contains("Green: on plan"));
            assertTrue(BragKeyPainter.words(view.key(), false).contains("Amber: at risk"), "others unchanged");
            BragKey nodes = new BragKey(plan.plan().bragKey(), true, true);
            new Scene(nodes);
            List<String> texts = nodes.lookupAll(".brag-key-text").stream().map(n -> ((Label) n).getText()).toList();
            assertTrue(texts.contains("Green: on plan"), texts.toString());
            assertTrue(nodes.getAccessibleText().contains("Green means Green: on plan"), nodes.getAccessibleText());
        });
    }

    @Test
    void barLabelsAndTooltipsUseThePlansWordsAndTheDirectionWhenAReportIsShown() {
        PlanData plan = renamed(Fixtures.sample());
        Action a = plan.actions().stream().filter(x -> x.status() == Status.ON_TRACK).findFirst().orElseThrow();
        assertEquals("✓ Green: on plan · " + a.percentComplete() + "% · ↑ Improved",
                ActionText.barLabel(a, a.start(), a.span(), plan.plan().bragKey(), Direction.IMPROVED));
        assertEquals("✓ Green: on plan · " + a.percentComplete() + "%",
                ActionText.barLabel(a, a.start(), a.span(), plan.plan().bragKey(), Direction.NO_CHANGE),
                "no change is not repeated on every bar");
        assertTrue(ActionText.tooltip(a, a.span(), plan, a.start()).contains("✓ Green: on plan (Green)"));
    }

    @Test
    void aLaneSaysItsOverallRatingInThePlansWordsMarkedWhenOverridden() {
        PlanData sample = renamed(Fixtures.sample());
        var priorities = new java.util.ArrayList<>(sample.priorities());
        var first = priorities.get(0);
        priorities.set(0, first.withRating(Status.ON_TRACK, "Recovery plan agreed by the board", null));
        PlanData plan = new PlanData(sample.plan(), sample.partners(), priorities, sample.actions(),
                sample.milestones(), sample.dependencies(), sample.updates(), sample.measures(),
                sample.measureValues(), sample.committeeDates(), sample.snapshots(), sample.dateMoves(),
                sample.tombstones());
        fx(() -> {
            TimelineView view = new TimelineView(plan);
            view.setToday(Fixtures.AS_AT);
            new Scene(view, 1200, 600);
            view.applyCss();
            view.layout();
            TimelineRows.Lane lane = view.rows().lane(first.id());
            var canvas = new javafx.scene.canvas.Canvas(10, 10);
            PaintContext c = new PaintContext(canvas.getGraphicsContext2D(), view, 1200, 600, 0, 600, true);
            assertEquals("Overall: Green: on plan (overridden)", RowPainter.overall(c, lane));
        });
    }
}

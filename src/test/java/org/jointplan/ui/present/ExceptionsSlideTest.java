package org.jointplan.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.ReportPosition;
import org.jointplan.domain.ReportPosition.ExceptionEntry;
import org.jointplan.domain.Status;
import org.jointplan.service.SamplePlan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The presentation's exceptions slide, and the plan's own BRAG words in the presentation. */
@ExtendWith(ApplicationExtension.class)
class ExceptionsSlideTest {
    private static final LocalDate AS_AT = LocalDate.of(2024, 12, 31);
    private Stage owner;
    private PresentationMode mode;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(new Label("Main window")), 400, 300));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        if (mode != null) {
            robot.interact(mode::close);
        }
    }

    static PlanData renamed(PlanData p) {
        var key = p.plan().bragKey().with(Status.AT_RISK, "Amber: slipping", "Some slippage");
        return new PlanData(p.plan().withBragKey(key), p.partners(), p.priorities(), p.actions(), p.milestones(),
                p.dependencies(), p.updates(), p.measures(), p.measureValues(), p.committeeDates(), p.snapshots(),
                p.dateMoves(), p.tombstones());
    }

    private void open(FxRobot robot, PlanData plan, ReportPosition position) {
        robot.interact(() -> mode = PresentationMode.show(owner, plan, AS_AT, position));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void press(FxRobot robot, KeyCode key) {
        robot.interact(() -> mode.getStage().requestFocus());
        robot.type(key);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void afterThePrioritiesASlideShowsOnlyTheExceptionsByPriorityWithReasonsAndDates(FxRobot robot) {
        PlanData plan = renamed(SamplePlan.load());
        ReportPosition position = ReportPosition.of(plan, AS_AT);
        assertFalse(position.exceptions().isEmpty(), "the sample plan has exceptions at the end of December");
        open(robot, plan, position);
        press(robot, KeyCode.END);
        for (int back = 0; back < 10 && !mode.isShowingExceptions(); back++) {
            press(robot, KeyCode.PAGE_UP); // back over the measures slides, which follow the exceptions
        }
        assertTrue(mode.isShowingExceptions());
        assertEquals("Exceptions", mode.getCaption());
        List<String> texts = mode.getExceptionTexts();
        for (ExceptionEntry e : position.exceptions()) {
            assertTrue(texts.stream().anyMatch(t -> t.endsWith(e.title())), e.title() + " in " + texts);
            if (!e.reason().isEmpty()) {
                assertTrue(texts.contains("Why: " + e.reason()), e.reason());
            }
        }
        ExceptionEntry first = position.exceptions().get(0);
        String heading = plan.priority(first.priorityId()).orElseThrow().order() + ". "
                + position.priority(first.priorityId()).orElseThrow().name();
        assertTrue(texts.get(0).startsWith(heading + "  ·  Overall: "), "grouped under the priority: " + texts.get(0));
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("Due ") && t.contains("/")), "with its date");
        if (position.exceptions().stream().anyMatch(e -> e.kind() == ExceptionEntry.Kind.AT_RISK)) {
            assertTrue(texts.contains("! Amber: slipping"), "the plan's word for at risk: " + texts);
        }
        assertTrue(mode.getStage().getScene().getRoot().lookupAll(".slide-detail").stream()
                .allMatch(n -> ((Labeled) n).getFont().getSize() >= 24), "readable from the back of the room");
    }

    @Test
    void theFooterKeyUsesThePlansWords(FxRobot robot) {
        PlanData plan = renamed(SamplePlan.load());
        open(robot, plan, ReportPosition.of(plan, AS_AT));
        List<String> key = mode.getStage().getScene().getRoot().lookupAll(".brag-key-text").stream()
                .map(n -> ((Labeled) n).getText()).toList();
        assertTrue(key.contains("Amber: slipping"), key.toString());
        assertFalse(key.contains("At risk"), key.toString());
    }

    @Test
    void aDateWithNoEarlierReportSaysSoOnTheSlide(FxRobot robot) {
        PlanData plan = SamplePlan.load();
        open(robot, plan, null);
        press(robot, KeyCode.END);
        for (int back = 0; back < 10 && !mode.isShowingExceptions(); back++) {
            press(robot, KeyCode.PAGE_UP); // back over the measures slides, which follow the exceptions
        }
        assertTrue(mode.isShowingExceptions());
        assertTrue(mode.getExceptionTexts().get(0).startsWith("There is no report as at this date"),
                mode.getExceptionTexts().toString());
    }
}

package org.jointplan.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.Priority;
import org.jointplan.service.SamplePlan;
import org.jointplan.testsupport.PlanGenerator;
import org.jointplan.ui.timeline.TimelineView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class PresentationModeTest {
    private static final LocalDate AS_AT = LocalDate.of(2024, 10, 7);
    private Stage owner;
    private PresentationMode mode;

    @Start
    void start(Stage stage) {
        owner = stage;
        // the main window; under Monocle a shown stage without a scene stalls the next render of its children
        stage.setScene(new Scene(new StackPane(new Label("Main window")), 400, 300));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        if (mode != null) {
            robot.interact(mode::close);
        }
    }

    private PresentationMode open(FxRobot robot, PlanData plan) {
        robot.interact(() -> mode = PresentationMode.show(owner, plan, AS_AT));
        WaitForAsyncUtils.waitForFxEvents();
        return mode;
    }

    private void press(FxRobot robot, KeyCode key) {
        robot.interact(() -> mode.getStage().requestFocus());
        robot.type(key);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<Node> nodes(Parent root) {
        List<Node> all = new ArrayList<>();
        for (Node child : root.getChildrenUnmodifiable()) {
            all.add(child);
            if (child instanceof Parent p) {
                all.addAll(nodes(p));
            }
        }
        return all;
    }

    private static double cssNumber(TimelineView view, String property) {
        for (CssMetaData<? extends Styleable, ?> meta : TimelineView.getClassCssMetaData()) {
            if (meta.getProperty().equals(property)) {
                @SuppressWarnings("unchecked")
                CssMetaData<TimelineView, Number> number = (CssMetaData<TimelineView, Number>) meta;
                return number.getStyleableProperty(view).getValue().doubleValue();
            }
        }
        throw new AssertionError(property);
    }

    @Test
    void thePresentationIsReadOnlyLargeAndShowsTheTitleAndAsAtDate(FxRobot robot) {
        PlanData plan = SamplePlan.load();
        open(robot, plan);
        TimelineView timeline = mode.getTimeline();
        assertTrue(mode.getStage().isShowing());
        assertTrue(timeline.isPresentation());
        assertFalse(timeline.isEditingAllowed(), "no editing in a meeting");
        assertEquals(AS_AT, timeline.getToday());
        List<Node> nodes = nodes(mode.getStage().getScene().getRoot());
        assertTrue(nodes.stream().noneMatch(n -> n instanceof ButtonBase || n instanceof TextInputControl),
                "no editing chrome");
        List<String> texts = nodes.stream().filter(n -> n instanceof Labeled).map(n -> ((Labeled) n).getText())
                .toList();
        assertTrue(texts.contains(plan.plan().title()), texts.toString());
        assertTrue(texts.contains("As at 7 October 2024"), texts.toString());
        assertTrue(texts.contains("Complete"), "a BRAG key: " + texts);
        for (Node n : nodes) {
            if (n instanceof Labeled l && !l.getText().isEmpty()) {
                assertTrue(l.getFont().getSize() >= 24, l.getText() + " is " + l.getFont().getSize() + " px");
            }
        }
        double timelineSmallText = Math.round(cssNumber(timeline, "-tl-font-size") * 0.88);
        assertTrue(timelineSmallText >= 24, "the timeline's smallest text is " + timelineSmallText + " px");
    }

    @Test
    void pageDownStepsThroughThePrioritiesThenShowsTheWholePlanAndEscapeLeaves(FxRobot robot) {
        PlanData plan = SamplePlan.load();
        List<Priority> priorities = plan.priorities().stream().sorted(Comparator.comparingInt(Priority::order))
                .toList();
        open(robot, plan);
        TimelineView timeline = mode.getTimeline();
        int measureSlides = plan.measures().size();
        assertEquals(4, measureSlides, "the sample: the plan's own three measures, and the OT priority's one");
        assertEquals(priorities.size() + 3 + measureSlides, mode.getStepCount(),
                "whole plan, each priority, exceptions, measures, whole plan");
        assertWholePlan(timeline, priorities);
        for (int i = 0; i < priorities.size(); i++) {
            press(robot, i % 2 == 0 ? KeyCode.PAGE_DOWN : KeyCode.RIGHT);
            assertEquals(i + 1, mode.getStep());
            Priority shown = priorities.get(i);
            assertTrue(mode.getCaption().startsWith("Priority " + (i + 1) + " of " + priorities.size()),
                    mode.getCaption());
            assertTrue(mode.getCaption().endsWith(shown.shortName()), mode.getCaption());
            for (Priority p : priorities) {
                assertEquals(p == shown, timeline.getPriorityFilter().test(p), "only " + shown.name() + " shows");
            }
            assertTrue(timeline.getCollapsedPriorities().isEmpty(), "its actions are open");
            UUID action = plan.actionsOf(shown.id()).get(0).id();
            assertTrue(timeline.getBarBounds(action).isPresent());
        }
        press(robot, KeyCode.PAGE_DOWN);
        assertTrue(mode.isShowingExceptions(), "the exceptions after the priorities");
        for (int page = 0; page < 30 && mode.isShowingExceptions(); page++) {
            press(robot, KeyCode.PAGE_DOWN); // a long list scrolls a screen at a time before the next slide
        }
        assertTrue(mode.isShowingMeasures(), "the measures after the exceptions");
        assertTrue(mode.getCaption().startsWith("Measures of the whole plan, 1 of 3"), mode.getCaption());
        for (int slide = 1; slide < measureSlides; slide++) {
            press(robot, KeyCode.PAGE_DOWN); // one measure to a slide: nothing scrolls
            assertTrue(mode.isShowingMeasures());
        }
        assertTrue(mode.getCaption().startsWith("Measures of priority 4"), mode.getCaption());
        press(robot, KeyCode.PAGE_DOWN);
        assertWholePlan(timeline, priorities);
        press(robot, KeyCode.SPACE);
        assertEquals(priorities.size() + 2 + measureSlides, mode.getStep(), "the last slide stays");
        press(robot, KeyCode.HOME);
        press(robot, KeyCode.END);
        press(robot, KeyCode.PAGE_UP);
        assertEquals(priorities.size() + 1 + measureSlides, mode.getStep());
        press(robot, KeyCode.ESCAPE);
        assertFalse(mode.getStage().isShowing(), "Esc leaves the presentation");
    }

    @Test
    void eachMeasureIsShownInWordsWithItsChartLargeEnoughForTheBackOfTheRoom(FxRobot robot) {
        PlanData plan = SamplePlan.load();
        open(robot, plan);
        for (int i = 0; i < 30 && !mode.isShowingMeasures(); i++) {
            robot.interact(mode::next);
        }
        assertTrue(mode.isShowingMeasures());
        assertEquals(1, mode.getMeasureCharts().size(), "one measure to a slide");
        List<String> texts = nodes(mode.getStage().getScene().getRoot()).stream().filter(n -> n instanceof Labeled)
                .map(n -> ((Labeled) n).getText()).toList();
        assertTrue(mode.getMeasureCharts().get(0).getChartLayout().description().contains("36.6%"),
                "the chart says the latest figure in words");
        assertTrue(texts.stream().anyMatch(t -> t.matches("[✓≈✗–] .+")), "a status in a symbol and words");
        for (Node n : nodes(mode.getStage().getScene().getRoot())) {
            if (n instanceof Labeled l && !l.getText().isEmpty()) {
                assertTrue(l.getFont().getSize() >= 24, l.getText() + " is " + l.getFont().getSize() + " px");
            }
        }
        var chart = mode.getMeasureCharts().get(0);
        assertEquals(org.jointplan.chart.TypeScale.PRESENTATION, chart.getTypeScale());
        assertEquals(org.jointplan.chart.ChartMode.SPC, chart.getMode(), "19 figures: the SPC chart");
        assertTrue(chart.getHeight() >= 400, "a chart that fills most of the screen: " + chart.getHeight());
    }

    private void assertWholePlan(TimelineView timeline, List<Priority> priorities) {
        assertTrue(mode.getCaption().startsWith("Whole plan"), mode.getCaption());
        assertEquals(null, timeline.getPriorityFilter());
        assertEquals(priorities.size(), timeline.getCollapsedPriorities().size(), "every lane as its summary");
    }

    @Test
    void privateNotesAreNeverShown(FxRobot robot) {
        PlanData plan = PlanGenerator.plan(40, 5);
        assertTrue(plan.actions().stream().anyMatch(a -> a.notes().equals("Private note")));
        open(robot, plan);
        for (int step = 0; step < mode.getStepCount(); step++) {
            List<String> texts = nodes(mode.getStage().getScene().getRoot()).stream()
                    .filter(n -> n instanceof Labeled).map(n -> ((Labeled) n).getText()).toList();
            assertTrue(texts.stream().noneMatch(t -> t.contains("Private note")), texts.toString());
            press(robot, KeyCode.PAGE_DOWN);
        }
    }
}

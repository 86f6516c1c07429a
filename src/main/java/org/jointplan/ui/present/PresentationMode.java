package org.jointplan.ui.present;

import java.time.LocalDate;
import java.util.Objects;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.ReportPosition;
import org.jointplan.domain.UkDates;
import org.jointplan.domain.ValidationException;
import org.jointplan.ui.timeline.BragKey;
import org.jointplan.ui.timeline.TimelineView;
import org.jointplan.ui.timeline.TimelineZoom;

/**
 * The timeline for the Strategic Commissioning Group meeting: a full-screen window with large type and strong
 * contrast, the plan's title, an "as at" date and a BRAG key, and no editing (the timeline is read-only; private
 * notes are never drawn). Page Down, Right, Down and Space step through the priorities one at a time, the exceptions
 * (scrolling them a screen at a time when they are longer) and then the whole plan, as a presenter's clicker sends
 * them; Page Up, Left and Up step back; Esc leaves.
 */
public final class PresentationMode {
    private final Stage stage = new Stage();
    private final TimelineView timeline = new TimelineView();
    private final PresentationSteps steps;
    private final Label caption = new Label();
    private final ExceptionsSlide exceptions = new ExceptionsSlide();
    private final MeasuresSlide measures = new MeasuresSlide();
    private final PlanData plan;
    private final LocalDate asAt;
    private final ReportPosition position;
    private final BorderPane root;

    /** Builds the presentation without showing it; {@link #show(Stage, PlanData, LocalDate)} shows it. */
    public PresentationMode(Stage owner, PlanData plan, LocalDate asAt) {
        this(owner, plan, asAt, positionAt(plan, asAt));
    }

    /**
     * Builds the presentation of the plan as the window shows it: {@code plan} is the plan shown (frozen as at a
     * recorded snapshot), {@code position} the report as at {@code asAt} giving ratings, directions and exceptions
     * (null when there is none).
     */
    public PresentationMode(Stage owner, PlanData plan, LocalDate asAt, ReportPosition position) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(asAt, "asAt");
        steps = new PresentationSteps(plan);
        this.plan = plan;
        this.asAt = asAt;
        this.position = position;
        timeline.setPlan(plan);
        timeline.setToday(asAt);
        timeline.setAsAt(asAt);
        timeline.setReport(position);
        exceptions.show(position, plan);
        timeline.setPresentation(true);
        timeline.setEditable(false);
        timeline.setFocusTraversable(false);
        timeline.setZoom(TimelineZoom.FIT);
        root = new BorderPane(timeline);
        root.getStyleClass().add("presentation");
        root.setTop(header(plan, asAt));
        root.setBottom(footer(plan));
        Scene scene = new Scene(root, 1280, 800);
        scene.getStylesheets().add(Objects.requireNonNull(
                PresentationMode.class.getResource("presentation.css")).toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        stage.setScene(scene);
        stage.setTitle("Presentation: " + plan.plan().title());
        Screen screen = Screen.getPrimary();
        if (owner != null) {
            stage.initOwner(owner);
            screen = Screen.getScreensForRectangle(owner.getX(), owner.getY(), Math.max(1, owner.getWidth()),
                    Math.max(1, owner.getHeight())).stream().findFirst().orElse(screen);
        }
        // cover the screen even where full screen is refused (some window managers, remote desktops)
        Rectangle2D bounds = screen.getBounds();
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
        // Esc closes the presentation itself, rather than only leaving full screen
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint("Page Down: next  ·  Page Up: back  ·  Esc: leave the presentation");
        stage.setFullScreen(true);
        showStep();
    }

    /** Opens the presentation full screen on the owner's screen and returns it. Call on the FX thread. */
    public static PresentationMode show(Stage owner, PlanData plan, LocalDate asAt) {
        return show(owner, plan, asAt, positionAt(plan, asAt));
    }

    /** As {@link #show(Stage, PlanData, LocalDate)}, with the report position the window shows. */
    public static PresentationMode show(Stage owner, PlanData plan, LocalDate asAt, ReportPosition position) {
        PresentationMode mode = new PresentationMode(owner, plan, asAt, position);
        mode.stage.show();
        mode.stage.toFront();
        return mode;
    }

    private static ReportPosition positionAt(PlanData plan, LocalDate asAt) {
        try {
            return ReportPosition.of(plan, asAt);
        } catch (ValidationException noEarlierReport) {
            return null; // no report before that date: the slides go without directions
        }
    }

    private HBox header(PlanData plan, LocalDate asAt) {
        Label title = new Label(plan.plan().title());
        title.getStyleClass().add("presentation-title");
        title.setMinWidth(0); // on a narrow screen the title gives way, never the step or the date
        caption.getStyleClass().add("presentation-step");
        caption.setMinWidth(Region.USE_PREF_SIZE);
        Label date = new Label("As at " + UkDates.prose(asAt));
        date.getStyleClass().add("presentation-as-at");
        date.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(title, caption, gap, date);
        header.getStyleClass().add("presentation-header");
        return header;
    }

    private VBox footer(PlanData plan) {
        VBox footer = new VBox(new BragKey(plan.plan().bragKey(), false, true)); // the key wraps at its width
        footer.getStyleClass().add("presentation-footer");
        return footer;
    }

    private void keyPressed(KeyEvent e) {
        PresentationSteps.Step step = steps.current();
        switch (e.getCode()) {
            case PAGE_DOWN, RIGHT, DOWN, SPACE -> {
                if (!(step.exceptions() && exceptions.page(true))) {
                    next();
                }
            }
            case PAGE_UP, LEFT, UP, BACK_SPACE -> {
                if (!(step.exceptions() && exceptions.page(false))) {
                    previous();
                }
            }
            case HOME -> moveTo(0);
            case END -> moveTo(steps.count() - 1);
            case ESCAPE -> close();
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** The next slide: the next priority, then the whole plan. */
    public void next() {
        if (steps.next()) {
            showStep();
        }
    }

    /** The slide before. */
    public void previous() {
        if (steps.previous()) {
            showStep();
        }
    }

    private void moveTo(int index) {
        if (steps.moveTo(index)) {
            showStep();
        }
    }

    private void showStep() {
        steps.applyTo(timeline);
        PresentationSteps.Step step = steps.current();
        root.setCenter(step.exceptions() ? exceptions : step.measures() ? measures : timeline);
        if (step.exceptions()) {
            exceptions.setVvalue(0);
        }
        if (step.measures()) {
            measures.show(plan, step.measureId(), asAt, position);
        }
        caption.setText(step.priority() == null ? step.caption()
                : step.caption() + ":  " + step.priority().shortName());
    }

    /** Leaves the presentation. */
    public void close() {
        stage.close();
    }

    public Stage getStage() {
        return stage;
    }

    /** The read-only timeline shown. */
    public TimelineView getTimeline() {
        return timeline;
    }

    /** The slide shown, from 0: the whole plan, then the priorities in order, then the whole plan again. */
    public int getStep() {
        return steps.index();
    }

    public int getStepCount() {
        return steps.count();
    }

    /** Whether the slide shown is the exception report. */
    public boolean isShowingExceptions() {
        return steps.current().exceptions();
    }

    /** Whether the slide shown is one of measures. */
    public boolean isShowingMeasures() {
        return steps.current().measures();
    }

    /** The charts of the measures slide shown (none on other slides). */
    public java.util.List<org.jointplan.ui.chart.MeasureChartView> getMeasureCharts() {
        return steps.current().measures() ? measures.charts() : java.util.List.of();
    }

    /** The texts of the exceptions slide in reading order: priority headings, kinds, titles, details. */
    public java.util.List<String> getExceptionTexts() {
        return exceptions.texts();
    }

    /** What the slide shows, e.g. "Priority 2 of 5:  Sensory OT" or "Whole plan: 5 priorities". */
    public String getCaption() {
        return caption.getText();
    }
}

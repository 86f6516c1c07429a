package org.jointplan.ui.present;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.jointplan.chart.slides.Slide;
import org.jointplan.chart.slides.SlideChoice;
import org.jointplan.chart.slides.SlideDeck;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.ReportPosition;
import org.jointplan.domain.ValidationException;

/**
 * The plan for the Strategic Commissioning Group meeting: a full-screen window on the screen the main window is on,
 * showing the chosen slides (the whole plan, each priority, the exceptions, the measures) as at a date, laid out for
 * that screen by {@link SlideDeck} and painted as the exported pictures are. Page Down, Right, Down and Space step
 * forward, as a presenter's clicker sends them; Page Up, Left, Up and Backspace step back; Home and End go to the
 * first and last slides; Esc leaves. Nothing edits, and private notes are never drawn.
 */
public final class PresentationMode {
    private final Stage stage = new Stage();
    private final SlideView view;

    /** Builds the presentation of every slide without showing it; {@link #show} shows it. */
    public PresentationMode(Stage owner, PlanData plan, LocalDate asAt) {
        this(owner, positionAt(plan, asAt), SlideChoice.all(plan));
    }

    /** As {@link #PresentationMode(Stage, PlanData, LocalDate)}, with the report position the window shows. */
    public PresentationMode(Stage owner, PlanData plan, LocalDate asAt, ReportPosition position) {
        this(owner, position != null ? position : positionAt(plan, asAt), SlideChoice.all(plan));
    }

    /** The chosen slides of the plan as at the position's date. */
    public PresentationMode(Stage owner, ReportPosition position, SlideChoice choice) {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(choice, "choice");
        view = new SlideView((w, h) -> SlideDeck.lay(position, choice, w, h));
        StackPane root = new StackPane(view);
        root.getStyleClass().add("presentation");
        Screen screen = Screen.getPrimary();
        if (owner != null) {
            stage.initOwner(owner);
            screen = Screen.getScreensForRectangle(owner.getX(), owner.getY(), Math.max(1, owner.getWidth()),
                    Math.max(1, owner.getHeight())).stream().findFirst().orElse(screen);
        }
        Rectangle2D bounds = screen.getBounds();
        Scene scene = new Scene(root, bounds.getWidth(), bounds.getHeight());
        scene.getStylesheets().add(Objects.requireNonNull(
                PresentationMode.class.getResource("presentation.css")).toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        stage.setScene(scene);
        stage.setTitle("Presentation: " + position.plan().plan().title());
        // cover the screen even where full screen is refused (some window managers, remote desktops)
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
        // Esc closes the presentation itself, rather than only leaving full screen
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint("Page Down: next  \u00b7  Page Up: back  \u00b7  Esc: leave the presentation");
        stage.setFullScreen(true);
        root.resize(bounds.getWidth(), bounds.getHeight());
        root.layout(); // the slides are laid out before the first frame, so the first slide shows at once
    }

    /** Opens the presentation of every slide full screen on the owner's screen. Call on the FX thread. */
    public static PresentationMode show(Stage owner, PlanData plan, LocalDate asAt) {
        return show(new PresentationMode(owner, plan, asAt));
    }

    /** As {@link #show(Stage, PlanData, LocalDate)}, with the report position the window shows. */
    public static PresentationMode show(Stage owner, PlanData plan, LocalDate asAt, ReportPosition position) {
        return show(new PresentationMode(owner, plan, asAt, position));
    }

    /** Opens the chosen slides as at the position's date. */
    public static PresentationMode show(Stage owner, ReportPosition position, SlideChoice choice) {
        return show(new PresentationMode(owner, position, choice));
    }

    private static PresentationMode show(PresentationMode mode) {
        mode.stage.show();
        mode.stage.toFront();
        mode.announce();
        return mode;
    }

    /**
     * Asks which slides and as at which date (the window's by default), then opens them; nothing opens when the
     * officer cancels.
     */
    public static void choose(Stage owner, PlanData plan, LocalDate asAt) {
        new SlideChooser(owner, plan, asAt).showAndWait()
                .ifPresent(c -> show(owner, c.position(), c.choice()));
    }

    private static ReportPosition positionAt(PlanData plan, LocalDate asAt) {
        try {
            return ReportPosition.of(plan, asAt);
        } catch (ValidationException beforeTheFirstSnapshot) {
            // the plan as it is now, as at the first snapshot's date: the earliest date with a report
            LocalDate first = plan.snapshots().stream().map(s -> s.asAt()).min(LocalDate::compareTo).orElse(asAt);
            return ReportPosition.of(plan, first);
        }
    }

    private void keyPressed(KeyEvent e) {
        switch (e.getCode()) {
            case PAGE_DOWN, RIGHT, DOWN, SPACE -> next();
            case PAGE_UP, LEFT, UP, BACK_SPACE -> previous();
            case HOME -> view.show(0);
            case END -> view.show(getStepCount() - 1);
            case ESCAPE -> close();
            default -> {
                return;
            }
        }
        e.consume();
        announce();
    }

    /** What a screen reader says of the slide shown: "Slide 2 of 9: Priority 1 of 5: SLCN". */
    private void announce() {
        view.setAccessibleText(getSlide() == null ? "No slide" : "Slide " + (getStep() + 1) + " of "
                + getStepCount() + ": " + getCaption());
    }

    /** The next slide; nothing after the last, so an extra click of the clicker does nothing surprising. */
    public void next() {
        view.show(view.index() + 1);
    }

    /** The slide before. */
    public void previous() {
        view.show(view.index() - 1);
    }

    /** Leaves the presentation. */
    public void close() {
        stage.close();
    }

    public Stage getStage() {
        return stage;
    }

    /** The slide shown, from 0. */
    public int getStep() {
        return view.index();
    }

    public int getStepCount() {
        return view.slides().size();
    }

    /** The slides as laid out for the screen now. */
    public List<Slide> getSlides() {
        return view.slides();
    }

    /** The slide shown. */
    public Slide getSlide() {
        return view.current();
    }

    /** Whether the slide shown is (part of) the exception report. */
    public boolean isShowingExceptions() {
        return getSlide() != null && getSlide().kind() == Slide.Kind.EXCEPTIONS;
    }

    /** Whether the slide shown is a measure's. */
    public boolean isShowingMeasures() {
        return getSlide() != null && getSlide().kind() == Slide.Kind.MEASURE;
    }

    /** What the slide shows, e.g. "Priority 2 of 5: Sensory OT" or "Whole plan: 5 priorities". */
    public String getCaption() {
        return getSlide() == null ? "" : getSlide().caption();
    }
}

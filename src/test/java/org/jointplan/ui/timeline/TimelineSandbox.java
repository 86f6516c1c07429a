package org.jointplan.ui.timeline;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.UkDates;
import org.jointplan.service.SamplePlan;
import org.jointplan.testsupport.PlanGenerator;
import org.jointplan.ui.present.PresentationMode;

/**
 * Shows the timeline control alone, with the sample plan or a generated one, to look at and try by hand:
 * {@code TimelineSandbox [sample|N] [--today 2024-10-07] [--zoom MONTH] [--select N] [--present STEP]
 * [--screenshot FILE]}.
 * Edits are applied to the plan in memory, as the window does after saving them.
 */
public final class TimelineSandbox {
    private TimelineSandbox() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The JavaFX application; separate so that main runs from the class path. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            List<String> args = new ArrayList<>(getParameters().getRaw());
            String source = args.isEmpty() || args.get(0).startsWith("--") ? "sample" : args.remove(0);
            PlanData plan = source.equals("sample") ? SamplePlan.load()
                    : PlanGenerator.plan(Integer.parseInt(source), 42);
            TimelineView view = new TimelineView(plan);
            view.setToday(LocalDate.parse(option(args, "--today", source.equals("sample") ? "2024-10-07"
                    : LocalDate.now().toString())));
            view.setZoom(TimelineZoom.valueOf(option(args, "--zoom", "MONTH")));
            Label status = new Label("Drag bars, ends and diamonds; arrows, +/-, 0; Ctrl+scroll zooms.");
            view.setOnEdit(e -> {
                status.setText("Edit: " + e.edit());
                view.setPlan(PlanEdits.apply(view.getPlan(), e.edit()));
            });
            view.selectedActionIdProperty().addListener((o, was, now) -> view.selectedAction().ifPresent(a ->
                    status.setText("Selected: " + a.title() + " (" + UkDates.numeric(a.start()) + " to "
                            + UkDates.numeric(a.due()) + ")")));
            int select = Integer.parseInt(option(args, "--select", "-1"));
            if (select >= 0) {
                view.setSelectedActionId(plan.actions().get(select).id());
            }
            BorderPane root = new BorderPane(view);
            root.setTop(toolbar(view));
            root.setBottom(status);
            BorderPane.setMargin(status, new Insets(4, 8, 4, 8));
            stage.setScene(new Scene(root, 1920, 1080));
            stage.setTitle("Timeline sandbox: " + plan.plan().title());
            stage.show();
            view.requestFocus();
            String shot = option(args, "--screenshot", null);
            String present = option(args, "--present", null);
            if (present != null) {
                PresentationMode mode = PresentationMode.show(stage, plan, view.getToday());
                afterPulses(2, () -> {
                    for (int i = 0; i < Integer.parseInt(present); i++) {
                        mode.next();
                    }
                    if (shot != null) {
                        afterPulses(4, () -> {
                            save(mode.getStage().getScene(), Path.of(shot));
                            Platform.exit();
                        });
                    }
                });
            } else if (shot != null) {
                afterPulses(3, () -> {
                    save(stage.getScene(), Path.of(shot));
                    Platform.exit();
                });
            }
        }

        private ToolBar toolbar(TimelineView view) {
            ComboBox<TimelineZoom> zoom = new ComboBox<>();
            zoom.getItems().addAll(TimelineZoom.values());
            zoom.valueProperty().bindBidirectional(view.zoomProperty());
            CheckBox weeks = new CheckBox("Snap to weeks");
            weeks.selectedProperty().addListener((o, was, now) -> view.setSnap(now ? TimelineSnap.WEEK
                    : TimelineSnap.DAY));
            CheckBox editable = new CheckBox("Editable");
            editable.selectedProperty().bindBidirectional(view.editableProperty());
            Button fit = new Button("Fit");
            fit.setOnAction(e -> view.zoomToFit());
            return new ToolBar(new Label("Zoom"), zoom, fit, weeks, editable, new BragKey());
        }
    }

    static String option(List<String> args, String name, String fallback) {
        int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : fallback;
    }

    /** Runs {@code then} once CSS, layout and the canvas have settled (a moment after showing). */
    static void afterPulses(int pulses, Runnable then) {
        javafx.animation.PauseTransition pause = new javafx.animation.PauseTransition(
                javafx.util.Duration.millis(400.0 * pulses));
        pause.setOnFinished(e -> then.run());
        pause.play();
    }

    static void save(Scene scene, Path file) {
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", new File(file.toString()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.jointplan.ui.settings;

import static org.jointplan.testsupport.DbProbe.count;
import static org.jointplan.testsupport.DbProbe.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Predicate;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.jointplan.domain.Priority;
import org.jointplan.ui.HeldModel;
import org.jointplan.ui.editor.DateField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Plan settings' reporting calendar, BRAG key and priority ratings: saved, undoable, and refusals change nothing. */
@ExtendWith(ApplicationExtension.class)
class ReportingSettingsTest {
    @TempDir
    Path dir;
    private Stage stage;
    private HeldModel held;
    private String planId;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void open(FxRobot robot) throws Exception {
        held = new HeldModel(dir.resolve("plan.sqlite"));
        planId = held.model.plan().id().toString();
        robot.interact(() -> {
            stage.setScene(new Scene(new javafx.scene.layout.Pane(), 300, 200));
            stage.show();
            new PlanSettingsWindow(stage, held.model).show();
        });
        HeldModel.await(() -> settings(robot) != null);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> robot.listWindows().stream().filter(w -> w != stage).toList()
                .forEach(w -> ((Stage) w).close()));
        held.close();
    }

    private static Stage settings(FxRobot robot) {
        return (Stage) robot.listWindows().stream().filter(w -> w instanceof Stage s
                && "Plan settings".equals(s.getTitle()) && s.isShowing()).findFirst().orElse(null);
    }

    private void tab(FxRobot robot, String title) {
        TabPane tabs = robot.from(settings(robot).getScene().getRoot()).lookup(".tab-pane").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> t.getText().equals(title)).findFirst().orElseThrow()));
    }

    private <T extends Node> T named(FxRobot robot, String name) {
        Predicate<Node> named = n -> n instanceof Control c && name.equals(c.getAccessibleText()) && n.isVisible();
        return robot.from(settings(robot).getScene().getRoot()).lookup(named).query();
    }

    private void press(FxRobot robot, String text) {
        Button button = robot.from(settings(robot).getScene().getRoot())
                .lookup((Node n) -> n instanceof Button b && text.equals(b.getText()) && b.isVisible()).query();
        robot.interact(button::fire);
    }

    /** Types a value and presses Enter, as a user would; the field saves it. */
    private void enter(FxRobot robot, String name, String value) {
        TextInputControl field = named(robot, name);
        robot.interact(() -> {
            field.setText(value);
            field.fireEvent(new ActionEvent());
        });
    }

    private String shownError(FxRobot robot) {
        return robot.from(settings(robot).getScene().getRoot()).lookup(".field-error").queryAllAs(Label.class)
                .stream().filter(l -> l.isVisible() && !l.getText().isEmpty()).map(Label::getText)
                .findFirst().orElse("");
    }

    private int committeeDates() {
        return count(held.store, "SELECT count(*) FROM committee_date WHERE plan_id = ?", planId);
    }

    @Test
    void aCommitteeDateIsAddedChangedAndDeletedEachUndoably(FxRobot robot) throws Exception {
        tab(robot, "Reporting calendar");
        ComboBox<String> name = named(robot, "Committee");
        DateField date = named(robot, "Meeting date");
        robot.interact(() -> {
            name.getEditor().setText("Health and Wellbeing Board");
            date.load(LocalDate.of(2025, 3, 12));
        });
        press(robot, "Add");
        HeldModel.await(() -> committeeDates() == 1);
        assertEquals("Health and Wellbeing Board", text(held.store, "SELECT name FROM committee_date"));
        assertEquals("2025-03-12", text(held.store, "SELECT meeting_date FROM committee_date"));

        ListView<?> list = named(robot, "Committee dates");
        robot.interact(() -> list.getSelectionModel().select(0));
        robot.interact(() -> date.load(LocalDate.of(2025, 3, 19)));
        press(robot, "Change");
        HeldModel.await(() -> "2025-03-19".equals(text(held.store, "SELECT meeting_date FROM committee_date")));

        robot.interact(() -> list.getSelectionModel().select(0));
        press(robot, "Delete");
        HeldModel.await(() -> committeeDates() == 0);
        robot.interact(held.model::undo);
        HeldModel.await(() -> committeeDates() == 1);
    }

    @Test
    void theUsualDatesAreAddedOnceAsOneChange(FxRobot robot) throws Exception {
        tab(robot, "Reporting calendar");
        press(robot, "Add the usual dates");
        HeldModel.await(() -> committeeDates() == 5);
        assertEquals(3, count(held.store, "SELECT count(*) FROM committee_date WHERE name = ?",
                UsualCommitteeDates.SCG));
        assertEquals("Add the usual committee dates", held.model.undoTextProperty().get());
        press(robot, "Add the usual dates");
        HeldModel.await(() -> shownError(robot).contains("already"));
        assertEquals(5, committeeDates(), "no date is added twice");
        robot.interact(held.model::undo);
        HeldModel.await(() -> committeeDates() == 0);
    }

    @Test
    void aCommitteeWithoutANameIsRefusedAndNothingIsSaved(FxRobot robot) throws Exception {
        tab(robot, "Reporting calendar");
        ComboBox<String> name = named(robot, "Committee");
        robot.interact(() -> name.getEditor().setText("  "));
        press(robot, "Add");
        HeldModel.await(() -> !shownError(robot).isEmpty());
        assertTrue(shownError(robot).contains("committee's name"), shownError(robot));
        assertEquals(0, committeeDates());
        assertNull(held.model.undoTextProperty().get(), "nothing was saved");
    }

    @Test
    void aWordOfTheBragKeyIsSavedAndADuplicateOrBlankWordIsRefused(FxRobot robot) throws Exception {
        tab(robot, "BRAG key");
        enter(robot, "Word for Blue", "Done");
        HeldModel.await(() -> "Done".equals(text(held.store,
                "SELECT label FROM brag_key WHERE plan_id = ? AND status = 'complete'", planId)));
        enter(robot, "Meaning of Blue", "Delivered and signed off");
        HeldModel.await(() -> "Delivered and signed off".equals(text(held.store,
                "SELECT meaning FROM brag_key WHERE plan_id = ? AND status = 'complete'", planId)));
        String undo = held.model.undoTextProperty().get();
        assertEquals("Change the plan's BRAG key", undo);

        enter(robot, "Word for Red", "on TRACK");
        HeldModel.await(() -> shownError(robot).contains("same word"));
        assertEquals("⚠ Two statuses of the BRAG key have the same word, 'on TRACK'; give each its own.",
                shownError(robot));
        enter(robot, "Word for Amber", "");
        HeldModel.await(() -> shownError(robot).contains("Amber"));
        assertEquals("Off track", text(held.store,
                "SELECT label FROM brag_key WHERE plan_id = ? AND status = 'off_track'", planId));
        assertEquals("At risk", text(held.store,
                "SELECT label FROM brag_key WHERE plan_id = ? AND status = 'at_risk'", planId));
        assertEquals(undo, held.model.undoTextProperty().get());
    }

    @Test
    void anOverriddenRatingNeedsAReasonAndConfidenceIsOptional(FxRobot robot) throws Exception {
        tab(robot, "Priorities");
        Priority first = held.model.plan().priorities().stream()
                .min(java.util.Comparator.comparingInt(Priority::order)).orElseThrow();
        ListView<?> list = named(robot, "Priorities");
        robot.interact(() -> list.getSelectionModel().select(0));
        ComboBox<Object> rating = named(robot, "Overall rating");
        ComboBox<Object> confidence = named(robot, "Confidence in the outcome");
        TextInputControl reason = named(robot, "Reason for the rating");
        assertEquals("Worked out from its actions", rating.getItems().get(0).toString());
        assertTrue(rating.getItems().stream().anyMatch(c -> c.toString().equals("✕ Off track (Red)")),
                rating.getItems().toString());
        robot.interact(() -> {
            rating.getSelectionModel().select(4);
            reason.setText(" ");
        });
        press(robot, "Save the ratings");
        HeldModel.await(() -> !shownError(robot).isEmpty());
        assertEquals("⚠ Overriding the rating of " + first.name() + " needs a reason.", shownError(robot));
        assertNull(text(held.store, "SELECT rating_override FROM priority WHERE id = ?", first.id()));

        robot.interact(() -> {
            reason.setText("The new service starts in April; the contracts end in March.");
            confidence.getSelectionModel().select(3);
        });
        press(robot, "Save the ratings");
        HeldModel.await(() -> "low".equals(text(held.store, "SELECT confidence FROM priority WHERE id = ?",
                first.id())));
        assertEquals("off_track", text(held.store, "SELECT rating_override FROM priority WHERE id = ?", first.id()));
        assertEquals("", shownError(robot));

        robot.interact(() -> rating.getSelectionModel().select(0));
        press(robot, "Save the ratings");
        HeldModel.await(() -> text(held.store, "SELECT rating_override FROM priority WHERE id = ?",
                first.id()) == null);
        assertEquals("", text(held.store, "SELECT override_reason FROM priority WHERE id = ?", first.id()));
    }
}

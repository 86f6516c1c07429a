package org.jointplan.ui;

import static org.jointplan.testsupport.DbProbe.count;
import static org.jointplan.testsupport.DbProbe.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.jointplan.service.ReportingCycle;
import org.jointplan.testsupport.OctoberSample;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Plan > Agree the baseline…, Record the position as at… and Report snapshots… on the real window and store. */
class ReportingMenusTest extends OpenWindowTest {
    /** The sample as it stood in October 2024: the reporting cycle starts from no baseline and no report. */
    @Override
    protected void prepareStore() {
        OctoberSample.store(store);
    }


    private void menu(FxRobot robot, String item) {
        robot.clickOn("Plan").clickOn(item);
    }

    private void press(FxRobot robot, DialogPane dialog, ButtonBar.ButtonData which) {
        Button button = (Button) dialog.getButtonTypes().stream().filter(t -> t.getButtonData() == which)
                .map(dialog::lookupButton).findFirst().orElseThrow();
        robot.interact(button::fire);
    }

    private int baselined() {
        return count(store, "SELECT count(*) FROM action WHERE baseline_due IS NOT NULL");
    }

    private int snapshots() {
        return count(store, "SELECT count(*) FROM report_snapshot");
    }

    /** 31 March, 30 June, 30 September or 31 December: the last of them on or before today. */
    private static LocalDate lastQuarterEnd() {
        LocalDate day = LocalDate.now();
        while (day.getMonthValue() % 3 != 0 || day.getDayOfMonth() != day.lengthOfMonth()) {
            day = day.minusDays(1);
        }
        return day;
    }

    @Test
    void agreeingTheBaselineAsksFirstSaysHowManyAndIsUndoable(FxRobot robot) throws Exception {
        int actions = fixture.model().plan().actions().size();
        menu(robot, "Agree the baseline…");
        press(robot, WindowFixture.awaitDialog(robot, "Agree the baseline"), ButtonBar.ButtonData.CANCEL_CLOSE);
        assertEquals(0, baselined(), "cancelled: nothing changed");

        menu(robot, "Agree the baseline…");
        press(robot, WindowFixture.awaitDialog(robot, "Agree the baseline"), ButtonBar.ButtonData.OK_DONE);
        DialogPane notice = WindowFixture.awaitDialog(robot, "Baseline agreed");
        assertEquals(actions + " actions now have a baseline.", notice.getContentText());
        assertEquals(actions, baselined());
        robot.interact(() -> ((Stage) notice.getScene().getWindow()).close());

        assertEquals("Agree the baseline", fixture.model().undoTextProperty().get());
        robot.interact(fixture.model()::undo);
        WindowFixture.await(() -> baselined() == 0);
    }

    @Test
    void recordingThePositionOffersTheLastQuarterEndAndAsksBeforeReplacing(FxRobot robot) throws Exception {
        menu(robot, "Record the position as at…");
        DialogPane form = WindowFixture.awaitDialog(robot, "Record the position");
        LocalDate asAt = lastQuarterEnd();
        DatePicker date = robot.from(form).lookup(".date-picker").queryAs(DatePicker.class);
        assertEquals(asAt, date.getValue());
        TextField label = robot.from(form).lookup((javafx.scene.Node n) -> n instanceof TextField t && "Label".equals(
                t.getAccessibleText())).queryAs(TextField.class);
        assertEquals("SCG, " + org.jointplan.domain.FinancialYear.quarterLabel(asAt), label.getText());
        press(robot, form, ButtonBar.ButtonData.OK_DONE);
        WindowFixture.await(() -> snapshots() == 1);
        assertEquals(asAt.toString(), text(store, "SELECT as_at FROM report_snapshot"));
        DialogPane notice = WindowFixture.awaitDialog(robot, "Position recorded");
        robot.interact(() -> ((Stage) notice.getScene().getWindow()).close());
        String first = text(store, "SELECT id FROM report_snapshot");

        menu(robot, "Record the position as at…");
        DialogPane again = WindowFixture.awaitDialog(robot, "Record the position");
        Button record = (Button) again.lookupButton(again.getButtonTypes().get(0));
        javafx.application.Platform.runLater(record::fire); // the question it asks next waits for an answer
        press(robot, WindowFixture.awaitDialog(robot, "Replace the snapshot"), ButtonBar.ButtonData.OK_DONE);
        WindowFixture.await(() -> !first.equals(text(store, "SELECT id FROM report_snapshot")));
        assertEquals(1, snapshots(), "replaced, never duplicated");
    }

    @Test
    void aSnapshotBeforeThePlanStartsIsRefusedWithOneSentence(FxRobot robot) throws Exception {
        menu(robot, "Record the position as at…");
        DialogPane form = WindowFixture.awaitDialog(robot, "Record the position");
        DatePicker date = robot.from(form).lookup(".date-picker").queryAs(DatePicker.class);
        robot.interact(() -> date.getEditor().setText("31/03/2024"));
        press(robot, form, ButtonBar.ButtonData.OK_DONE);
        DialogPane notice = WindowFixture.awaitDialog(robot, "The position was not recorded");
        assertEquals("The plan starts on 01/08/2024; a snapshot cannot be as at 31/03/2024, before it.",
                notice.getContentText());
        assertEquals(0, snapshots());
    }

    @Test
    void aSnapshotDeletedFromTheListComesBackWithUndo(FxRobot robot) throws Exception {
        robot.interact(() -> fixture.model().apply(p -> ReportingCycle.recordSnapshot(p, LocalDate.of(2024, 12, 31),
                "SCG, Q3 2024/25", LocalDate.now(), false)));
        WindowFixture.await(() -> snapshots() == 1);
        robot.interact(() -> fixture.model().apply(p -> ReportingCycle.recordSnapshot(p, LocalDate.of(2025, 3, 31),
                "SCG, Q4 2024/25", LocalDate.now(), false)));
        WindowFixture.await(() -> snapshots() == 2);
        menu(robot, "Report snapshots…");
        WindowFixture.await(() -> robot.listWindows().stream().anyMatch(w -> w instanceof Stage s
                && "Report snapshots".equals(s.getTitle())));
        Stage window = (Stage) robot.listWindows().stream().filter(w -> w instanceof Stage s
                && "Report snapshots".equals(s.getTitle())).findFirst().orElseThrow();
        TableView<?> table = robot.from(window.getScene().getRoot()).lookup(".table-view").queryAs(TableView.class);
        assertEquals(2, table.getItems().size());
        String shown = robot.from(table).lookup(".table-cell").queryAllAs(javafx.scene.control.TableCell.class)
                .stream().map(c -> String.valueOf(c.getText())).reduce("", (a, b) -> a + "|" + b);
        assertTrue(shown.contains("31/03/2025") && shown.contains("SCG, Q4 2024/25"), shown);
        String who = text(store, "SELECT changed_by FROM report_snapshot LIMIT 1");
        assertTrue(shown.contains(who), "who recorded it, " + who + ": " + shown);
        robot.interact(() -> table.getSelectionModel().select(0));
        String kept = text(store, "SELECT as_at FROM report_snapshot ORDER BY as_at LIMIT 1");
        Button delete = robot.from(window.getScene().getRoot()).lookup("Delete").queryButton();
        robot.interact(delete::fire);
        WindowFixture.await(() -> snapshots() == 1);
        assertEquals(1, table.getItems().size());
        assertNotEquals("", kept);
        robot.interact(fixture.model()::undo);
        WindowFixture.await(() -> snapshots() == 2);
        WindowFixture.await(() -> table.getItems().size() == 2);
        robot.interact(window::close);
    }
}

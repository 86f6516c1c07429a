package org.jointplan.ui;

import static org.jointplan.testsupport.DbProbe.count;
import static org.jointplan.testsupport.DbProbe.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import org.jointplan.chart.ChartLayout;
import org.jointplan.chart.ChartSeries;
import org.jointplan.domain.Frequency;
import org.jointplan.domain.Measure;
import org.jointplan.domain.MeasurePeriod;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The Measures tab and the measure editor in the real window, on the sample plan in a real store. */
class MeasuresWindowTest extends OpenWindowTest {

    private PlanScreen screen(FxRobot robot) {
        return robot.lookup(n -> n instanceof PlanScreen).queryAs(PlanScreen.class);
    }

    private Measure measure(String start) {
        return fixture.model().plan().measures().stream().filter(m -> m.name().startsWith(start)).findFirst()
                .orElseThrow();
    }

    /** Ctrl+6, then the measure chosen in the list: its editor is beside it. */
    private PlanScreen showMeasure(FxRobot robot, UUID id) throws Exception {
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT6).release(KeyCode.CONTROL);
        PlanScreen screen = screen(robot);
        WindowFixture.await(screen::showsMeasures);
        robot.interact(() -> screen.measures().selectedProperty().set(id));
        return screen;
    }

    private void paste(FxRobot robot, PlanScreen screen, String text) {
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
            screen.measureEditor().figuresTable().requestFocus();
        });
        robot.press(KeyCode.CONTROL).type(KeyCode.V).release(KeyCode.CONTROL);
    }

    private static long figures(ChartSeries series) {
        return series.actuals().stream().filter(Objects::nonNull).count();
    }

    private void press(FxRobot robot, DialogPane dialog, ButtonBar.ButtonData data) {
        Button button = dialog.getButtonTypes().stream().filter(t -> t.getButtonData() == data)
                .map(t -> (Button) dialog.lookupButton(t)).findFirst().orElseThrow();
        robot.interact(button::fire);
    }

    @Test
    void ctrlSixListsThePlansMeasuresInWordsAndAPriorityChosenInTheNavigatorShowsItsOwn(FxRobot robot)
            throws Exception {
        PlanScreen screen = showMeasure(robot, null);
        var lines = screen.measures().table().getItems();
        assertEquals(4, lines.size(), "all the plan's measures at first");
        assertTrue(lines.stream().allMatch(l -> l.status().matches("[✓≈✗–] .+")), "a symbol and words");
        assertTrue(lines.stream().anyMatch(l -> l.latest().equals("36.6% (Jul 2024)")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.variation().startsWith("Common cause")
                || l.variation().startsWith("Special cause")));
        var ot = fixture.model().plan().priorities().stream().filter(p -> p.id().equals(
                measure("Children waiting").priorityId())).findFirst().orElseThrow();
        robot.interact(() -> screen.navigator().getSelectionModel().select(screen.navigator().getRoot()
                .getChildren().stream().filter(i -> i.getValue().priority().id().equals(ot.id())).findFirst()
                .orElseThrow()));
        assertEquals(1, screen.measures().table().getItems().size(), "the OT priority's own measure");
        assertTrue(screen.measures().table().getItems().get(0).latest().startsWith("< 5") || screen.measures()
                .table().getItems().get(0).latest().startsWith("121"));
    }

    @Test
    void pastingTwoColumnsFromASpreadsheetRecordsThemAndTheChartChanges(FxRobot robot) throws Exception {
        Measure ehc = measure("% of new EHC");
        PlanScreen screen = showMeasure(robot, ehc.id());
        var chart = screen.measures().detail().chart();
        WindowFixture.await(() -> chart.getChartLayout() != null);
        ChartLayout before = chart.getChartLayout();
        long shown = figures(chart.getSeries());
        paste(robot, screen, "Month\tValue\r\n2024-08\t40.1\r\n\r\n2024-09\t41.0\r\n");
        WindowFixture.await(() -> figures(chart.getSeries()) == shown + 2);
        assertNotSame(before, chart.getChartLayout(), "the chart was drawn again");
        assertEquals(MeasurePeriod.parse(Frequency.MONTHLY, "2024-09").label(),
                chart.getSeries().periods().get(chart.getSeries().periods().size() - 1));
        assertEquals(2, count(store, "SELECT count(*) FROM measure_value WHERE measure_id = ? AND value_date IN"
                + " ('2024-08-01', '2024-09-01')", ehc.id().toString()));
        assertTrue(screen.measures().table().getItems().stream().anyMatch(l -> l.latest().startsWith("41.0% (Sep")));
    }

    @Test
    void aPastedPeriodThatHasAFigureAsksOnceAndCancelKeepsTheFigureThenReplaceNeverKeepsTwo(FxRobot robot)
            throws Exception {
        Measure ehc = measure("% of new EHC");
        PlanScreen screen = showMeasure(robot, ehc.id());
        int stored = count(store, "SELECT count(*) FROM measure_value WHERE measure_id = ?", ehc.id().toString());
        paste(robot, screen, "2024-06\t50\n2024-07\t51\n");
        DialogPane question = WindowFixture.awaitDialog(robot, "Replace figures?");
        assertTrue(question.getContentText().startsWith("Jun 2024 and Jul 2024 already have figures."),
                question.getContentText());
        press(robot, question, ButtonBar.ButtonData.CANCEL_CLOSE);
        assertEquals("36.6", text(store, "SELECT actual FROM measure_value WHERE measure_id = ? AND value_date ="
                + " '2024-07-01'", ehc.id().toString()));

        paste(robot, screen, "2024-06\t50\n2024-07\t51\n");
        press(robot, WindowFixture.awaitDialog(robot, "Replace figures?"), ButtonBar.ButtonData.OK_DONE);
        WindowFixture.await(() -> "51.0".equals(text(store, "SELECT actual FROM measure_value WHERE measure_id = ?"
                + " AND value_date = '2024-07-01'", ehc.id().toString())));
        assertEquals(stored, count(store, "SELECT count(*) FROM measure_value WHERE measure_id = ?",
                ehc.id().toString()), "replaced, never a second figure for a period");
    }

    @Test
    void aPastedFigureThatIsNotANumberIsToldInASentenceAndNothingIsStored(FxRobot robot) throws Exception {
        Measure ehc = measure("% of new EHC");
        PlanScreen screen = showMeasure(robot, ehc.id());
        paste(robot, screen, "2024-08\t40.1\n2024-09\tabc\n");
        DialogPane told = WindowFixture.awaitDialog(robot, "The pasted figures were not recorded");
        assertTrue(told.getContentText().matches("[A-Z][^\\n]*\\.") && told.getContentText().contains("2"),
                told.getContentText());
        robot.interact(() -> ((Button) told.lookupButton(ButtonType.OK)).fire());
        assertEquals(0, count(store, "SELECT count(*) FROM measure_value WHERE measure_id = ? AND value_date >="
                + " '2024-08-01' AND actual IS NOT NULL", ehc.id().toString()), "nothing stored half-way");
    }

    @Test
    void theEditorSavesTheFieldsTogetherAndRefusesABaselineWithoutItsDate(FxRobot robot) throws Exception {
        Measure ehc = measure("% of new EHC");
        PlanScreen screen = showMeasure(robot, ehc.id());
        var editor = screen.measureEditor();
        assertTrue(editor.field("Frequency").isDisabled(), "a measure with figures keeps its frequency");
        assertTrue(editor.frequencyLocked().startsWith("Locked:"));
        TextField name = editor.nameField();
        TextField source = (TextField) editor.field("Source");
        robot.interact(() -> {
            name.setText("EHC plans issued within 20 weeks");
            source.setText("SEND team return");
            name.fireEvent(new javafx.event.ActionEvent());
        });
        WindowFixture.await(() -> "EHC plans issued within 20 weeks".equals(text(store,
                "SELECT name FROM measure WHERE id = ?", ehc.id().toString())));
        assertEquals("SEND team return", text(store, "SELECT source FROM measure WHERE id = ?", ehc.id().toString()));

        robot.interact(() -> {
            ((TextField) editor.field("Baseline value")).setText("20");
            source.setText("Changed, but not saved");
            name.fireEvent(new javafx.event.ActionEvent());
        });
        DialogPane told = WindowFixture.awaitDialog(robot, "The measure was not saved");
        assertEquals("Give the baseline's value and its date, or neither.", told.getContentText());
        robot.interact(() -> ((Button) told.lookupButton(ButtonType.OK)).fire());
        assertEquals("SEND team return", text(store, "SELECT source FROM measure WHERE id = ?", ehc.id().toString()));
    }

    @Test
    void rebasingAfterAPeriodIsStoredAndMarkedInTheTable(FxRobot robot) throws Exception {
        Measure ehc = measure("% of new EHC");
        PlanScreen screen = showMeasure(robot, ehc.id());
        var table = screen.measureEditor().figuresTable();
        robot.interact(() -> table.getSelectionModel().select(11)); // Dec 2023
        robot.interact(() -> screen.measureEditor().rebaseButton().fire());
        WindowFixture.await(() -> count(store, "SELECT count(*) FROM measure_rebase WHERE measure_id = ? AND"
                + " after_period = '2023-12-01'", ehc.id().toString()) == 1);
        WindowFixture.await(() -> screen.measures().detail().chart().getSeries().rebaseAt().size() == 1);
        assertTrue(table.getColumns().get(0).getCellData(11).toString().contains("⟂"));
    }

    @Test
    void planAddMeasureAddsItAndOpensItInTheEditor(FxRobot robot) throws Exception {
        var item = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class).getMenus().stream()
                .filter(m -> m.getText().equals("_Plan")).flatMap(m -> m.getItems().stream())
                .filter(i -> "Add _measure…".equals(i.getText())).findFirst().orElseThrow();
        robot.interact(item::fire);
        DialogPane form = WindowFixture.awaitDialog(robot, "Add measure");
        robot.interact(() -> ((TextField) form.lookup(".text-field")).setText("Looked-after children with an EHC plan"));
        press(robot, form, ButtonBar.ButtonData.OK_DONE);
        WindowFixture.await(() -> count(store, "SELECT count(*) FROM measure WHERE name = ?",
                "Looked-after children with an EHC plan") == 1);
        PlanScreen screen = screen(robot);
        WindowFixture.await(() -> screen.showsMeasures() && "Looked-after children with an EHC plan".equals(
                screen.measureEditor().nameField().getText()));
    }

    @Test
    void theListFollowsTheWindowsAsAtDate(FxRobot robot) throws Exception {
        PlanScreen screen = showMeasure(robot, null);
        robot.interact(() -> fixture.model().asAtProperty().set(LocalDate.of(2024, 6, 30)));
        assertTrue(screen.measures().table().getItems().stream().anyMatch(l -> l.latest().equals("42.7% (Jun 2024)")));
    }
}

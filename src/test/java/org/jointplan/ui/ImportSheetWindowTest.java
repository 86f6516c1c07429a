package org.jointplan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.jointplan.domain.ImportNote;
import org.jointplan.domain.ImportedField;
import org.jointplan.domain.IncomingPlan;
import org.jointplan.service.InlineTaskRunner;
import org.jointplan.sheet.MappedColumn;
import org.jointplan.sheet.ReadCell;
import org.jointplan.sheet.ReadRow;
import org.jointplan.sheet.SheetAnswers;
import org.jointplan.sheet.SheetField;
import org.jointplan.sheet.SheetInfo;
import org.jointplan.sheet.SheetMapping;
import org.jointplan.sheet.SheetPreview;
import org.jointplan.sheet.SheetQuestion;
import org.jointplan.sheet.SheetShape;
import org.jointplan.sheet.write.TrackerFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The import preview: the plan as it will be, each row's warnings and questions beside it, a question answered in
 * the window (the file read again with the answer), a column's field changed, and nothing added until confirmed.
 */
@ExtendWith(ApplicationExtension.class)
class ImportSheetWindowTest {
    private static final String J5 = "Sheet 'Tracker', row 5, cell J5";
    private static final List<MappedColumn> COLUMNS = List.of(new MappedColumn("A", "Ref", SheetField.REFERENCE),
            new MappedColumn("C", "Action", SheetField.TITLE), new MappedColumn("H", "Target date", SheetField.DUE),
            new MappedColumn("J", "RAG", SheetField.STATUS));
    private static final SheetQuestion AMBER_GREEN = new SheetQuestion(SheetQuestion.Kind.STATUS, "Amber/Green",
            List.of(J5), "Is 'Amber/Green' At risk or On track?", List.of(new SheetQuestion.Choice("AT_RISK",
                    "At risk"), new SheetQuestion.Choice("ON_TRACK", "On track")));

    private static final SheetQuestion SUMMER = new SheetQuestion(SheetQuestion.Kind.DATE, "Summer 2025",
            List.of("Sheet 'Tracker', row 7, cell H7"), "Which day is 'Summer 2025'?", List.of(
                    new SheetQuestion.Choice("01/06/2025", "Its first day, 01/06/2025"),
                    new SheetQuestion.Choice("31/08/2025", "Its last day, 31/08/2025")));

    private Stage stage;
    private final List<SheetMapping> mappings = new ArrayList<>();
    private final List<SheetAnswers> answers = new ArrayList<>();
    private final List<String> confirmed = new ArrayList<>();
    private ImportSheetWindow window;
    private boolean askingADate;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new Pane(), 300, 200));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> robot.listWindows().stream().filter(w -> w != stage).toList()
                .forEach(w -> ((Stage) w).close()));
    }

    /** Reads "the file": a question about J5 until it is answered, then the plan. */
    private SheetPreview read(SheetMapping mapping, SheetAnswers given) {
        mappings.add(mapping);
        answers.add(given);
        boolean answered = given.choice(SheetQuestion.Kind.STATUS, "Amber/Green").isPresent();
        List<MappedColumn> columns = mapping == null ? COLUMNS : COLUMNS.stream().map(c -> new MappedColumn(
                c.letter(), c.header(), mapping.fieldOf(c.letter(), c.header()).orElse(c.field()))).toList();
        List<ReadRow> rows = List.of(
                new ReadRow("Tracker", 4, "SLCN", "1.1", "Set up an SLCN advice line", List.of(
                        new ReadCell("H4", SheetField.DUE, "Mar-25", "31/03/2025"),
                        new ReadCell("J4", SheetField.STATUS, "G", "On track"))),
                new ReadRow("Tracker", 5, "SLCN", "1.2", "Review the autism pathway", List.of(
                        new ReadCell("J5", SheetField.STATUS, "Amber/Green", answered ? "At risk" : "?"))),
                new ReadRow("Tracker", 7, "Sleep", "2.1", "Launch the sleep helpline", List.of()));
        List<ImportNote> notes = List.of(
                ImportNote.warning("Sheet 'Tracker', row 4, cell H4", "'Mar-25' was read as the last day of"
                        + " March 2025."),
                ImportNote.skipped("Sheet 'Tracker', row 9", "A hidden row was left out."),
                ImportNote.notCarriedOver("", "The column 'Budget' is not part of a plan."));
        IncomingPlan plan = new IncomingPlan("tracker.xlsx", TrackerFixture.plan(), Set.of(ImportedField.TITLE),
                Map.of(), notes);
        return new SheetPreview("tracker.xlsx", List.of(new SheetInfo("Tracker", true, 3, SheetShape.values()[0],
                columns, 3)), mapping == null ? new SheetMapping(List.of()) : mapping, "ref|action|target date|rag",
                rows, notes, askingADate ? List.of(SUMMER) : answered ? List.of() : List.of(AMBER_GREEN),
                answered && !askingADate ? Optional.of(plan) : Optional.empty());
    }

    private void open(FxRobot robot) throws Exception {
        robot.interact(() -> {
            ImportSheetModel model = new ImportSheetModel(this::read, new InlineTaskRunner());
            window = new ImportSheetWindow(stage, "Joint plan 2024/25", model, new ImportSheetWindow.Confirm() {
                @Override
                public void addAsNew(SheetPreview preview, IncomingPlan incoming) {
                    confirmed.add("new " + incoming.source());
                }

                @Override
                public void update(SheetPreview preview, IncomingPlan incoming) {
                    confirmed.add("update " + incoming.source());
                }
            });
            window.show();
            model.read();
        });
    }

    private <T extends Node> T find(Class<T> type, java.util.function.Predicate<T> which) {
        return window.stage().getScene().getRoot().lookupAll("*").stream().filter(type::isInstance).map(type::cast)
                .filter(which).findFirst().orElseThrow();
    }

    private Button button(String text) {
        return find(Button.class, b -> b.getText().equals(text));
    }

    @Test
    void thePreviewShowsThePrioritiesAndActionsWithEachWarningAndQuestionBesideItsRow(FxRobot robot)
            throws Exception {
        open(robot);
        @SuppressWarnings("unchecked")
        TreeTableView<ImportSheetWindow.Item> tree = find(TreeTableView.class, t -> true);
        List<TreeItem<ImportSheetWindow.Item>> priorities = tree.getRoot().getChildren();
        assertEquals(List.of("SLCN", "Sleep"), priorities.stream().map(p -> p.getValue().title()).toList());
        ImportSheetWindow.Item advice = priorities.get(0).getChildren().get(0).getValue();
        assertEquals("1.1", advice.ref());
        assertEquals("Row 4", advice.where(), "one sheet read: its name goes without saying");
        assertEquals("H4: Check: 'Mar-25' was read as the last day of March 2025.", advice.notes());
        assertEquals("J5: Question: Is 'Amber/Green' At risk or On track?",
                priorities.get(0).getChildren().get(1).getValue().notes());
        assertEquals("", priorities.get(1).getChildren().get(0).getValue().notes());

        robot.interact(() -> tree.getSelectionModel().select(priorities.get(0).getChildren().get(0)));
        String detail = find(TextArea.class, t -> true).getText();
        assertTrue(detail.contains("Due H4: 'Mar-25' read as 31/03/2025"), detail);
        assertTrue(detail.contains("Status J4: 'G' read as On track"), detail);

        @SuppressWarnings("unchecked")
        ListView<String> skipped = find(ListView.class, l -> l.getItems().contains(
                "Sheet 'Tracker', row 9: A hidden row was left out."));
        assertEquals(1, skipped.getItems().size());
        find(ListView.class, l -> l.getItems().contains("The column 'Budget' is not part of a plan."));
        assertTrue(button("_Add as a new plan").isDisable(), "a question is open");
        assertTrue(button("_Update 'Joint plan 2024/25'…").isDisable());
        assertTrue(confirmed.isEmpty());
    }

    @Test
    void answeringTheQuestionReadsTheFileAgainWithTheAnswerAndLetsThePlanBeAdded(FxRobot robot) throws Exception {
        open(robot);
        @SuppressWarnings("unchecked")
        ComboBox<SheetQuestion.Choice> choice = find(ComboBox.class, c -> c.getItems().contains(
                AMBER_GREEN.choices().get(0)));
        assertNull(choice.getValue());
        assertEquals("At risk", choice.getConverter().toString(choice.getItems().get(0)));
        robot.interact(() -> choice.getSelectionModel().select(0));
        assertEquals(2, answers.size(), "read again");
        assertEquals(Optional.of("AT_RISK"), answers.get(1).choice(SheetQuestion.Kind.STATUS, "amber/green"));
        assertFalse(button("_Add as a new plan").isDisable());
        assertFalse(button("_Update 'Joint plan 2024/25'…").isDisable());
        robot.interact(() -> button("_Add as a new plan").fire());
        assertEquals(List.of("new tracker.xlsx"), confirmed);
        assertFalse(window.stage().isShowing());
    }

    @Test
    void changingAColumnsFieldReadsTheFileAgainWithThatMapping(FxRobot robot) throws Exception {
        open(robot);
        @SuppressWarnings("unchecked")
        ComboBox<SheetField> due = find(ComboBox.class, c -> c.getValue() == SheetField.DUE);
        assertEquals("Due", due.getConverter().toString(SheetField.DUE));
        assertEquals("(not read)", due.getConverter().toString(SheetField.IGNORED));
        robot.interact(() -> due.setValue(SheetField.IGNORED));
        assertEquals(2, mappings.size());
        assertNull(mappings.get(0), "first read with the suggested or remembered mapping");
        assertEquals(Optional.of(SheetField.IGNORED), mappings.get(1).fieldOf("H", "Target date"));
        find(ComboBox.class, c -> c.getValue() == SheetField.IGNORED); // shown again as read
    }

    @Test
    void aDateQuestionAlsoTakesADayTypedAndSaysWhenTheTypingIsNoDate(FxRobot robot) throws Exception {
        askingADate = true;
        open(robot);
        javafx.scene.control.TextField typed = find(javafx.scene.control.TextField.class,
                t -> "or type the date, dd/mm/yyyy, and press Enter".equals(t.getPromptText()));
        robot.interact(() -> {
            typed.setText("late summer");
            typed.fireEvent(new javafx.event.ActionEvent());
        });
        assertEquals(1, answers.size(), "not read again");
        find(javafx.scene.control.Label.class, l -> ("'late summer' is not a date; type it as dd/mm/yyyy, such as"
                + " 31/07/2025.").equals(l.getText()));
        robot.interact(() -> {
            typed.setText("31/7/2025");
            typed.fireEvent(new javafx.event.ActionEvent());
        });
        assertEquals(2, answers.size());
        assertEquals(Optional.of("31/07/2025"), answers.get(1).choice(SheetQuestion.Kind.DATE, "Summer 2025"));
    }
}

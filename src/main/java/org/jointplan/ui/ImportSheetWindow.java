package org.jointplan.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.jointplan.domain.ImportNote;
import org.jointplan.domain.IncomingPlan;
import org.jointplan.domain.UkDates;
import org.jointplan.domain.ValidationException;
import org.jointplan.sheet.MappedColumn;
import org.jointplan.sheet.SheetField;
import org.jointplan.sheet.SheetInfo;
import org.jointplan.sheet.SheetPreview;
import org.jointplan.sheet.SheetQuestion;

/**
 * File > Import spreadsheet…: the plan as the file will give it, before anything is stored. On the left the
 * priorities and their actions as read, each row with its warnings and questions, and below them how the selected
 * row's cells were read; on the right the questions to answer (one choice per distinct value), the field of each
 * column (changing one reads the file again), the rows skipped and the notes on the file as a whole. The plan is
 * added or used to update the plan on screen only when every question is answered and the person confirms.
 */
final class ImportSheetWindow {
    /** What confirming does with the preview accepted and its plan. */
    interface Confirm {
        void addAsNew(SheetPreview preview, IncomingPlan incoming);

        void update(SheetPreview preview, IncomingPlan incoming);
    }

    /** One line of the tree: a priority (no row) or an action row. */
    record Item(String ref, String title, String where, String notes, ImportSheetRows.Line line) {
    }

    private final Stage stage = new Stage();
    private final ImportSheetModel model;
    private final Label summary = new Label();
    private final TreeTableView<Item> tree = new TreeTableView<>();
    private final TextArea detail = new TextArea();
    private final VBox questions = new VBox(10);
    private final GridPane columns = new GridPane();
    private final ListView<String> skipped = new ListView<>();
    private final ListView<String> elsewhere = new ListView<>();
    private final TitledPane questionsPane = new TitledPane("Questions", questions);
    private final TitledPane skippedPane = new TitledPane("Rows skipped", skipped);
    private final TitledPane elsewherePane = new TitledPane("Notes on the file", elsewhere);
    private final Label status = new Label();

    ImportSheetWindow(Window owner, String openPlanTitle, ImportSheetModel model, Confirm confirm) {
        this.model = model;
        stage.initOwner(owner);
        stage.setTitle("Import spreadsheet");
        summary.setWrapText(true);
        summary.getStyleClass().add("import-summary");
        tree.setShowRoot(false);
        tree.setAccessibleText("The plan as it will be imported");
        tree.setPlaceholder(new Label("Reading the file…"));
        TreeTableColumn<Item, String> title = column("Priority / action", Item::title, 330);
        tree.getColumns().setAll(List.of(column("Ref", Item::ref, 56), title, column("Row", Item::where, 90),
                column("Warnings and questions", Item::notes, 300)));
        tree.setTreeColumn(title); // the indent and the arrow beside the titles, not in the narrow Ref column
        tree.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        tree.getSelectionModel().selectedItemProperty().addListener((obs, o, item) -> showDetail(item));
        detail.setEditable(false);
        detail.setWrapText(true);
        detail.setPrefRowCount(6);
        detail.setAccessibleText("How the selected row was read");
        detail.setPromptText("Select an action to see how each of its cells was read.");
        SplitPane left = new SplitPane(tree, detail);
        left.setOrientation(Orientation.VERTICAL);
        left.setDividerPositions(0.72);

        columns.setHgap(8);
        columns.setVgap(6);
        skipped.setPrefHeight(120);
        elsewhere.setPrefHeight(120);
        questions.setFillWidth(true);
        TitledPane columnsPane = new TitledPane("Columns", columns);
        VBox side = new VBox(8, questionsPane, columnsPane, skippedPane, elsewherePane);
        side.setPadding(new Insets(8));
        ScrollPane sideScroll = new ScrollPane(side);
        sideScroll.setFitToWidth(true);
        sideScroll.setMinWidth(340);
        SplitPane centre = new SplitPane(left, sideScroll);
        centre.setDividerPositions(0.64);

        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(22, 22);
        busy.visibleProperty().bind(model.readingProperty());
        status.setWrapText(true);
        bindStatus();
        Button addNew = new Button("_Add as a new plan");
        Button update = new Button("_Update '" + openPlanTitle + "'…");
        Button cancel = new Button("Cancel");
        addNew.setDefaultButton(true);
        addNew.disableProperty().bind(model.ready().not());
        update.disableProperty().bind(model.ready().not());
        addNew.setOnAction(e -> accept(confirm, true));
        update.setOnAction(e -> accept(confirm, false));
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        HBox buttons = new HBox(8, busy, status, addNew, update, cancel);
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        status.setMinWidth(0); // the status gives way; the buttons keep their whole words
        for (Button b : List.of(addNew, update, cancel)) {
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.setPadding(new Insets(8));

        BorderPane root = new BorderPane(centre);
        BorderPane.setMargin(summary, new Insets(8));
        root.setTop(summary);
        root.setBottom(buttons);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1280, screen.getWidth() - 40), Math.min(800, screen.getHeight() - 40));
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
                e.consume();
            }
        });
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        model.previewProperty().addListener((obs, o, preview) -> show(preview));
    }

    void show() {
        stage.show();
    }

    /** The status line says the reading under way, or why the file could not be read. */
    private void bindStatus() {
        status.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> model.readingProperty()
                .get() ? "Reading the file…" : model.problemProperty().get(), model.readingProperty(),
                model.problemProperty()));
    }

    Stage stage() {
        return stage;
    }

    private void accept(Confirm confirm, boolean asNew) {
        SheetPreview preview = model.previewProperty().get();
        model.incoming().ifPresent(incoming -> {
            stage.close();
            if (asNew) {
                confirm.addAsNew(preview, incoming);
            } else {
                confirm.update(preview, incoming);
            }
        });
    }

    private void show(SheetPreview preview) {
        stage.setTitle("Import spreadsheet: " + preview.source());
        ImportSheetRows rows = new ImportSheetRows(preview);
        boolean oneSheet = preview.sheets().stream().filter(SheetInfo::read).count() <= 1;
        summary.setText(summaryOf(preview));
        TreeItem<Item> root = new TreeItem<>();
        for (Map.Entry<String, List<ImportSheetRows.Line>> priority : rows.byPriority().entrySet()) {
            TreeItem<Item> group = new TreeItem<>(new Item("", priority.getKey().isEmpty() ? "(no priority)"
                    : priority.getKey(), "", priority.getValue().size() + (priority.getValue().size() == 1
                    ? " action" : " actions"), null));
            group.setExpanded(true);
            for (ImportSheetRows.Line line : priority.getValue()) {
                group.getChildren().add(new TreeItem<>(new Item(line.row().reference(), line.row().title(),
                        oneSheet ? "Row " + line.row().row() : line.row().where(), String.join("; ", line.notes()),
                        line)));
            }
            root.getChildren().add(group);
        }
        tree.setRoot(root);
        tree.setPlaceholder(new Label("No action rows were found; check the columns on the right."));
        showQuestions(preview);
        showColumns(preview);
        skipped.getItems().setAll(rows.skipped());
        skippedPane.setText("Rows skipped (" + rows.skipped().size() + ")");
        skippedPane.setExpanded(!rows.skipped().isEmpty());
        elsewhere.getItems().setAll(rows.elsewhere());
        elsewherePane.setText("Notes on the file (" + rows.elsewhere().size() + ")");
        elsewherePane.setExpanded(!rows.elsewhere().isEmpty());
    }

    private static String summaryOf(SheetPreview preview) {
        long priorities = preview.rows().stream().map(r -> r.priority()).distinct().count();
        long warnings = preview.notes().stream().filter(n -> n.kind() != ImportNote.Kind.SKIPPED).count();
        String read = String.join(", ", preview.sheets().stream().filter(SheetInfo::read)
                .map(s -> s.name().isEmpty() ? "the file" : "'" + s.name() + "'").toList());
        return preview.rows().size() + (preview.rows().size() == 1 ? " action" : " actions") + " in " + priorities
                + (priorities == 1 ? " priority" : " priorities") + (read.isEmpty() ? "" : ", read from " + read)
                + ". " + (preview.hasOpenQuestions() ? preview.questions().size() + (preview.questions().size() == 1
                ? " question needs" : " questions need") + " an answer before the plan can be added. "
                : "Nothing is stored until you add it. ") + warnings + (warnings == 1 ? " note" : " notes")
                + " to check beside the rows.";
    }

    private void showQuestions(SheetPreview preview) {
        questions.getChildren().clear();
        questionsPane.setText("Questions (" + preview.questions().size() + ")");
        if (preview.questions().isEmpty()) {
            questions.getChildren().add(new Label("No questions: every value was read without guessing."));
        }
        for (SheetQuestion question : preview.questions()) {
            Label prompt = new Label(question.prompt());
            prompt.setWrapText(true);
            Label places = new Label(String.join("; ", question.places()));
            places.setWrapText(true);
            places.getStyleClass().add("import-places");
            ComboBox<SheetQuestion.Choice> choice = new ComboBox<>();
            choice.getItems().setAll(question.choices());
            choice.setConverter(converter(SheetQuestion.Choice::label));
            choice.setPromptText("Choose…");
            choice.setAccessibleText(question.prompt());
            choice.setMaxWidth(Double.MAX_VALUE);
            model.answerTo(question).flatMap(code -> question.choices().stream()
                    .filter(c -> c.code().equals(code)).findFirst()).ifPresent(choice::setValue);
            choice.valueProperty().addListener((obs, o, chosen) -> {
                if (chosen != null) {
                    model.answer(question, chosen.code());
                }
            });
            VBox control = new VBox(4, prompt, places, choice);
            if (question.kind() == SheetQuestion.Kind.DATE) {
                control.getChildren().add(dateAnswer(question));
            }
            questions.getChildren().add(control);
        }
        questionsPane.setExpanded(true);
    }

    /** A date question also takes a day typed as dd/mm/yyyy, confirmed with Enter; a wrong one is said below it. */
    private VBox dateAnswer(SheetQuestion question) {
        javafx.scene.control.TextField typed = new javafx.scene.control.TextField();
        typed.setPromptText("or type the date, dd/mm/yyyy, and press Enter");
        typed.setAccessibleText("The date '" + question.value() + "' means, as dd/mm/yyyy");
        Label wrong = new Label();
        wrong.setWrapText(true);
        wrong.getStyleClass().add("field-error");
        model.answerTo(question).filter(a -> question.choices().stream().noneMatch(c -> c.code().equals(a)))
                .ifPresent(typed::setText);
        typed.setOnAction(e -> {
            try {
                LocalDate date = UkDates.parse(typed.getText());
                wrong.setText("");
                model.answer(question, UkDates.numeric(date));
            } catch (ValidationException notADate) {
                wrong.setText("'" + typed.getText().strip() + "' is not a date; type it as dd/mm/yyyy, such as"
                        + " 31/07/2025.");
            }
        });
        return new VBox(4, typed, wrong);
    }

    private void showColumns(SheetPreview preview) {
        columns.getChildren().clear();
        columns.addRow(0, new Label("Column"), new Label("Header"), new Label("Read as"));
        int r = 1;
        java.util.Set<String> shown = new java.util.HashSet<>();
        for (SheetInfo sheet : preview.sheets()) {
            if (!sheet.read()) {
                continue;
            }
            for (MappedColumn column : sheet.columns()) {
                if (!shown.add(column.letter() + "\u0000" + column.header())) {
                    continue; // the same column on another sheet: one mapping serves both
                }
                ComboBox<SheetField> field = new ComboBox<>();
                field.getItems().setAll(SheetField.values());
                field.setConverter(converter(f -> f == SheetField.IGNORED ? "(not read)" : f.heading()));
                field.setValue(column.field());
                field.setAccessibleText("Column " + column.letter() + ", " + column.header() + ", read as");
                field.valueProperty().addListener((obs, o, now) -> {
                    if (now != null && now != o) {
                        model.map(column, now);
                    }
                });
                Label header = new Label(column.header().isEmpty() ? "(no header)" : column.header());
                header.setWrapText(true);
                header.setMaxWidth(160);
                columns.addRow(r++, new Label(column.letter()), header, field);
            }
        }
    }

    private void showDetail(TreeItem<Item> selected) {
        if (selected == null || selected.getValue() == null || selected.getValue().line() == null) {
            detail.clear();
            return;
        }
        ImportSheetRows.Line line = selected.getValue().line();
        StringBuilder text = new StringBuilder(line.row().where()).append(": how each cell was read\n")
                .append(line.readAs());
        if (!line.notes().isEmpty()) {
            text.append("\n\n").append(String.join("\n", line.notes()));
        }
        detail.setText(text.toString());
    }

    private static TreeTableColumn<Item, String> column(String title, java.util.function.Function<Item, String> value,
                                                        double width) {
        TreeTableColumn<Item, String> column = new TreeTableColumn<>(title);
        column.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyStringWrapper(
                c.getValue().getValue() == null ? "" : value.apply(c.getValue().getValue())));
        column.setPrefWidth(width);
        column.setCellFactory(c -> new javafx.scene.control.TreeTableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                // a cut-off title or note can be read whole by pointing at it (or in the detail below)
                setTooltip(empty || text == null || text.length() < 30 ? null : new javafx.scene.control.Tooltip(
                        text.replace("; ", "\n")));
            }
        });
        return column;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> words) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : words.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("not editable");
            }
        };
    }
}

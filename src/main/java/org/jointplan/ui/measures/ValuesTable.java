package org.jointplan.ui.measures;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.jointplan.domain.Measure;
import org.jointplan.domain.MeasurePeriod;
import org.jointplan.domain.MeasureValue;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.ValidationException;
import org.jointplan.service.MeasureFigures;
import org.jointplan.service.Measures;

/**
 * A measure's figures, one row per period: actual, trajectory and note edited in place, a period added, a period's
 * figures removed, the SPC limits rebased after a period (marked in the table), figures pasted from a spreadsheet
 * (Ctrl+V) or imported from a CSV file. Each is one undoable edit; a refusal is told and nothing is stored.
 */
final class ValuesTable extends VBox {
    private static final KeyCombination PASTE = new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN);

    /** One period: its stored figures (null for a period just added, not yet stored) and whether limits restart after. */
    record Row(MeasurePeriod period, MeasureValue value, boolean rebasedAfter) {
        Double actual() {
            return value == null ? null : value.actual();
        }

        Double trajectory() {
            return value == null ? null : value.trajectory();
        }

        String note() {
            return value == null ? "" : value.note();
        }
    }

    private final MeasureDesk desk;
    private final FigureRecorder recorder;
    private final TableView<Row> table = new TableView<>();
    private final Button rebase = new Button("Rebase after this period");
    private Measure measure;

    ValuesTable(MeasureDesk desk) {
        this.desk = desk;
        this.recorder = new FigureRecorder(desk);
        getStyleClass().add("measure-values");
        table.getStyleClass().add("measure-values-table");
        table.setAccessibleText("Figures by period");
        table.setEditable(true);
        table.setPrefHeight(300);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No figures yet: add a period, paste figures (Ctrl+V) or import a CSV file."));
        TableColumn<Row, String> period = column("Period", r -> r.period().label()
                + (r.rebasedAfter() ? "  ⟂" : ""), 90);
        period.setEditable(false);
        table.getColumns().setAll(List.of(period,
                editable("Actual", r -> Digits.plain(r.actual()), 70, (r, t) -> save(r, number(t), r.trajectory(),
                        r.note())),
                editable("Trajectory", r -> Digits.plain(r.trajectory()), 80, (r, t) -> save(r, r.actual(),
                        number(t), r.note())),
                editable("Note", Row::note, 120, (r, t) -> save(r, r.actual(), r.trajectory(), t))));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Row row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove("rebased-after");
                if (!empty && row != null && row.rebasedAfter()) {
                    getStyleClass().add("rebased-after");
                }
                setAccessibleText(empty || row == null ? null : row.period().label()
                        + (row.rebasedAfter() ? ", the SPC limits are rebased after it" : ""));
            }
        });
        table.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (table.getEditingCell() != null) {
                return; // typing in a cell: its own paste and delete
            }
            if (PASTE.match(e)) {
                paste();
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                remove();
                e.consume();
            }
        });
        Button add = new Button("+ Add period");
        add.setOnAction(e -> addPeriod());
        Button remove = new Button("Remove");
        remove.setTooltip(new javafx.scene.control.Tooltip("Remove the selected period's figures (Delete)"));
        remove.setOnAction(e -> remove());
        rebase.setOnAction(e -> toggleRebase());
        rebase.setTooltip(new javafx.scene.control.Tooltip(
                "Compute the SPC limits afresh after this period, e.g. after a service change"));
        Button paste = new Button("Paste (Ctrl+V)");
        paste.setTooltip(new javafx.scene.control.Tooltip("Paste one column of figures, or periods and figures,"
                + " copied from a spreadsheet"));
        paste.setOnAction(e -> paste());
        Button importCsv = new Button("Import CSV…");
        importCsv.setOnAction(e -> importCsv());
        var selected = table.getSelectionModel().selectedItemProperty();
        remove.disableProperty().bind(selected.isNull());
        rebase.disableProperty().bind(selected.isNull());
        selected.addListener((obs, o, row) -> rebase.setText(row != null && row.rebasedAfter()
                ? "Remove the rebase" : "Rebase after this period"));
        MenuItem rebaseItem = new MenuItem();
        rebaseItem.textProperty().bind(rebase.textProperty());
        rebaseItem.setOnAction(e -> toggleRebase());
        MenuItem removeItem = new MenuItem("Remove this period's figures");
        removeItem.setOnAction(e -> remove());
        MenuItem pasteItem = new MenuItem("Paste figures");
        pasteItem.setOnAction(e -> paste());
        table.setContextMenu(new ContextMenu(rebaseItem, removeItem, pasteItem));
        FlowPane bar = new FlowPane(6, 6, add, remove, rebase, paste, importCsv);
        bar.getStyleClass().add("measure-values-bar");
        setSpacing(6);
        getChildren().setAll(table, bar);
    }

    TableView<Row> table() {
        return table;
    }

    Button rebaseButton() {
        return rebase;
    }

    void load(Measure m, PlanData plan) {
        boolean same = measure != null && m != null && measure.id().equals(m.id());
        measure = m;
        Row chosen = table.getSelectionModel().getSelectedItem();
        List<Row> rows = m == null ? List.of() : Measures.valuesOf(plan, m.id()).stream()
                .map(v -> new Row(m.period(v.date()), v, m.rebaseAfter().contains(v.date()))).toList();
        table.getItems().setAll(rows);
        if (same && chosen != null) {
            rows.stream().filter(r -> r.period().equals(chosen.period())).findFirst()
                    .ifPresent(r -> table.getSelectionModel().select(r));
        }
    }

    /** Adds the period after the last one (or this period, for a measure without figures) to fill in. */
    void addPeriod() {
        if (measure == null) {
            return;
        }
        MeasurePeriod next = table.getItems().isEmpty()
                ? MeasurePeriod.containing(measure.frequency(), desk.model().todayProperty().get())
                : table.getItems().get(table.getItems().size() - 1).period().next();
        table.getItems().add(new Row(next, null, false));
        int index = table.getItems().size() - 1;
        table.getSelectionModel().select(index);
        table.scrollTo(index);
        table.requestFocus();
        table.edit(index, table.getColumns().get(1));
    }

    void paste() {
        String text = Clipboard.getSystemClipboard().getString();
        if (measure == null || text == null || text.isBlank()) {
            return;
        }
        Measure m = measure;
        try {
            MeasureFigures.Figures read = MeasureFigures.pasted(text, m.frequency(), firstPeriod());
            recorder.record(m.id(), read.entries(), "pasted", () -> { });
        } catch (ValidationException e) {
            desk.tell().info("The pasted figures were not recorded", e.getMessage());
        }
    }

    private void importCsv() {
        if (measure == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import figures for " + measure.name());
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("CSV files", "*.csv"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        java.io.File file = chooser.showOpenDialog(desk.owner().get());
        if (file != null) {
            importFile(file.toPath());
        }
    }

    /** Reads the file away from the screen's thread, then records its figures (asking before replacing any). */
    void importFile(Path file) {
        Measure m = measure;
        desk.model().background(() -> MeasureFigures.csv(file, m.frequency()), read -> recorder.record(m.id(),
                read.entries(), "imported", () -> desk.tell().info("Figures imported", read.entries().size()
                        + (read.entries().size() == 1 ? " figure" : " figures") + " imported for " + m.name()
                        + (read.skipped() == 0 ? "." : "; " + read.skipped() + (read.skipped() == 1
                        ? " line was" : " lines were") + " skipped (a header or blank lines)."))),
                message -> desk.tell().info("The file was not imported", message));
    }

    /** A pasted column starts at the selected period, else after the last one, else at this period. */
    private MeasurePeriod firstPeriod() {
        Row row = table.getSelectionModel().getSelectedItem();
        if (row != null) {
            return row.period();
        }
        return table.getItems().isEmpty() ? MeasurePeriod.containing(measure.frequency(),
                desk.model().todayProperty().get()) : table.getItems().get(table.getItems().size() - 1).period().next();
    }

    private void remove() {
        Row row = table.getSelectionModel().getSelectedItem();
        if (row == null) {
            return;
        }
        if (row.value() == null) {
            table.getItems().remove(row);
            return;
        }
        UUID id = row.value().id();
        desk.model().apply(plan -> Measures.removeValue(plan, id),
                message -> desk.tell().info("The figures were not removed", message));
    }

    private void toggleRebase() {
        Row row = table.getSelectionModel().getSelectedItem();
        if (row == null || measure == null) {
            return;
        }
        UUID id = measure.id();
        desk.model().apply(plan -> Measures.rebase(plan, id, row.period(), !row.rebasedAfter()),
                message -> desk.tell().info("The limits were not rebased", message));
    }

    private void save(Row row, Double actual, Double trajectory, String note) {
        UUID id = measure.id();
        var today = desk.model().todayProperty().get();
        desk.model().apply(plan -> FigureEdits.cell(plan, id, row.period(), actual, trajectory, note, today),
                message -> {
                    desk.tell().info("The figure was not recorded", message);
                    load(measure, desk.model().plan()); // back to what is stored
                });
    }

    /** A typed figure; one that is not a number is told and nothing is saved. */
    private Double number(String text) {
        return FigureEdits.number(text);
    }

    private static TableColumn<Row, String> column(String title, Function<Row, String> value, double width) {
        TableColumn<Row, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }

    private TableColumn<Row, String> editable(String title, Function<Row, String> value, double width,
                                              java.util.function.BiConsumer<Row, String> commit) {
        TableColumn<Row, String> column = column(title, value, width);
        column.setCellFactory(TextFieldTableCell.forTableColumn());
        column.setOnEditCommit(e -> {
            try {
                commit.accept(e.getRowValue(), e.getNewValue());
            } catch (ValidationException refused) {
                desk.tell().info("The figure was not recorded", refused.getMessage());
                load(measure, desk.model().plan());
            }
        });
        return column;
    }
}

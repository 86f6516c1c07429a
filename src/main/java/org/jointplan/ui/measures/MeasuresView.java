package org.jointplan.ui.measures;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import java.util.Map;
import java.util.stream.Collectors;
import org.jointplan.domain.MeasureLine;
import org.jointplan.domain.Measure;
import org.jointplan.domain.MeasureValue;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.UkDates;
import org.jointplan.ui.model.PlanViewModel;
import org.jointplan.ui.model.Shown;

/**
 * The plan's measures as at the window's date: all of them, the plan's own, or one priority's (following the
 * priority chosen in the navigator), each with its latest figure, target, trajectory, status, direction since the
 * previous report and SPC icons in words; beside the list, the chosen measure's chart.
 */
public final class MeasuresView extends BorderPane {
    private final PlanViewModel model;
    private final ComboBox<MeasureScope> scope = new ComboBox<>();
    private final Label heading = new Label();
    private final TableView<MeasureLine> table = new TableView<>();
    private final MeasureDetail detail;
    private final ObjectProperty<UUID> selected = new SimpleObjectProperty<>(this, "selected");
    private final TableColumn<MeasureLine, String> priorityColumn;
    private boolean rebuilding;

    /** @param addMeasure asks for a new measure (Plan > Add measure…) */
    public MeasuresView(MeasureDesk desk, Runnable addMeasure) {
        this.model = desk.model();
        getStyleClass().add("measures-view");
        getStylesheets().add(Objects.requireNonNull(MeasuresView.class.getResource("measures.css")).toExternalForm());
        detail = new MeasureDetail();
        Label show = new Label("_Show");
        show.setMnemonicParsing(true);
        show.setLabelFor(scope);
        scope.setAccessibleText("Which measures to show");
        scope.setCellFactory(c -> scopeCell());
        scope.setButtonCell(scopeCell());
        scope.valueProperty().addListener((obs, o, s) -> {
            if (!rebuilding && s != null) {
                show(model.shown());
            }
        });
        show.setMinWidth(Label.USE_PREF_SIZE);
        scope.setMinWidth(170);
        Button add = new Button("+ Add measure…");
        add.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
        add.setOnAction(e -> addMeasure.run());
        add.disableProperty().bind(model.readOnlyProperty());
        heading.getStyleClass().add("measures-heading");
        heading.setWrapText(true);
        HBox.setHgrow(heading, Priority.ALWAYS);
        heading.setMaxWidth(Double.MAX_VALUE);
        HBox bar = new HBox(8, show, scope, heading, add);
        bar.getStyleClass().add("measures-bar");
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        table.setAccessibleText("Measures");
        table.getStyleClass().add("measures-table");
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label("No measures here. Add one with Plan > Add measure…, or show all measures."));
        priorityColumn = column("Priority", MeasureLine::priority, 110);
        table.getColumns().setAll(List.of(column("Measure", MeasureLine::name, 230), priorityColumn,
                column("Latest", MeasureLine::latest, 130), column("Target", MeasureLine::target, 80),
                column("Trajectory", MeasureLine::trajectory, 80), statusColumn(),
                column("Since last report", MeasureLine::direction, 120),
                column("SPC: variation; assurance", MeasureLine::spcWords, 420)));
        table.getSelectionModel().selectedItemProperty().addListener((obs, o, line) -> {
            detail.show(line, model.shown());
            if (!rebuilding) {
                selected.set(line == null ? null : line.measure().id());
            }
        });
        selected.addListener((obs, o, id) -> select(id));
        SplitPane split = new SplitPane(table, detail);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.56);
        setTop(bar);
        setCenter(split);
        model.shownProperty().addListener((obs, o, shown) -> show(shown));
        show(model.shown()); // all the plan's measures at first
    }

    /** The measure chosen in the list, the one the editor edits; setting it chooses it (if it is listed). */
    public ObjectProperty<UUID> selectedProperty() {
        return selected;
    }

    public TableView<MeasureLine> table() {
        return table;
    }

    public MeasureDetail detail() {
        return detail;
    }

    public ComboBox<MeasureScope> scope() {
        return scope;
    }

    /** Lists one priority's measures (the navigator's choice), or the plan's own for null. */
    public void showPriority(UUID priorityId) {
        scope.getSelectionModel().select(MeasureScope.of(priorityId));
    }

    /** Shows all the plan's measures, so that one added anywhere is listed; then chooses it. */
    public void showAllAndSelect(UUID measureId) {
        scope.getSelectionModel().select(MeasureScope.ALL);
        selected.set(measureId);
        select(measureId);
    }

    private void show(Shown shown) {
        PlanData plan = shown.plan();
        rebuilding = true;
        try {
            MeasureScope now = scope.getValue() == null ? MeasureScope.ALL : scope.getValue();
            List<MeasureScope> scopes = new ArrayList<>(List.of(MeasureScope.ALL, MeasureScope.PLAN));
            plan.priorities().forEach(p -> scopes.add(MeasureScope.of(p.id())));
            if (!scopes.equals(scope.getItems())) {
                scope.getItems().setAll(scopes);
            }
            scope.getSelectionModel().select(scopes.contains(now) ? now : MeasureScope.ALL);
            MeasureScope in = scope.getValue();
            // each measure's own values once, not the whole plan's for each measure
            Map<UUID, List<MeasureValue>> values = plan.measureValues().stream()
                    .collect(Collectors.groupingBy(MeasureValue::measureId));
            List<MeasureLine> lines = new ArrayList<>();
            for (Measure m : plan.measures()) {
                if (in.includes(m)) {
                    lines.add(MeasureLine.of(m, plan, values.getOrDefault(m.id(), List.of()), shown.date(),
                            shown.position()));
                }
            }
            table.getItems().setAll(lines);
            priorityColumn.setVisible(in.kind() == MeasureScope.Kind.ALL);
            heading.setText(headingText(shown, lines.size(), in));
        } finally {
            rebuilding = false;
        }
        select(selected.get());
        if (table.getSelectionModel().getSelectedItem() == null) {
            detail.show(null, shown);
        }
    }

    private static String headingText(Shown shown, int count, MeasureScope in) {
        String against = shown.position() == null ? "" : shown.position().previous()
                .map(p -> ", against the report as at " + UkDates.numeric(p.asAt())).orElse("");
        return count + (count == 1 ? " measure" : " measures") + " as at " + UkDates.numeric(shown.date()) + against
                + ".";
    }

    private void select(UUID id) {
        if (id == null) {
            return;
        }
        rebuilding = true;
        try {
            table.getItems().stream().filter(l -> l.measure().id().equals(id)).findFirst().ifPresent(l -> {
                table.getSelectionModel().select(l);
                table.scrollTo(l);
            });
        } finally {
            rebuilding = false;
        }
    }

    private ListCell<MeasureScope> scopeCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(MeasureScope s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : s.label(model.shown().plan()));
            }
        };
    }

    private static TableColumn<MeasureLine, String> column(String title, Function<MeasureLine, String> value,
                                                           double width) {
        TableColumn<MeasureLine, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 80));
        column.setSortable(false);
        return column;
    }

    /** The status in a symbol and words, marked for its colour by a style class: never the colour alone. */
    private static TableColumn<MeasureLine, String> statusColumn() {
        TableColumn<MeasureLine, String> column = column("Status", MeasureLine::status, 150);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                getStyleClass().removeIf(s -> s.startsWith("measure-status-"));
                MeasureLine line = empty || getTableRow() == null ? null : getTableRow().getItem();
                if (line != null) {
                    getStyleClass().add("measure-status-" + line.progress().status().code());
                }
            }
        });
        return column;
    }

    static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }
}

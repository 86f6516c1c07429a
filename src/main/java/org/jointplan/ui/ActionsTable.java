package org.jointplan.ui;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import org.jointplan.domain.Action;
import org.jointplan.domain.BragKey;
import org.jointplan.domain.Direction;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.ReportPosition;
import org.jointplan.domain.UkDates;
import org.jointplan.ui.model.PlanViewModel;

/** The plan's actions as a sortable, filterable table whose selection is the window's selected action. */
final class ActionsTable extends BorderPane {
    private static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");

    private final PlanViewModel model;
    private final ObservableList<ActionRow> rows = FXCollections.observableArrayList();
    private final FilteredList<ActionRow> filtered = new FilteredList<>(rows);
    private final TableView<ActionRow> table = new TableView<>();
    private final ActionFilterBar filterBar;
    private boolean syncing;
    private final TableColumn<ActionRow, String> titleColumn;
    private final TableColumn<ActionRow, String> priorityColumn;
    private final TableColumn<ActionRow, String> partnerColumn;
    private final TableColumn<ActionRow, String> ownerColumn;
    private final ColumnFit fit = new ColumnFit();
    private final javafx.beans.property.ObjectProperty<java.util.function.Predicate<Action>> shown =
            new javafx.beans.property.SimpleObjectProperty<>(this, "shown", a -> true);

    ActionsTable(PlanViewModel model) {
        this.model = model;
        this.filterBar = new ActionFilterBar(model, this::refilter);
        SortedList<ActionRow> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getStyleClass().add("actions-table");
        table.setAccessibleText("Actions");
        table.setPlaceholder(new Label("No action matches these filters. Clear the filters to see every action."));
        // columns as wide as what they hold; a table wider than its room scrolls sideways, never cuts a column off
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        titleColumn = text("Action", r -> r.action().title(), r -> r.action().title(), 300);
        priorityColumn = text("Priority", ActionRow::priority, ActionRow::priorityName, 90);
        partnerColumn = text("Lead partner", ActionRow::partner, ActionRow::partnerName, 110);
        ownerColumn = text("Owner", r -> r.action().owner(), r -> r.action().owner(), 150);
        titleColumn.setMinWidth(160);
        table.getColumns().setAll(List.of(titleColumn, priorityColumn, partnerColumn, ownerColumn,
                date("Start", r -> r.action().start()),
                date("Due", r -> r.action().due()),
                status(),
                direction()));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ActionRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(OVERDUE, !empty && row != null && row.overdue());
            }
        });
        setTop(filterBar);
        setCenter(table);

        model.shownProperty().addListener((obs, old, shown) -> reload(shown.plan()));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (!syncing && row != null) {
                model.selectedActionIdProperty().set(row.action().id());
            }
        });
        model.selectedActionIdProperty().addListener((obs, old, id) -> selectInTable());
        reload(model.shownPlan());
        // View > Larger text changes the font the widths were measured in
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.getRoot().styleProperty().addListener(o -> javafx.application.Platform.runLater(this::fitColumns));
                javafx.application.Platform.runLater(this::fitColumns);
            }
        });
    }

    /** Priority, lead partner and owner as wide as their values (within reason); the title takes the rest. */
    private void fitColumns() {
        fit.fit(table, priorityColumn, ActionRow::priority, 160);
        fit.fit(table, partnerColumn, ActionRow::partner, 200);
        fit.fit(table, ownerColumn, r -> r.action().owner(), 170);
        var columns = table.getColumns();
        fit.fit(table, columns.get(4), List.of("30/09/2024"), 0);
        fit.fit(table, columns.get(5), List.of("30/09/2024"), 0);
        fit.fit(table, columns.get(6), rows.stream().map(ActionRow::statusText).distinct().toList(), 30); // badge
        fit.fit(table, columns.get(7), java.util.Arrays.stream(Direction.values()).map(Direction::describe)
                .toList(), 0);
    }

    TableView<ActionRow> table() {
        return table;
    }

    /** Which actions the filters let through: the timeline shows the same ones. */
    javafx.beans.property.ObjectProperty<java.util.function.Predicate<Action>> shownProperty() {
        return shown;
    }

    ActionFilterBar filterBar() {
        return filterBar;
    }

    private void reload(PlanData plan) {
        LocalDate today = model.shownDate();
        ReportPosition position = model.position();
        syncing = true;
        try {
            rows.setAll(plan.actions().stream().map(a -> ActionRow.of(a, plan, today, position)).toList());
            filterBar.refreshChoices(plan);
            refilter();
        } finally {
            syncing = false;
        }
        selectInTable();
        if (getScene() != null) {
            fitColumns();
        }
    }

    private void refilter() {
        var predicate = filterBar.filter().predicate(model.shownPlan(), model.shownDate());
        filtered.setPredicate(row -> predicate.test(row.action()));
        shown.set(predicate);
        filterBar.showCount(filtered.size(), rows.size());
    }

    private void selectInTable() {
        var id = model.selectedActionIdProperty().get();
        syncing = true;
        try {
            if (id == null) {
                table.getSelectionModel().clearSelection();
                return;
            }
            table.getItems().stream().filter(r -> r.action().id().equals(id)).findFirst().ifPresent(r -> {
                table.getSelectionModel().select(r);
                int index = table.getItems().indexOf(r);
                table.scrollTo(Math.max(0, index - 3));
            });
        } finally {
            syncing = false;
        }
    }

    /**
     * A column of text: what does not fit shows whole in the cell's tooltip, in full where the cell shortens it (a
     * partner's short name in the cell, its full name in the tooltip and for screen readers).
     */
    private static TableColumn<ActionRow, String> text(String title, Function<ActionRow, String> value,
                                                       Function<ActionRow, String> full, double w) {
        TableColumn<ActionRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            private final javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();

            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                ActionRow row = empty ? null : getTableRow().getItem();
                String whole = row == null ? null : full.apply(row);
                setText(empty ? null : text);
                tip.setText(whole);
                tip.setWrapText(true);
                tip.setMaxWidth(480);
                setTooltip(whole == null || whole.isEmpty() ? null : tip);
                setAccessibleText(whole == null || whole.isEmpty() ? null : title + ": " + whole);
            }
        });
        column.setPrefWidth(w);
        return column;
    }

    private static TableColumn<ActionRow, LocalDate> date(String title, Function<ActionRow, LocalDate> value) {
        TableColumn<ActionRow, LocalDate> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDate day, boolean empty) {
                super.updateItem(day, empty);
                setText(empty || day == null ? null : UkDates.numeric(day));
            }
        });
        column.setPrefWidth(92);
        column.setMinWidth(92);
        return column;
    }

    private static TableColumn<ActionRow, ActionRow> status() {
        TableColumn<ActionRow, ActionRow> column = new TableColumn<>("Status");
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setComparator(Comparator.comparing((ActionRow r) -> r.action().status())
                .thenComparing(r -> r.action().percentComplete()));
        column.setCellFactory(c -> new TableCell<>() {
            private final StatusBadge badge = new StatusBadge();

            @Override
            protected void updateItem(ActionRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                badge.show(row.action().status(), row.key());
                setGraphic(badge);
                setText(row.statusText());
            }
        });
        column.setPrefWidth(190);
        column.setMinWidth(170);
        return column;
    }

    /** The direction of travel against the previous report, as arrow and word; sorted worst first. */
    private static TableColumn<ActionRow, Direction> direction() {
        TableColumn<ActionRow, Direction> column = new TableColumn<>("Direction");
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().direction()));
        column.setComparator(Comparator.nullsLast(Comparator.comparingInt(d -> List.of(Direction.WORSE,
                Direction.NEW, Direction.NO_CHANGE, Direction.IMPROVED).indexOf(d))));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Direction d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty || d == null ? null : d.describe());
                getStyleClass().removeIf(s -> s.startsWith("direction-"));
                if (!empty && d != null) {
                    getStyleClass().add("direction-" + d.name().toLowerCase(java.util.Locale.ROOT));
                }
            }
        });
        column.setPrefWidth(110);
        column.setMinWidth(100);
        return column;
    }

    /** One action with the names the table shows for it, and its direction of travel (null without a report). */
    record ActionRow(Action action, String priority, String priorityName, String partner, String partnerName,
                     boolean overdue, BragKey key, Direction direction) {
        static ActionRow of(Action a, PlanData plan, LocalDate today, ReportPosition position) {
            var priority = plan.priority(a.priorityId());
            var partner = a.leadPartnerId() == null ? java.util.Optional.<org.jointplan.domain.Partner>empty()
                    : plan.partner(a.leadPartnerId());
            return new ActionRow(a, priority.map(p -> p.shortName()).orElse(""),
                    priority.map(p -> p.name()).orElse(""), partner.map(p -> p.shortName()).orElse(""),
                    partner.map(p -> p.name()).orElse(""), a.isOverdue(today), plan.plan().bragKey(),
                    position == null ? null
                            : position.action(a.id()).map(ReportPosition.ActionLine::direction).orElse(null));
        }

        String statusText() {
            return key.label(action.status()) + " · " + action.percentComplete() + "%"
                    + (overdue ? " · Overdue" : "");
        }
    }
}

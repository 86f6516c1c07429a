package org.jointplan.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.text.Text;
import org.jointplan.domain.BragKey;
import org.jointplan.domain.ReportPosition;
import org.jointplan.domain.ReportPosition.ExceptionEntry;
import org.jointplan.domain.ReportPosition.PriorityLine;
import org.jointplan.domain.UkDates;
import org.jointplan.ui.model.PlanViewModel;
import org.jointplan.ui.model.Shown;

/**
 * The exception report in the window: only what a committee asks about (off track and at risk actions, overdue
 * ones, milestones that slipped, decisions needed), grouped by priority, each with its reason, corrective action,
 * new date and the date before. Choosing one goes to it in the plan.
 */
final class ExceptionsView extends BorderPane {
    private final TreeTableView<Line> table = new TreeTableView<>();
    private final Label heading = new Label();
    private final Consumer<ExceptionEntry> goTo;
    private boolean rebuilding;

    /** One row: a priority heading (entry null) or one exception under it. */
    record Line(PriorityLine priority, ExceptionEntry entry, BragKey key) {
    }

    ExceptionsView(PlanViewModel model, Consumer<ExceptionEntry> goTo) {
        this.goTo = goTo;
        getStyleClass().add("exceptions-view");
        heading.getStyleClass().add("exceptions-heading");
        heading.setWrapText(true);
        table.setShowRoot(false);
        table.setAccessibleText("Exceptions");
        table.getStyleClass().add("exceptions-table");
        table.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No exceptions: nothing is off track, at risk, overdue, slipped or waiting"
                + " for a decision."));
        table.getColumns().setAll(List.of(
                column("Exception", ExceptionsView::what, 260),
                column("Status", l -> l.entry() == null || l.entry().status() == null ? ""
                        : l.entry().status().symbol() + " " + l.key().label(l.entry().status()), 110),
                column("Reason", l -> l.entry() == null ? "" : l.entry().reason(), 220),
                column("Corrective action", l -> l.entry() == null ? "" : l.entry().correctiveAction(), 220),
                column("Date now", l -> l.entry() == null ? "" : UkDates.numeric(l.entry().date()), 95),
                column("Previous date", l -> l.entry() == null || l.entry().previousDate() == null ? ""
                        : UkDates.numeric(l.entry().previousDate()), 105),
                column("Decision needed", l -> l.entry() == null ? "" : l.entry().decisionNeeded(), 200)));
        table.getSelectionModel().selectedItemProperty().addListener((obs, o, item) -> {
            if (!rebuilding && item != null && item.getValue().entry() != null) {
                goTo.accept(item.getValue().entry());
            }
        });
        setTop(heading);
        setCenter(table);
        model.shownProperty().addListener((obs, o, shown) -> show(shown));
        show(model.shown());
    }

    TreeTableView<Line> table() {
        return table;
    }

    /** The exceptions listed now, in order, without the priority headings. */
    List<ExceptionEntry> entries() {
        return table.getRoot().getChildren().stream().flatMap(p -> p.getChildren().stream())
                .map(i -> i.getValue().entry()).toList();
    }

    /** Chooses an exception as if clicked: it is selected here and in the plan. */
    void choose(ExceptionEntry entry) {
        table.getRoot().getChildren().stream().flatMap(p -> p.getChildren().stream())
                .filter(i -> i.getValue().entry().equals(entry)).findFirst()
                .ifPresent(i -> table.getSelectionModel().select(i));
    }

    private void show(Shown shown) {
        ReportPosition position = shown.position();
        BragKey key = shown.plan().plan().bragKey();
        TreeItem<Line> root = new TreeItem<>();
        if (position == null) {
            heading.setText("Exceptions: there is no report as at " + UkDates.numeric(shown.date())
                    + ", since the plan's first snapshot is later.");
        } else {
            Map<UUID, TreeItem<Line>> groups = new LinkedHashMap<>();
            for (ExceptionEntry e : position.exceptions()) {
                TreeItem<Line> group = groups.computeIfAbsent(e.priorityId(), id -> {
                    TreeItem<Line> item = new TreeItem<>(new Line(position.priority(id).orElse(null), null, key));
                    item.setExpanded(true);
                    return item;
                });
                group.getChildren().add(new TreeItem<>(new Line(null, e, key)));
            }
            root.getChildren().setAll(groups.values());
            int count = position.exceptions().size();
            heading.setText(count + (count == 1 ? " exception" : " exceptions") + " as at "
                    + UkDates.numeric(position.asAt()) + position.previous().map(p -> ", against the report as at "
                    + UkDates.numeric(p.asAt())).orElse(", the first report") + ". Choose one to go to it.");
        }
        rebuilding = true;
        try {
            table.setRoot(root);
        } finally {
            rebuilding = false;
        }
    }

    /** "Off track: Recommission SLCN services", or the priority with its rating and direction. */
    private static String what(Line l) {
        if (l.entry() == null) {
            PriorityLine p = l.priority();
            return p == null ? "Other" : p.name() + "  ·  " + l.key().label(p.rating())
                    + (p.overridden() ? " (overridden)" : "") + "  ·  " + p.direction().describe();
        }
        return kind(l.entry().kind(), l.key()) + ": " + (l.entry().milestoneId() != null ? "◆ " : "")
                + l.entry().title();
    }

    static String kind(ExceptionEntry.Kind kind, BragKey key) {
        return switch (kind) {
            case OFF_TRACK -> key.label(org.jointplan.domain.Status.OFF_TRACK);
            case AT_RISK -> key.label(org.jointplan.domain.Status.AT_RISK);
            case OVERDUE -> "Overdue";
            case MILESTONE_SLIPPED -> "Milestone slipped";
            case DECISION_NEEDED -> "Decision needed";
        };
    }

    private static TreeTableColumn<Line, String> column(String title, Function<Line, String> value, double width) {
        TreeTableColumn<Line, String> column = new TreeTableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue().getValue())));
        column.setCellFactory(c -> new TreeTableCell<>() {
            // a Text graphic wraps long reasons onto more lines instead of cutting them short
            private final Text words = new Text();

            {
                words.wrappingWidthProperty().bind(column.widthProperty().subtract(14));
                words.getStyleClass().add("exceptions-text");
            }

            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                words.setText(empty || text == null ? "" : text);
                setGraphic(empty ? null : words);
                setText(null);
                setAccessibleText(empty ? null : text);
                Line line = empty || getTableRow() == null ? null : getTableRow().getItem();
                getStyleClass().remove("exceptions-priority");
                if (line != null && line.entry() == null) {
                    getStyleClass().add("exceptions-priority");
                }
            }
        });
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }
}

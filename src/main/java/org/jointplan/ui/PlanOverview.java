package org.jointplan.ui;

import java.time.LocalDate;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.jointplan.domain.Action;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.Priority;
import org.jointplan.domain.StatusSummary;
import org.jointplan.domain.UkDates;

/** A read-only outline of a plan: its priorities, each with a status summary, and their actions. */
final class PlanOverview {
    private final PlanData plan;
    private final LocalDate today;

    PlanOverview(PlanData plan) {
        this(plan, LocalDate.now());
    }

    PlanOverview(PlanData plan, LocalDate today) {
        this.plan = plan;
        this.today = today;
    }

    Node view() {
        BorderPane pane = new BorderPane(table());
        pane.setTop(header());
        return pane;
    }

    private Node header() {
        Label title = new Label(plan.plan().title());
        title.getStyleClass().add("plan-title");
        Label subtitle = new Label(plan.plan().strategy() + "  ·  " + plan.plan().financialYear().label() + "  ·  "
                + UkDates.prose(plan.plan().start()) + " to " + UkDates.prose(plan.plan().end()));
        subtitle.getStyleClass().add("plan-subtitle");
        VBox header = new VBox(4, title, subtitle);
        header.getStyleClass().add("plan-header");
        return header;
    }

    TreeTableView<OverviewRow> table() {
        TreeItem<OverviewRow> root = new TreeItem<>();
        for (Priority priority : plan.priorities()) {
            var actions = plan.actionsOf(priority.id());
            TreeItem<OverviewRow> lane = new TreeItem<>(OverviewRow.of(priority, StatusSummary.of(actions, today)));
            lane.setExpanded(true);
            actions.forEach(a -> lane.getChildren().add(new TreeItem<>(OverviewRow.of(a, plan, today))));
            root.getChildren().add(lane);
        }
        TreeTableView<OverviewRow> table = new TreeTableView<>(root);
        table.setShowRoot(false);
        table.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setAccessibleText("Priorities and their actions");
        table.getStyleClass().add("plan-overview");
        table.getColumns().add(column("Priority / action", OverviewRow::name, 420));
        table.getColumns().add(column("Owner", OverviewRow::owner, 220));
        table.getColumns().add(column("Lead partner", OverviewRow::partner, 150));
        table.getColumns().add(column("Start", r -> UkDates.numeric(r.start()), 95));
        table.getColumns().add(column("Due", r -> UkDates.numeric(r.due()), 95));
        TreeTableColumn<OverviewRow, OverviewRow> status = new TreeTableColumn<>("Status");
        status.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().getValue()));
        status.setCellFactory(c -> new StatusCell());
        status.setPrefWidth(260);
        table.getColumns().add(status);
        return table;
    }

    private static TreeTableColumn<OverviewRow, String> column(String title, Function<OverviewRow, String> value,
                                                               double width) {
        TreeTableColumn<OverviewRow, String> column = new TreeTableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                c.getValue().getValue() == null ? "" : value.apply(c.getValue().getValue())));
        column.setPrefWidth(width);
        return column;
    }

    /** One line of the outline: a priority with its summary, or an action. */
    record OverviewRow(boolean isPriority, String name, String owner, String partner, LocalDate start,
                       LocalDate due, org.jointplan.domain.Status status, String statusText, boolean overdue) {

        static OverviewRow of(Priority p, StatusSummary summary) {
            return new OverviewRow(true, p.order() + ". " + p.name(), p.leadOfficer(), "", null, null,
                    summary.overall(), summary.describe(), summary.overdue() > 0);
        }

        static OverviewRow of(Action a, PlanData plan, LocalDate today) {
            String partner = a.leadPartnerId() == null ? ""
                    : plan.partner(a.leadPartnerId()).map(p -> p.shortName()).orElse("");
            boolean overdue = a.isOverdue(today);
            return new OverviewRow(false, a.title(), a.owner(), partner, a.start(), a.due(), a.status(),
                    a.status().label() + " · " + a.percentComplete() + "%" + (overdue ? " · Overdue" : ""),
                    overdue);
        }
    }
}

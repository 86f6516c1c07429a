package org.jointplan.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import org.jointplan.domain.Action;
import org.jointplan.domain.BragKey;
import org.jointplan.domain.Direction;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.Priority;
import org.jointplan.domain.PriorityRating;
import org.jointplan.domain.ReportPosition;
import org.jointplan.domain.Status;
import org.jointplan.domain.StatusSummary;
import org.jointplan.ui.model.PlanViewModel;

/**
 * The plan at a glance: each priority with its overall rating (as a badge, in words too, marked when overridden), its
 * direction of travel against the previous report, its counts by status, and its actions. Choosing a priority
 * filters the table; choosing an action selects it.
 */
final class PlanNavigator extends TreeView<PlanNavigator.Entry> {
    private final PlanViewModel model;
    private final Consumer<UUID> showPriority;
    private boolean syncing;

    PlanNavigator(PlanViewModel model, Consumer<UUID> showPriority) {
        this.model = model;
        this.showPriority = showPriority;
        getStyleClass().add("plan-navigator");
        setAccessibleText("Priorities and their actions");
        setShowRoot(false);
        setCellFactory(t -> new EntryCell());
        getSelectionModel().selectedItemProperty().addListener((obs, o, item) -> {
            if (syncing || item == null) {
                return;
            }
            if (item.getValue().action() != null) {
                model.selectedActionIdProperty().set(item.getValue().action().id());
            } else {
                showPriority.accept(item.getValue().priority().id());
            }
        });
        model.shownProperty().addListener((obs, o, shown) -> rebuild(shown.plan()));
        model.selectedActionIdProperty().addListener((obs, o, id) -> select(id));
        rebuild(model.shownPlan());
    }

    private void rebuild(PlanData plan) {
        LocalDate today = model.shownDate();
        ReportPosition position = model.position();
        BragKey key = plan.plan().bragKey();
        TreeItem<Entry> root = new TreeItem<>();
        var oldRoot = getRoot();
        for (Priority p : plan.priorities()) {
            var actions = plan.actionsOf(p.id());
            TreeItem<Entry> lane = new TreeItem<>(new Entry(p, null, StatusSummary.of(actions, today), false, key,
                    Rating.of(p, actions, today, position)));
            lane.setExpanded(oldRoot == null || oldRoot.getChildren().stream().anyMatch(i ->
                    i.getValue().priority().id().equals(p.id()) && i.isExpanded()));
            actions.forEach(a -> lane.getChildren().add(new TreeItem<>(new Entry(p, a, null, a.isOverdue(today),
                    key, null))));
            root.getChildren().add(lane);
        }
        syncing = true;
        setRoot(root);
        syncing = false;
        select(model.selectedActionIdProperty().get());
    }

    private void select(UUID actionId) {
        if (actionId == null || getRoot() == null) {
            return;
        }
        syncing = true;
        try {
            for (TreeItem<Entry> lane : getRoot().getChildren()) {
                for (TreeItem<Entry> item : lane.getChildren()) {
                    if (item.getValue().action().id().equals(actionId)) {
                        lane.setExpanded(true);
                        getSelectionModel().select(item);
                        return;
                    }
                }
            }
        } finally {
            syncing = false;
        }
    }

    /** A priority's overall rating (maybe overridden) and its direction of travel (null without a report). */
    record Rating(Status status, boolean overridden, Direction direction) {
        static Rating of(Priority p, List<Action> actions, LocalDate day, ReportPosition position) {
            var line = position == null ? null : position.priority(p.id()).orElse(null);
            if (line != null) {
                return new Rating(line.rating(), line.overridden(), line.direction());
            }
            boolean overridden = p.ratingOverride() != null;
            return new Rating(overridden ? p.ratingOverride() : PriorityRating.of(actions, day), overridden, null);
        }

        /** "Off track (overridden) · ↓ Worse", in the plan's words. */
        String describe(BragKey key) {
            return key.label(status) + (overridden ? " (overridden)" : "")
                    + (direction == null ? "" : "  ·  " + direction.describe());
        }
    }

    /** A priority (action null) with its summary and rating, or one of its actions. */
    record Entry(Priority priority, Action action, StatusSummary summary, boolean overdue, BragKey key,
                 Rating rating) {
        Status status() {
            return action != null ? action.status() : rating.status();
        }

        String text() {
            if (action != null) {
                return action.title() + (overdue ? "  (overdue)" : "");
            }
            return priority.order() + ". " + priority.shortName() + (priority.retired() ? " (retired)" : "")
                    + "\n" + rating.describe(key) + "\n" + summary.describe(key);
        }
    }

    private static final class EntryCell extends TreeCell<Entry> {
        private final StatusBadge badge = new StatusBadge();
        private final Tooltip tip = new Tooltip(); // one per cell: a Tooltip is a window, costly to make per update

        @Override
        protected void updateItem(Entry entry, boolean empty) {
            super.updateItem(entry, empty);
            getStyleClass().removeAll("priority-entry", "action-entry", "overdue-entry");
            if (empty || entry == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            badge.show(entry.status(), entry.key());
            setGraphic(badge);
            setText(entry.text());
            tip.setText(entry.text());
            setTooltip(tip);
            getStyleClass().add(entry.action() == null ? "priority-entry" : "action-entry");
            if (entry.overdue()) {
                getStyleClass().add("overdue-entry");
            }
            setAccessibleText(entry.key().label(entry.status()) + ". " + entry.text());
        }
    }
}

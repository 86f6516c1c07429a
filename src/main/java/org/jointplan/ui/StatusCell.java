package org.jointplan.ui;

import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TreeTableCell;
import org.jointplan.domain.Status;

/**
 * Shows a status as a BRAG badge with its symbol and word, never by colour alone; overdue rows say so in words too.
 */
final class StatusCell extends TreeTableCell<PlanOverview.OverviewRow, PlanOverview.OverviewRow> {
    private static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");
    private final Label badge = new Label();

    StatusCell() {
        badge.getStyleClass().add("status-badge");
    }

    @Override
    protected void updateItem(PlanOverview.OverviewRow row, boolean empty) {
        super.updateItem(row, empty);
        for (Status s : Status.values()) {
            badge.getStyleClass().remove("status-" + s.code());
        }
        if (empty || row == null) {
            setGraphic(null);
            setText(null);
            pseudoClassStateChanged(OVERDUE, false);
            return;
        }
        badge.setText(row.status().symbol());
        badge.getStyleClass().add("status-" + row.status().code());
        setGraphic(badge);
        setText(row.statusText());
        setAccessibleText(row.statusText());
        pseudoClassStateChanged(OVERDUE, row.overdue());
    }
}

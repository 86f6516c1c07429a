package org.jointplan.ui;

import javafx.scene.control.Label;
import org.jointplan.domain.BragKey;
import org.jointplan.domain.Status;

/** A status as a coloured badge carrying its symbol, so colour is never the only carrier of meaning. */
final class StatusBadge extends Label {

    StatusBadge() {
        getStyleClass().add("status-badge");
    }

    void show(Status status) {
        show(status, BragKey.DEFAULT);
    }

    /** The status with the plan's word for it, for screen readers and the tooltip. */
    void show(Status status, BragKey key) {
        for (Status s : Status.values()) {
            getStyleClass().remove("status-" + s.code());
        }
        setText(status.symbol());
        getStyleClass().add("status-" + status.code());
        setAccessibleText(key.label(status));
    }
}

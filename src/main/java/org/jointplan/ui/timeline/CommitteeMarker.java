package org.jointplan.ui.timeline;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import org.jointplan.domain.CommitteeDate;

/**
 * Where a committee date is drawn on the timeline: the x of its dashed line (the middle of its day) and its label in
 * the committee band under the dates, with the words that fitted ("SCG quarterly · 30 Sep 2024", or shorter);
 * {@code label} is null when no wording fitted beside its neighbours.
 */
public record CommitteeMarker(CommitteeDate committee, double x, String text, Bounds label) {

    CommitteeMarker moved(double dx, double dy) {
        return new CommitteeMarker(committee, x + dx, text, label == null ? null
                : new BoundingBox(label.getMinX() + dx, label.getMinY() + dy, label.getWidth(), label.getHeight()));
    }
}

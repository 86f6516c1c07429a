package org.jointplan.report.docx;

import java.util.Map;
import org.jointplan.domain.Status;

/** The shading of a status cell, with white text on it (at least 4.5:1 on each). */
final class StatusFills {
    // TODO StatusColours: the hex values of bundle.TimelinePicture.COLOURS until chart.StatusColours lands on main
    private static final Map<Status, String> FILLS = Map.of(
            Status.COMPLETE, "1D5FB4", Status.ON_TRACK, "1F7A3A", Status.AT_RISK, "B35C00",
            Status.OFF_TRACK, "B3261E", Status.NOT_STARTED, "5F6368");
    static final String TEXT = "FFFFFF";

    private StatusFills() {
    }

    static String fill(Status status) {
        return FILLS.get(status);
    }
}

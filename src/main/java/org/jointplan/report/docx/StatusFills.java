package org.jointplan.report.docx;

import java.util.Locale;
import org.jointplan.chart.StatusColours;
import org.jointplan.domain.Status;

/** The shading of a status cell: the plan's one palette of BRAG colours, with white text on it (4.5:1 on each). */
final class StatusFills {
    static final String TEXT = hex(StatusColours.ON_BAR.hex());

    private StatusFills() {
    }

    /** Word's form of the colour: "1D5FB4". */
    static String fill(Status status) {
        return hex(StatusColours.of(status).hex());
    }

    private static String hex(String css) {
        return css.substring(1).toUpperCase(Locale.ROOT);
    }
}

package org.jointplan.report.docx;

import java.util.Locale;
import org.jointplan.chart.StatusColours;
import org.jointplan.domain.Status;

/**
 * The shading of a status cell: the plan's one palette of BRAG colours, with words that read on it at 4.5:1 or
 * better (dark on amber, white on the others).
 */
final class StatusFills {
    private StatusFills() {
    }

    /** The colour of the words on the status's shading, in Word's form. */
    static String text(Status status) {
        return hex(StatusColours.textOn(status).hex());
    }

    /** Word's form of the colour: "1D5FB4". */
    static String fill(Status status) {
        return hex(StatusColours.of(status).hex());
    }

    private static String hex(String css) {
        return css.substring(1).toUpperCase(Locale.ROOT);
    }
}

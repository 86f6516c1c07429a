package org.jointplan.chart.slides;

import org.jointplan.chart.TextMetrics;
import org.jointplan.domain.BragKey;
import org.jointplan.domain.Status;

/**
 * The columns of a timeline slide: the words at left (a title, or a priority's name), the plot, and the status in
 * words at right, in a column of its own so that it is never drawn on a bar, a milestone or the as-at line.
 */
record Columns(double labelLeft, double labelRight, double plotLeft, double plotRight, double statusLeft,
               double statusRight) {

    /**
     * @param labelShare the share of the width the words at left take
     * @param widest     the widest status words the column should hold on one line
     */
    static Columns of(SlideStyle s, double labelShare, double widest) {
        double t = s.t();
        double inner = s.right() - s.pad();
        double label = Math.max(8 * t, labelShare * inner);
        double status = Math.max(5 * t, Math.min(0.22 * inner, widest + 0.4 * t));
        double plotLeft = s.pad() + label + 0.8 * t;
        double statusLeft = s.right() - status;
        return new Columns(s.pad(), s.pad() + label, plotLeft, statusLeft - 0.8 * t, statusLeft, s.right());
    }

    /** The widest of the statuses' words as an action's status column says them: "! At risk", "100% · overdue". */
    static double widestStatus(SlideStyle s, BragKey key) {
        double widest = TextMetrics.width("100% \u00b7 overdue", s.t(), false);
        for (Status status : Status.values()) {
            widest = Math.max(widest, TextMetrics.width(status.symbol() + " " + key.label(status), s.t(), false));
        }
        return widest;
    }

    double labelWidth() {
        return labelRight - labelLeft;
    }

    double statusWidth() {
        return statusRight - statusLeft;
    }
}

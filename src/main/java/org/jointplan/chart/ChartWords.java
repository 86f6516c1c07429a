package org.jointplan.chart;

import java.util.ArrayList;
import java.util.List;
import org.jointplan.domain.spc.SpcPeriod;
import org.jointplan.domain.spc.SpcResult;

/** The chart in words: a one-line summary drawn under the title, and the full description for assistive technology. */
final class ChartWords {
    static final String SHORT_WARNING = "Limits are provisional: fewer than 13 points";
    static final String NO_VALUES = "No values yet";

    private ChartWords() {
    }

    /** "36.6%", or "< 5" where the value is suppressed. */
    static String value(ChartSeries s, double v) {
        return s.suppressed(v) ? "< " + threshold(s) : ValueFormat.withUnit(v, s.decimals(), s.unit());
    }

    /** The suppression threshold as published: "5". */
    static String threshold(ChartSeries s) {
        double t = s.suppressBelow();
        return ValueFormat.number(t, t == Math.rint(t) ? 0 : s.decimals());
    }

    /** "Latest: 36.6% (Jul 2024) · Target: 40% · Trajectory: 38%", leaving out what the series lacks. */
    static String summary(ChartSeries s) {
        List<String> parts = new ArrayList<>();
        int latest = s.latestIndex();
        int at = latest >= 0 ? latest : s.periods().size() - 1;
        if (latest >= 0) {
            parts.add("Latest: " + value(s, s.actuals().get(latest)) + " (" + s.periods().get(latest) + ")");
        }
        if (at >= 0 && s.targets().get(at) != null) {
            parts.add("Target: " + ValueFormat.withUnit(s.targets().get(at), s.decimals(), s.unit()));
        }
        if (at >= 0 && s.trajectory().get(at) != null) {
            parts.add("Trajectory: " + ValueFormat.withUnit(s.trajectory().get(at), s.decimals(), s.unit()));
        }
        return String.join(" \u00b7 ", parts);
    }

    /** Everything the chart shows, as sentences. */
    static String description(ChartSeries s, ChartMode mode, SpcResult spc) {
        StringBuilder b = new StringBuilder();
        b.append(mode == ChartMode.SPC && spc != null ? "Statistical process control chart of " : "Line chart of ")
                .append(s.title().isEmpty() ? "a measure" : s.title());
        if (!s.periods().isEmpty()) {
            b.append(", ").append(s.periods().get(0)).append(" to ").append(s.periods().get(s.periods().size() - 1));
        }
        b.append(". ");
        String summary = summary(s);
        b.append(summary.isEmpty() ? "" : summary.replace(" \u00b7 ", "; ") + ". ");
        if (!s.hasValues()) {
            b.append(NO_VALUES).append(". ");
        }
        if (mode == ChartMode.SPC && spc != null) {
            SpcPeriod last = spc.periods().get(spc.periods().size() - 1);
            b.append("Mean ").append(ValueFormat.withUnit(last.mean(), s.decimals() + 1, s.unit()));
            if (last.lowerLimit() != null && last.upperLimit() != null) {
                b.append(", process limits ").append(ValueFormat.withUnit(last.lowerLimit(), s.decimals() + 1,
                        s.unit())).append(" to ").append(ValueFormat.withUnit(last.upperLimit(), s.decimals() + 1,
                        s.unit()));
            }
            b.append(spc.periods().size() > 1 ? " (since the last rebase). " : ". ");
            b.append("Variation: ").append(spc.variation().label()).append(". ");
            if (spc.assurance() != null) {
                b.append("Assurance: ").append(spc.assurance().label()).append(". ");
            }
            if (spc.hasShortPeriod()) {
                b.append(SHORT_WARNING).append(". ");
            }
        }
        List<String> values = new ArrayList<>();
        for (int i = 0; i < s.periods().size(); i++) {
            Double v = s.actuals().get(i);
            if (v != null) {
                values.add(s.periods().get(i) + " " + value(s, v));
            }
        }
        if (!values.isEmpty()) {
            b.append("Values: ").append(String.join(", ", values)).append('.');
        }
        return b.toString().strip();
    }
}

package org.jointplan.chart;

import java.util.ArrayList;
import java.util.List;
import org.jointplan.domain.BragKey;
import org.jointplan.domain.Status;
import org.jointplan.domain.StatusSummary;

/**
 * The committee paper's small chart of actions by status: a bar for each priority, split into its statuses in the
 * order committees read them (complete first, not started last), each part in its BRAG colour with its count written
 * on it where it fits, and a key of symbol and word, so colour is never the only carrier.
 */
public final class StatusCountChart {
    /** One bar: a priority's name and its counts. */
    public record Bar(String label, StatusSummary summary) {
    }

    static final List<Status> ORDER = List.of(Status.COMPLETE, Status.ON_TRACK, Status.AT_RISK, Status.OFF_TRACK,
            Status.NOT_STARTED);

    private StatusCountChart() {
    }

    /** The chart {@code width} wide, as tall as its bars need, at the type scale's text size. */
    public static ChartLayout layout(List<Bar> bars, BragKey key, double width, TypeScale type) {
        double text = type.text();
        double rowHeight = text * 2;
        double labelWidth = Math.min(width * 0.32, bars.stream()
                .mapToDouble(b -> TextMetrics.width(b.label(), text, false)).max().orElse(0) + text);
        List<Drawing> legend = new ArrayList<>();
        double keyHeight = legend(legend, key, text, width) + text * 0.6;
        double height = keyHeight + bars.size() * rowHeight + text;
        List<Drawing> drawings = new ArrayList<>();
        drawings.add(new Drawing.Rect(Role.BACKGROUND, new Box(0, 0, width, height), ChartPalette.BACKGROUND,
                null));
        drawings.addAll(legend);
        int most = bars.stream().mapToInt(b -> b.summary().total()).max().orElse(0);
        double barRoom = width - labelWidth - text;
        double y = keyHeight;
        for (Bar bar : bars) {
            drawings.add(new Drawing.Text(Role.ROW_LABEL, 0, y + rowHeight * 0.62,
                    TextMetrics.fit(bar.label(), text, false, labelWidth - text / 2), text, false,
                    Drawing.Anchor.START, ChartPalette.TEXT));
            double x = labelWidth;
            for (Status s : ORDER) {
                int n = bar.summary().count(s);
                if (n == 0 || most == 0) {
                    continue;
                }
                double w = barRoom * n / most;
                drawings.add(new Drawing.Rect(Role.BAR, new Box(x, y + rowHeight * 0.15, w, rowHeight * 0.7),
                        StatusColours.of(s), null));
                String count = Integer.toString(n);
                if (TextMetrics.width(count, text, true) + text * 0.4 <= w) {
                    drawings.add(new Drawing.Text(Role.BAR_LABEL, x + w / 2, y + rowHeight * 0.62, count, text,
                            true, Drawing.Anchor.MIDDLE, StatusColours.textOn(s)));
                }
                x += w;
            }
            y += rowHeight;
        }
        return new ChartLayout(width, height, drawings, "Actions by status for each priority",
                description(bars, key), new ChartAxes(new Box(0, 0, width, height), 0, 0, 0, List.of()), text);
    }

    /**
     * The key across the top: a swatch, then the symbol, the colour and the plan's word of each status ("▲ Amber:
     * at risk"), on as many rows as the width needs. Returns the key's height.
     */
    private static double legend(List<Drawing> drawings, BragKey key, double text, double width) {
        double x = 0;
        double baseline = TextMetrics.lineSpacing(text) * 0.85;
        for (Status s : ORDER) {
            String words = s.symbol() + " " + key.entry(s).colourAndLabel();
            double need = text + text * 0.4 + TextMetrics.width(words, text, false) + text;
            if (x > 0 && x + need > width) {
                x = 0;
                baseline += TextMetrics.lineSpacing(text);
            }
            drawings.add(new Drawing.Rect(Role.LEGEND, new Box(x, baseline - text * 0.8, text, text),
                    StatusColours.of(s), null));
            drawings.add(new Drawing.Text(Role.LEGEND, x + text * 1.4, baseline, words, text, false,
                    Drawing.Anchor.START, ChartPalette.TEXT));
            x += need;
        }
        return baseline - TextMetrics.lineSpacing(text) * 0.85 + TextMetrics.lineSpacing(text);
    }

    private static String description(List<Bar> bars, BragKey key) {
        StringBuilder b = new StringBuilder("Bar chart of actions by status for each priority. ");
        for (Bar bar : bars) {
            b.append(bar.label()).append(": ").append(bar.summary().describe(key)).append(". ");
        }
        return b.toString().strip();
    }
}

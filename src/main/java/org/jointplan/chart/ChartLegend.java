package org.jointplan.chart;

import java.util.ArrayList;
import java.util.List;

/** The key in words under the chart: a short sample of each line or point, then what it is, flowed into rows. */
final class ChartLegend {
    /** One entry: a line sample (vertical for the rebase rule), a marker, or both. */
    record Item(String words, Stroke line, boolean vertical, Drawing.Shape shape, ChartColour fill, Stroke outline) {
        static Item line(String words, Stroke line) {
            return new Item(words, line, false, null, null, null);
        }

        static Item rule(String words, Stroke line) {
            return new Item(words, line, true, null, null, null);
        }

        static Item marker(String words, Drawing.Shape shape, ChartColour fill, Stroke outline) {
            return new Item(words, null, false, shape, fill, outline);
        }

        static Item lineAndMarker(String words, Stroke line, Drawing.Shape shape, ChartColour fill) {
            return new Item(words, line, false, shape, fill, Stroke.solid(line.colour(), line.width() / 2));
        }
    }

    private final List<List<Item>> rows = new ArrayList<>();
    private final double t;
    private final double room;

    /** Lays the items into rows no wider than the room, at text size t. */
    ChartLegend(List<Item> items, double t, double room) {
        this.t = t;
        this.room = room;
        List<Item> row = new ArrayList<>();
        double used = 0;
        for (Item item : items) {
            double w = width(item);
            if (!row.isEmpty() && used + gap() + w > room) {
                rows.add(row);
                row = new ArrayList<>();
                used = 0;
            }
            used += (row.isEmpty() ? 0 : gap()) + w;
            row.add(item);
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
    }

    double height() {
        return rows.size() * TextMetrics.lineSpacing(t);
    }

    void paint(DrawingList out, double left, double top) {
        double baseline = top + TextMetrics.ascent(t);
        for (List<Item> row : rows) {
            double x = left;
            for (Item item : row) {
                double mid = baseline - 0.35 * t;
                double sample = sample();
                if (item.line() != null && item.vertical()) {
                    out.add(new Drawing.Line(Role.LEGEND, x + sample / 2, mid - 0.5 * t, x + sample / 2, mid + 0.5 * t,
                            item.line()));
                } else if (item.line() != null) {
                    out.add(new Drawing.Line(Role.LEGEND, x, mid, x + sample, mid, item.line()));
                }
                if (item.shape() != null) {
                    out.add(new Drawing.Marker(Role.LEGEND, x + sample / 2, mid, 0.7 * t, item.shape(), item.fill(),
                            item.outline(), ""));
                }
                String words = TextMetrics.fit(item.words(), t, false, room - sample - 0.4 * t);
                out.add(new Drawing.Text(Role.LEGEND, x + sample + 0.4 * t, baseline, words, t, false,
                        Drawing.Anchor.START, ChartPalette.TEXT));
                x += width(item) + gap();
            }
            baseline += TextMetrics.lineSpacing(t);
        }
    }

    private double width(Item item) {
        return Math.min(room, sample() + 0.4 * t + TextMetrics.width(item.words(), t, false));
    }

    private double sample() {
        return 2.2 * t;
    }

    private double gap() {
        return 1.4 * t;
    }
}

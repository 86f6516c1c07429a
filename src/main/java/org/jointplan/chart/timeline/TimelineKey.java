package org.jointplan.chart.timeline;

import java.util.ArrayList;
import java.util.List;
import org.jointplan.chart.Box;
import org.jointplan.chart.Drawing;
import org.jointplan.chart.Role;
import org.jointplan.chart.StatusColours;
import org.jointplan.chart.TextMetrics;
import org.jointplan.domain.BragKey;
import org.jointplan.domain.Status;

/**
 * The key on every page, in the plan's own words: each status as a swatch of its colour holding its symbol, then its
 * colour and word ("Amber: at risk": colour is never the only carrier, nor left to guess), then the timeline's other
 * marks. Flowed into as many lines as it needs.
 */
final class TimelineKey {
    private enum Mark { STATUS, MILESTONE, BASELINE, AS_AT, COMMITTEE, RUNS_ON }

    private record Item(Mark mark, BragKey.Entry entry, String words) {
    }

    private TimelineKey() {
    }

    /** Lays the key out from {@code top}; returns the y where it ends. */
    static double lay(List<Drawing> out, BragKey key, TimelineStyle s, double top) {
        double t = s.t();
        List<Item> items = new ArrayList<>();
        for (BragKey.Entry e : key.inReadingOrder()) {
            items.add(new Item(Mark.STATUS, e, e.colourAndLabel()));
        }
        items.add(new Item(Mark.MILESTONE, null, "Milestone (filled when met)"));
        items.add(new Item(Mark.BASELINE, null, "Baseline, when moved"));
        items.add(new Item(Mark.AS_AT, null, "As at"));
        items.add(new Item(Mark.COMMITTEE, null, "Committee date"));
        items.add(new Item(Mark.RUNS_ON, null, "Runs on beyond the dates shown"));
        String heading = "Key:";
        double left = s.pad();
        double right = s.plotRight();
        double x = left;
        double baseline = top + TextMetrics.ascent(t);
        out.add(text(Role.LEGEND, x, baseline, heading, t, true));
        x += TextMetrics.width(heading, t, true) + 0.6 * t;
        for (Item item : items) {
            double sample = 1.8 * t;
            String words = TextMetrics.fit(item.words(), t, false, right - left - sample - 0.4 * t);
            double w = sample + 0.4 * t + TextMetrics.width(words, t, false);
            if (x > left && x + w > right) {
                x = left;
                baseline += TextMetrics.lineSpacing(t) + 0.2 * t;
            }
            sample(out, item, x, baseline, sample, s);
            out.add(text(Role.LEGEND, x + sample + 0.4 * t, baseline, words, t, false));
            x += w + 1.2 * t;
        }
        return baseline - TextMetrics.ascent(t) + TextMetrics.lineSpacing(t);
    }

    private static void sample(List<Drawing> out, Item item, double x, double baseline, double w, TimelineStyle s) {
        double t = s.t();
        double mid = baseline - 0.35 * t;
        switch (item.mark()) {
            case STATUS -> {
                Box swatch = new Box(x, mid - 0.6 * t, w, 1.2 * t);
                out.add(new Drawing.Rect(Role.LEGEND, swatch, StatusColours.of(item.entry().status()), null));
                out.add(new Drawing.Text(Role.LEGEND, x + w / 2, baseline, item.entry().status().symbol(), t, true,
                        Drawing.Anchor.MIDDLE, StatusColours.textOn(item.entry().status())));
            }
            case MILESTONE -> out.add(new Drawing.Marker(Role.LEGEND, x + w / 2, mid, 0.8 * t, Drawing.Shape.DIAMOND,
                    TimelineStyle.MILESTONE, s.milestoneOutline(), ""));
            case BASELINE -> out.add(new Drawing.Rect(Role.LEGEND, new Box(x, mid - 0.2 * t, w, 0.4 * t), null,
                    s.baselineStroke()));
            case AS_AT -> out.add(new Drawing.Line(Role.LEGEND, x + w / 2, mid - 0.6 * t, x + w / 2, mid + 0.6 * t,
                    s.asAtStroke()));
            case COMMITTEE -> out.add(Marks.committee(Role.LEGEND, x + w / 2, mid + 0.3 * t, t));
            case RUNS_ON -> {
                out.add(new Drawing.Rect(Role.LEGEND, new Box(x, mid - 0.45 * t, w, 0.9 * t),
                        StatusColours.NOT_STARTED, null));
                out.add(Marks.runsOn(Role.LEGEND, x + w, mid, 0.9 * t, false, Status.NOT_STARTED));
            }
        }
    }

    static Drawing.Text text(Role role, double x, double baseline, String words, double size, boolean bold) {
        return new Drawing.Text(role, x, baseline, words, size, bold, Drawing.Anchor.START, TimelineStyle.TEXT);
    }
}

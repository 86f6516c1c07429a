package org.jointplan.chart.slides;

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
 * The key at the foot of a slide, in the plan's own words and with each colour named ("Amber: At risk"), so that
 * colour is never the only carrier: each status as a swatch holding its symbol, then (on timeline slides) the marks.
 * Items flow into as many lines as the width needs; an item is never split.
 */
final class SlideKey {
    private enum Mark { STATUS, PERCENT, MILESTONE, BASELINE, AS_AT, COMMITTEE }

    private record Item(Mark mark, Status status, String words) {
    }

    private final SlideStyle s;
    private final List<Item> items = new ArrayList<>();

    /** @param marks whether the timeline's marks (milestone, baseline, as-at line, committee date) are keyed too */
    SlideKey(SlideStyle s, BragKey key, boolean marks) {
        this.s = s;
        for (BragKey.Entry e : key.inReadingOrder()) {
            items.add(new Item(Mark.STATUS, e.status(), colourWords(e)));
        }
        if (marks) {
            items.add(new Item(Mark.PERCENT, null, "Filled: % complete"));
            items.add(new Item(Mark.MILESTONE, null, "Milestone (filled when met)"));
            items.add(new Item(Mark.BASELINE, null, "Baseline, when moved"));
            items.add(new Item(Mark.AS_AT, null, "As at"));
            items.add(new Item(Mark.COMMITTEE, null, "Committee date"));
        }
    }

    /** "Amber: At risk"; a plan's word that already names its colour ("Amber: slipping") is kept as it is. */
    static String colourWords(BragKey.Entry e) {
        return e.label().toLowerCase(java.util.Locale.UK).startsWith(e.colour().toLowerCase(java.util.Locale.UK))
                ? e.label() : e.colour() + ": " + e.label();
    }

    private double sample() {
        return 1.7 * s.t();
    }

    private String words(Item item, double room) {
        return SlideText.lines(item.words(), s.t(), false, room - sample() - 0.35 * s.t(), 1).get(0);
    }

    private double itemWidth(Item item, double room) {
        return sample() + 0.35 * s.t() + TextMetrics.width(words(item, room), s.t(), false);
    }

    /** How many lines the key takes in this width. */
    int lines(double room) {
        return flow(null, 0, 0, room);
    }

    /** Paints the key from the first baseline at x. */
    void paint(SlideCanvas c, double x, double baseline, double room) {
        flow(c, x, baseline, room);
    }

    private int flow(SlideCanvas c, double left, double firstBaseline, double room) {
        double t = s.t();
        double x = 0;
        int line = 0;
        for (Item item : items) {
            double w = itemWidth(item, room);
            if (x > 0 && x + w > room) {
                x = 0;
                line++;
            }
            if (c != null) {
                double baseline = firstBaseline + line * s.line();
                sample(c, item, left + x, baseline);
                c.text(Role.LEGEND, left + x + sample() + 0.35 * t, baseline, words(item, room), t, false,
                        Drawing.Anchor.START, SlideStyle.TEXT);
            }
            x += w + 0.9 * t;
        }
        return line + 1;
    }

    private void sample(SlideCanvas c, Item item, double x, double baseline) {
        double t = s.t();
        double w = sample();
        double mid = baseline - 0.35 * t;
        switch (item.mark()) {
            case STATUS -> {
                c.shape(new Drawing.Rect(Role.LEGEND, new Box(x, mid - 0.6 * t, w, 1.2 * t),
                        StatusColours.of(item.status()), null));
                c.text(Role.LEGEND, x + w / 2, baseline, item.status().symbol(), t, true, Drawing.Anchor.MIDDLE,
                        org.jointplan.chart.Palette.LIGHT.textOn(item.status())); // dark on amber, white elsewhere
            }
            case PERCENT -> {
                Box bar = new Box(x, mid - 0.4 * t, w, 0.8 * t);
                c.shape(new Drawing.Rect(Role.LEGEND, new Box(x, bar.y(), w * 0.6, bar.height()),
                        StatusColours.ON_TRACK, null));
                c.shape(new Drawing.Rect(Role.LEGEND, bar, null,
                        org.jointplan.chart.Stroke.solid(StatusColours.ON_TRACK, Math.max(1, 0.1 * t))));
            }
            case MILESTONE -> c.shape(new Drawing.Marker(Role.LEGEND, x + w / 2, mid, 0.8 * t, Drawing.Shape.DIAMOND,
                    SlideStyle.MILESTONE, s.milestoneOutline(), ""));
            case BASELINE -> c.shape(new Drawing.Rect(Role.LEGEND, new Box(x, mid - 0.15 * t, w, 0.3 * t), null,
                    s.baselineStroke()));
            case AS_AT -> c.shape(new Drawing.Line(Role.LEGEND, x + w / 2, mid - 0.6 * t, x + w / 2, mid + 0.6 * t,
                    s.asAtStroke()));
            case COMMITTEE -> c.shape(SlideMarks.committee(Role.LEGEND, x + w / 2, mid + 0.3 * t, t));
        }
    }
}

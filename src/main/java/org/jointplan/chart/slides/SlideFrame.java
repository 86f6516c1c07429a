package org.jointplan.chart.slides;

import java.time.LocalDate;
import java.util.List;
import org.jointplan.chart.Drawing;
import org.jointplan.chart.Role;
import org.jointplan.chart.TextMetrics;
import org.jointplan.domain.BragKey;
import org.jointplan.domain.UkDates;

/**
 * What every slide repeats: at the top the plan's title (up to two lines), what the slide shows and the date it is
 * as at (never cut: the caption gives way to it); at the foot the key, when the slide has one, and the slide's number.
 */
final class SlideFrame {
    private static final String LONGEST_NUMBER = "Slide 000 of 000";
    private final SlideStyle s;
    private final List<String> title;
    private final String asAt;
    private final SlideKey key;

    /** @param key the key the foot shows; null for none */
    SlideFrame(SlideStyle s, String planTitle, LocalDate asAt, SlideKey key) {
        this.s = s;
        this.title = SlideText.lines(planTitle, s.titleSize(), true, s.right() - s.pad(), 2);
        String prose = "As at " + UkDates.prose(asAt);
        this.asAt = TextMetrics.width(prose, s.t(), true) <= 0.45 * (s.right() - s.pad()) ? prose
                : "As at " + UkDates.numeric(asAt);
        this.key = key;
    }

    private double captionRoom() {
        return s.right() - s.pad() - TextMetrics.width(asAt, s.t(), true) - 1.5 * s.t();
    }

    private List<String> captionLines(String caption) {
        return SlideText.lines(caption, s.t(), false, captionRoom(), 2);
    }

    /** Where the content begins under the header holding this caption (or the longest one like it). */
    double contentTop(String caption) {
        double ts = s.titleSize();
        double y = s.pad() + title.size() * TextMetrics.lineSpacing(ts) + 0.15 * s.t();
        return y + captionLines(caption).size() * s.line() + 0.75 * s.t();
    }

    private double numberWidth() {
        return TextMetrics.width(LONGEST_NUMBER, s.t(), false) + 1.2 * s.t();
    }

    /** Where the content ends above the foot. */
    double contentBottom() {
        int lines = key == null ? 1 : Math.max(1, key.lines(s.right() - s.pad() - numberWidth()));
        return s.bottom() - lines * s.line() - 0.6 * s.t();
    }

    /** Paints the header and foot. */
    void paint(SlideCanvas c, String caption, int number, int total) {
        double ts = s.titleSize();
        double baseline = s.pad() + TextMetrics.ascent(ts);
        c.lines(Role.TITLE, s.pad(), baseline, title, ts, true, SlideStyle.TEXT, "");
        double captionBaseline = s.pad() + title.size() * TextMetrics.lineSpacing(ts) + 0.15 * s.t()
                + TextMetrics.ascent(s.t());
        List<String> lines = captionLines(caption);
        c.lines(Role.SUMMARY, s.pad(), captionBaseline, lines, s.t(), false, SlideStyle.TEXT, caption);
        c.text(Role.SUMMARY, s.right(), captionBaseline, asAt, s.t(), true, Drawing.Anchor.END, SlideStyle.TEXT);
        double rule = contentTop(caption) - 0.4 * s.t();
        c.shape(new Drawing.Line(Role.AXIS, s.pad(), rule, s.right(), rule, s.rule()));
        double foot = contentBottom() + 0.25 * s.t();
        c.shape(new Drawing.Line(Role.AXIS, s.pad(), foot, s.right(), foot, s.rule()));
        double footBaseline = foot + 0.35 * s.t() + TextMetrics.ascent(s.t());
        if (key != null) {
            key.paint(c, s.pad(), footBaseline, s.right() - s.pad() - numberWidth());
        }
        c.text(Role.SUMMARY, s.right(), footBaseline, "Slide " + number + " of " + total, s.t(), false,
                Drawing.Anchor.END, SlideStyle.MUTED);
    }
}

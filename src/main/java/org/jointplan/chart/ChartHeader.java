package org.jointplan.chart;

import java.util.ArrayList;
import java.util.List;
import org.jointplan.domain.spc.SpcResult;

/**
 * The top of a chart: the title (up to two lines), the summary in words, then for SPC the variation and assurance
 * icons each with its words, and the provisional-limits warning.
 */
final class ChartHeader {
    private record Icon(String words, boolean variation) {
    }

    private ChartHeader() {
    }

    /** Lays the header out from {@code top} in the room given; returns the y where it ends. */
    static double lay(DrawingList out, ChartSeries s, SpcResult spc, double left, double top, double room,
                      double t, boolean withSummary) {
        double y = top;
        double titleSize = 1.3 * t;
        for (String line : TextMetrics.wrap(s.title().isEmpty() ? "Measure" : s.title(), titleSize, true, room, 2)) {
            out.add(new Drawing.Text(Role.TITLE, left, y + TextMetrics.ascent(titleSize), line, titleSize, true,
                    Drawing.Anchor.START, ChartPalette.TEXT));
            y += TextMetrics.lineSpacing(titleSize);
        }
        String summary = ChartWords.summary(s);
        if (withSummary && !summary.isEmpty()) {
            out.add(new Drawing.Text(Role.SUMMARY, left, y + TextMetrics.ascent(t), TextMetrics.fit(summary, t, false,
                    room), t, false, Drawing.Anchor.START, ChartPalette.MUTED_TEXT));
            y += TextMetrics.lineSpacing(t);
        }
        if (spc != null) {
            y += 0.3 * t;
            y = icons(out, spc, left, y, room, t);
            if (spc.hasShortPeriod()) {
                for (String line : TextMetrics.wrap(ChartWords.SHORT_WARNING, t, true, room, 2)) {
                    out.add(new Drawing.Text(Role.WARNING, left, y + TextMetrics.ascent(t), line, t, true,
                            Drawing.Anchor.START, ChartPalette.WARNING));
                    y += TextMetrics.lineSpacing(t);
                }
            }
        }
        return y;
    }

    private static double icons(DrawingList out, SpcResult spc, double left, double top, double room, double t) {
        List<Icon> icons = new ArrayList<>();
        icons.add(new Icon(spc.variation().label(), true));
        if (spc.assurance() != null) {
            icons.add(new Icon(spc.assurance().label(), false));
        }
        double d = 2.8 * t;
        double gap = 0.5 * t;
        double oneRow = -1.5 * t;
        for (Icon icon : icons) {
            oneRow += 1.5 * t + d + gap + TextMetrics.width(icon.words(), t, false);
        }
        double x = left;
        double y = top;
        double rowHeight = 0;
        for (Icon icon : icons) {
            double labelRoom = oneRow <= room ? TextMetrics.width(icon.words(), t, false) : room - d - gap;
            List<String> lines = TextMetrics.wrap(icon.words(), t, false, labelRoom, 2);
            double h = Math.max(d, lines.size() * TextMetrics.lineSpacing(t));
            if (oneRow > room && x > left) {
                x = left;
                y += rowHeight + 0.3 * t;
                rowHeight = 0;
            }
            double cy = y + h / 2;
            if (icon.variation()) {
                SpcIcons.variation(out, spc.variation(), x + d / 2, cy, d);
            } else {
                SpcIcons.assurance(out, spc.assurance(), x + d / 2, cy, d);
            }
            double baseline = cy - lines.size() * TextMetrics.lineSpacing(t) / 2 + TextMetrics.ascent(t)
                    + (TextMetrics.lineSpacing(t) - TextMetrics.lineHeight(t)) / 2;
            double width = 0;
            for (String line : lines) {
                out.add(new Drawing.Text(Role.ICON_LABEL, x + d + gap, baseline, line, t, false, Drawing.Anchor.START,
                        ChartPalette.TEXT));
                width = Math.max(width, TextMetrics.width(line, t, false));
                baseline += TextMetrics.lineSpacing(t);
            }
            rowHeight = Math.max(rowHeight, h);
            x += d + gap + width + 1.5 * t;
        }
        return y + rowHeight + 0.3 * t;
    }
}

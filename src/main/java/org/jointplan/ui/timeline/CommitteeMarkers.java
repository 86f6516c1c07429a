package org.jointplan.ui.timeline;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import org.jointplan.domain.CommitteeDate;

/**
 * The plan's committee dates on the timeline: a dashed teal line down the chart (milestones are diamonds, today a
 * solid purple line, so none is mistaken for another) and a label in a band of its own under the dates. Labels are
 * laid out left to right, each right of its line if there is room, else left of it, with the longest wording that
 * fits; none overlaps another label or crosses the today (as-at) line.
 */
final class CommitteeMarkers {
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM", Locale.UK);
    static final String CORNER_LABEL = "Committee dates";

    private CommitteeMarkers() {
    }

    /** The markers in view, in drawing-area coordinates, for a drawing area {@code width} wide. */
    static List<CommitteeMarker> layout(TimelineView view, double width) {
        if (!view.hasCommitteeBand()) {
            return List.of();
        }
        TimelineLook look = view.look();
        TextFit fit = TextFit.of(look.small);
        double half = view.getPixelsPerDay() / 2;
        double top = view.bandCount() * look.bandHeight;
        double height = look.bandHeight;
        double gap = Math.max(4, look.fontSize * 0.4);
        double flag = flagRadius(look);
        double todayX = view.x(view.getShownDate()) + half;
        double left = view.chartLeft();
        List<Bounds> taken = new ArrayList<>();
        List<CommitteeMarker> markers = new ArrayList<>();
        List<CommitteeDate> dates = view.getPlan().committeeDates().stream()
                .sorted(Comparator.comparing(CommitteeDate::date).thenComparing(CommitteeDate::name)).toList();
        for (CommitteeDate d : dates) {
            double x = view.x(d.date()) + half;
            if (x < left || x > width) {
                continue;
            }
            CommitteeMarker placed = new CommitteeMarker(d, x, null, null);
            search:
            for (String text : wordings(d)) {
                double w = fit.width(text);
                for (double x0 : new double[] {x + flag + gap / 2, x - flag - gap / 2 - w}) {
                    Bounds box = new BoundingBox(x0, top, w, height);
                    if (fits(box, left, width, todayX, gap, taken)) {
                        taken.add(box);
                        placed = new CommitteeMarker(d, x, text, box);
                        break search;
                    }
                }
            }
            markers.add(placed);
        }
        return markers;
    }

    /** From the longest wording to the shortest: name and date, name and day, name, day. */
    static List<String> wordings(CommitteeDate d) {
        return List.of(d.name() + " · " + LONG.format(d.date()), d.name() + " · " + SHORT.format(d.date()), d.name(),
                SHORT.format(d.date()));
    }

    private static boolean fits(Bounds box, double left, double right, double todayX, double gap,
                                List<Bounds> taken) {
        if (box.getMinX() < left + 2 || box.getMaxX() > right - 2) {
            return false;
        }
        if (todayX > box.getMinX() - gap && todayX < box.getMaxX() + gap) {
            return false;
        }
        return taken.stream().noneMatch(t -> box.getMinX() < t.getMaxX() + gap && box.getMaxX() + gap > t.getMinX());
    }

    static double flagRadius(TimelineLook look) {
        return Math.max(4, look.bandHeight * 0.25);
    }

    /** The dashed lines down the chart, under the bars and the today line. */
    static void lines(PaintContext c, List<CommitteeMarker> markers) {
        if (c.rows.size() == 0 || markers.isEmpty()) {
            return;
        }
        c.gc.setLineDashes(6, 4);
        for (CommitteeMarker m : markers) {
            c.vline(m.x(), c.axisHeight, c.rowsBottom(), c.look.committee, Math.max(2, Math.round(c.look.lineWidth)));
        }
        c.gc.setLineDashes();
    }

    /** The committee band of the axis: each marker's flag and label. */
    static void band(PaintContext c, List<CommitteeMarker> markers) {
        double top = c.view.bandCount() * c.look.bandHeight;
        double h = c.look.bandHeight;
        double r = flagRadius(c.look);
        for (CommitteeMarker m : markers) {
            c.gc.setFill(c.look.committee);
            c.gc.fillPolygon(new double[] {m.x() - r, m.x() + r, m.x()},
                    new double[] {top + h / 2 - r, top + h / 2 - r, top + h / 2 + r}, 3);
            c.vline(m.x(), top + h / 2 + r, c.axisHeight, c.look.committee, 2);
            if (m.label() != null) {
                c.text(m.text(), m.label().getMinX(), top + h / 2, c.look.small, c.look.committee);
            }
        }
    }
}

package org.jointplan.chart.slides;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jointplan.chart.Box;
import org.jointplan.chart.ChartPalette;
import org.jointplan.chart.Drawing;
import org.jointplan.chart.Role;
import org.jointplan.chart.TextMetrics;
import org.jointplan.domain.Milestone;
import org.jointplan.domain.ReportPosition;
import org.jointplan.domain.ReportPosition.ActionLine;
import org.jointplan.domain.ReportPosition.PriorityLine;
import org.jointplan.domain.UkDates;

/**
 * The whole plan on one slide: every priority as one compact lane (its number and name, its counts in words, one
 * bar from its first action's start to its last one's due date filled to their average percent, its own milestones,
 * and its rating and direction of travel in words at right). When the lanes do not fit, the text shrinks to the
 * smallest size a room reads; only a plan with very many priorities continues on a second slide.
 */
final class WholePlanSlides {
    private record Lane(PriorityLine line, int number, List<ActionLine> actions, List<Milestone> milestones,
                        List<String> name, List<String> counts, List<String> rating, double height) {
    }

    private final ReportPosition position;
    private final Map<UUID, List<ActionLine>> actions;
    private final LocalDate from;
    private final LocalDate to;

    WholePlanSlides(ReportPosition position, Map<UUID, List<ActionLine>> actions, LocalDate from, LocalDate to) {
        this.position = position;
        this.actions = actions;
        this.from = from;
        this.to = to;
    }

    /** The slides at the largest text (from the ordinary size down to the smallest) at which every lane fits. */
    List<Draft> lay(SlideStyle ordinary) {
        // text share, lines of a name, lines of the counts: the roomiest that fits, the smallest text paginates
        double[][] attempts = {{1, 3, 2}, {1, 3, 1}, {1, 2, 1}, {0.87, 3, 1}, {0.87, 2, 1},
            {SlideStyle.SMALLEST_SHARE, 2, 1}};
        for (int i = 0; i < attempts.length; i++) {
            double[] a = attempts[i];
            List<Draft> drafts = at(ordinary.withText(ordinary.t() * a[0]), (int) a[1], (int) a[2],
                    i == attempts.length - 1);
            if (drafts != null) {
                return drafts;
            }
        }
        throw new IllegalStateException("unreachable: the smallest text paginates");
    }

    /** The slides at this text size; null when they would need more than one slide and {@code paginate} is off. */
    private List<Draft> at(SlideStyle s, int nameLines, int countLines, boolean paginate) {
        SlideFrame frame = new SlideFrame(s, position.plan().plan().title(), position.asAt(),
                new SlideKey(s, position.key(), true));
        String caption = "Whole plan: " + position.priorities().size()
                + (position.priorities().size() == 1 ? " priority" : " priorities");
        double widest = 0;
        for (PriorityLine p : position.priorities()) {
            widest = Math.max(widest, Math.max(TextMetrics.width(ratingWords(p), s.t(), false),
                    TextMetrics.width(p.direction().describe(), s.t(), false)));
        }
        Columns columns = Columns.of(s, 0.38, widest);
        SlideAxis axis = new SlideAxis(s, from, to, columns.plotLeft(), columns.plotRight(), position.asAt(),
                position.plan().committeeDates());
        Bars bars = new Bars(s, axis);
        double top = frame.contentTop(caption + ", 99 of 99");
        double rowsTop = top + axis.height();
        double room = frame.contentBottom() - rowsTop;
        List<Lane> lanes = new ArrayList<>();
        int number = 0;
        for (PriorityLine p : position.priorities()) {
            lanes.add(lane(s, columns, bars, p, ++number, nameLines, countLines));
        }
        List<List<Lane>> pages = new ArrayList<>();
        List<Lane> page = new ArrayList<>();
        double used = 0;
        for (Lane lane : lanes) {
            if (!page.isEmpty() && used + lane.height() > room) {
                if (!paginate) {
                    return null;
                }
                pages.add(page);
                page = new ArrayList<>();
                used = 0;
            }
            page.add(lane);
            used += lane.height();
        }
        pages.add(page);
        List<Draft> drafts = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            String pageCaption = caption + (pages.size() > 1 ? ", " + (i + 1) + " of " + pages.size() : "");
            List<Lane> shown = pages.get(i);
            drafts.add(new Draft(Slide.Kind.WHOLE_PLAN, pageCaption, null, null, List.of(),
                    shown.stream().map(l -> l.line().id()).toList(), i + 1, pages.size(), frame,
                    () -> new Draft.Content(paint(s, columns, axis, bars, shown, top, rowsTop),
                            description(pageCaption, shown))));
        }
        return drafts;
    }

    private String ratingWords(PriorityLine p) {
        return p.rating().symbol() + " " + position.key().label(p.rating());
    }

    private Lane lane(SlideStyle s, Columns columns, Bars bars, PriorityLine p, int number, int nameLines,
                      int countLines) {
        List<ActionLine> own = actions.getOrDefault(p.id(), List.of());
        List<Milestone> ms = position.plan().milestones().stream()
                .filter(m -> m.actionId() == null && p.id().equals(m.priorityId()) && !m.date().isBefore(from)
                        && !m.date().isAfter(to)).toList();
        List<String> name = SlideText.lines(number + ". " + p.name(), s.t(), true, columns.labelWidth(), nameLines);
        List<String> counts = SlideText.lines(p.summary().describe(position.key()), s.t(), false,
                columns.labelWidth(), countLines);
        List<String> rating = List.of(ratingWords(p), p.direction().describe());
        double words = (name.size() + counts.size()) * s.line();
        double graphics = bars.barHeight() + (ms.isEmpty() ? 0 : bars.milestoneBand()) + 0.3 * s.t();
        return new Lane(p, number, own, ms, name, counts, rating, Math.max(words, graphics) + 0.45 * s.t());
    }

    private SlideCanvas paint(SlideStyle s, Columns columns, SlideAxis axis, Bars bars, List<Lane> shown,
                              double axisTop, double rowsTop) {
        SlideCanvas c = new SlideCanvas();
        c.shape(new Drawing.Rect(Role.BACKGROUND, new Box(0, 0, s.width(), s.height()), ChartPalette.BACKGROUND,
                null));
        double bottom = rowsTop + shown.stream().mapToDouble(Lane::height).sum();
        axis.paint(c, axisTop, Math.max(bottom, rowsTop + s.line()));
        lanes(c, s, columns, bars, shown, rowsTop);
        if (shown.isEmpty()) {
            c.text(Role.MESSAGE, columns.labelLeft(), rowsTop + TextMetrics.ascent(s.t()),
                    "The plan has no priorities yet.", s.t(), false, Drawing.Anchor.START, SlideStyle.TEXT);
        }
        return c;
    }

    private void lanes(SlideCanvas c, SlideStyle s, Columns columns, Bars bars, List<Lane> lanes, double top) {
        double y = top;
        int n = 0;
        for (Lane lane : lanes) {
            if (n++ % 2 == 1) {
                c.shape(new Drawing.Rect(Role.BACKGROUND, new Box(s.pad(), y, s.right() - s.pad(), lane.height()),
                        SlideStyle.STRIPE, null));
            }
            double baseline = y + 0.25 * s.t() + TextMetrics.ascent(s.t());
            double below = c.lines(Role.LANE_LABEL, columns.labelLeft(), baseline, lane.name(), s.t(), true,
                    SlideStyle.TEXT, lane.line().name());
            c.lines(Role.LANE_LABEL, columns.labelLeft(), below + s.line() - TextMetrics.lineHeight(s.t())
                    + TextMetrics.ascent(s.t()), lane.counts(), s.t(), false, SlideStyle.MUTED,
                    lane.line().summary().describe(position.key()));
            c.lines(Role.BAR_LABEL, columns.statusLeft(), baseline, lane.rating(), s.t(), false, SlideStyle.TEXT, "");
            double barTop = baseline - 0.35 * s.t() - bars.barHeight() / 2;
            if (!lane.actions().isEmpty()) {
                LocalDate start = lane.actions().stream().map(ActionLine::start).min(Comparator.naturalOrder())
                        .orElseThrow();
                LocalDate due = lane.actions().stream().map(ActionLine::due).max(Comparator.naturalOrder())
                        .orElseThrow();
                int percent = (int) Math.round(lane.actions().stream().mapToInt(ActionLine::percentComplete)
                        .average().orElse(0));
                if (!due.isBefore(from) && !start.isAfter(to)) {
                    bars.bar(c, start, due, lane.line().rating(), percent, barTop);
                }
            }
            bars.milestones(c, lane.milestones(), barTop + bars.barHeight(), c.tips());
            y += lane.height();
        }
    }

    private String description(String caption, List<Lane> lanes) {
        StringBuilder b = new StringBuilder(caption).append(", as at ").append(UkDates.numeric(position.asAt()))
                .append(": ");
        for (Lane lane : lanes) {
            b.append(lane.number()).append(". ").append(lane.line().name()).append(", rated ")
                    .append(position.key().label(lane.line().rating())).append(", ")
                    .append(lane.line().direction().describe()).append(", ")
                    .append(lane.line().summary().describe(position.key())).append(". ");
        }
        return b.toString().strip();
    }
}

package org.jointplan.chart.slides;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jointplan.chart.Box;
import org.jointplan.chart.Drawing;
import org.jointplan.chart.Role;
import org.jointplan.domain.Milestone;
import org.jointplan.domain.ReportPosition;
import org.jointplan.domain.ReportPosition.ActionLine;
import org.jointplan.domain.ReportPosition.PriorityLine;
import org.jointplan.domain.UkDates;

/**
 * A priority's slides: its name, rating and counts in a band, the axis, then one row per action (its title in up to
 * three lines at left, its bar and milestones in the plot, its status and percent in words at right). Rows that do
 * not fit continue on the next slide ("SLCN, 2 of 2"); every action is on exactly one of them.
 */
final class PrioritySlides {
    private record Row(ActionLine action, List<Milestone> milestones, List<String> title, List<String> status,
                       double height) {
    }

    private final ReportPosition position;
    private final SlideStyle s;
    private final SlideFrame frame;
    private final LocalDate from;
    private final LocalDate to;
    private final Columns columns;
    private final SlideAxis axis;
    private final Bars bars;
    private final Map<UUID, List<Milestone>> byAction = new HashMap<>();
    private final Map<UUID, List<Milestone>> byPriority = new HashMap<>();
    private final Map<org.jointplan.domain.Status, String> statusWords = new java.util.EnumMap<>(
            org.jointplan.domain.Status.class);
    private final SlideText.Memo memo = new SlideText.Memo();

    PrioritySlides(ReportPosition position, SlideStyle s, SlideFrame frame, LocalDate from, LocalDate to) {
        this.position = position;
        this.s = s;
        this.frame = frame;
        this.from = from;
        this.to = to;
        this.columns = Columns.of(s, 0.38, Columns.widestStatus(s, position.key()));
        this.axis = new SlideAxis(s, from, to, columns.plotLeft(), columns.plotRight(), position.asAt(),
                position.plan().committeeDates());
        this.bars = new Bars(s, axis);
        for (org.jointplan.domain.Status status : org.jointplan.domain.Status.values()) {
            statusWords.put(status, status.symbol() + " " + position.key().label(status));
        }
        for (Milestone m : position.plan().milestones()) {
            (m.actionId() != null ? byAction.computeIfAbsent(m.actionId(), k -> new ArrayList<>())
                    : byPriority.computeIfAbsent(m.priorityId(), k -> new ArrayList<>())).add(m);
        }
    }

    List<Draft> lay(PriorityLine p, int number, int count, List<ActionLine> actions) {
        String caption = "Priority " + number + " of " + count + ": " + shortName(p);
        double top = frame.contentTop(caption + ", 999 of 999");
        List<String> name = SlideText.lines(number + ". " + p.name(), s.t(), true, s.right() - s.pad() - 0.6 * s.t(),
                2);
        String summaryWords = "Rated " + p.rating().symbol() + " " + position.key().label(p.rating()) + " \u00b7 "
                + p.direction().describe() + " \u00b7 " + p.summary().describe(position.key());
        List<String> summary = SlideText.lines(summaryWords, s.t(), false, s.right() - s.pad() - 0.6 * s.t(), 2);
        double bandHeight = (name.size() + summary.size()) * s.line() + 0.4 * s.t();
        List<Milestone> own = byPriority.getOrDefault(p.id(), List.of()).stream().filter(m -> axis.contains(m.date()))
                .toList();
        double rowsTop = top + bandHeight + 0.3 * s.t() + axis.height() + (own.isEmpty() ? 0
                : bars.milestoneBand() + 0.3 * s.t());
        double bottom = frame.contentBottom();
        List<List<Row>> pages = paginate(actions.stream().map(this::row).toList(), bottom - rowsTop);
        List<Draft> drafts = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            List<Row> rows = pages.get(i);
            int page = i + 1;
            String pageCaption = caption + (pages.size() > 1 ? ", " + page + " of " + pages.size() : "");
            drafts.add(new Draft(Slide.Kind.PRIORITY, pageCaption, p.id(), null,
                    rows.stream().map(r -> r.action().id()).toList(), List.of(p.id()), page, pages.size(), frame,
                    () -> new Draft.Content(paint(p, top, bandHeight, name, summary, summaryWords, own, rowsTop, rows),
                            description(pageCaption, p, rows))));
        }
        return drafts;
    }

    private SlideCanvas paint(PriorityLine p, double top, double bandHeight, List<String> name, List<String> summary,
                              String summaryWords, List<Milestone> own, double rowsTop, List<Row> rows) {
        {
            SlideCanvas c = new SlideCanvas();
            c.shape(new Drawing.Rect(Role.BACKGROUND, new Box(0, 0, s.width(), s.height()),
                    org.jointplan.chart.ChartPalette.BACKGROUND, null));
            c.shape(new Drawing.Rect(Role.LANE, new Box(s.pad(), top, s.right() - s.pad(), bandHeight),
                    SlideStyle.BAND, null));
            double y = c.lines(Role.LANE_LABEL, s.pad() + 0.3 * s.t(), top + 0.2 * s.t() + ascent(), name, s.t(),
                    true, SlideStyle.TEXT, p.name());
            c.lines(Role.LANE_LABEL, s.pad() + 0.3 * s.t(), y + s.line() - lineHeight() + ascent(), summary, s.t(),
                    false, SlideStyle.TEXT, summaryWords);
            double rowsBottom = rowsTop + rows.stream().mapToDouble(Row::height).sum();
            axis.paint(c, top + bandHeight + 0.3 * s.t(), Math.max(rowsBottom, rowsTop + s.line()));
            if (!own.isEmpty()) {
                double msTop = rowsTop - bars.milestoneBand() - 0.3 * s.t();
                c.text(Role.ROW_LABEL, columns.labelLeft(), msTop + 0.2 * s.t() + ascent(), SlideText.lines(
                        "Milestones of the priority", s.t(), false, columns.labelWidth(), 1).get(0), s.t(), false,
                        Drawing.Anchor.START, SlideStyle.MUTED);
                bars.milestones(c, own, msTop, c.tips());
            }
            paintRows(c, rows, rowsTop);
            if (rows.isEmpty()) {
                c.text(Role.MESSAGE, columns.labelLeft(), rowsTop + ascent(), "No actions yet.", s.t(), false,
                        Drawing.Anchor.START, SlideStyle.TEXT);
            }
            return c;
        }
    }

    private String shortName(PriorityLine p) {
        return position.plan().priority(p.id()).map(org.jointplan.domain.Priority::shortName)
                .filter(n -> !n.isBlank()).orElse(p.name());
    }

    private double ascent() {
        return org.jointplan.chart.TextMetrics.ascent(s.t());
    }

    private double lineHeight() {
        return org.jointplan.chart.TextMetrics.lineHeight(s.t());
    }

    private Row row(ActionLine a) {
        List<Milestone> ms = onAxis(byAction.get(a.id()));
        List<String> title = SlideText.lines(a.title(), s.t(), false, columns.labelWidth(), 3);
        List<String> status = new ArrayList<>(3);
        status.addAll(memo.lines(statusWords.get(a.status()), s.t(), false, columns.statusWidth(), 2));
        status.add(a.percentComplete() + "%" + (a.overdue() ? " \u00b7 overdue" : ""));
        double graphics = bars.barHeight() + (moved(a) ? bars.baselineBand() : 0)
                + (ms.isEmpty() ? 0 : bars.milestoneBand());
        double words = Math.max(title.size(), status.size()) * s.line();
        return new Row(a, ms, title, status, Math.max(words, graphics + 0.3 * s.t()) + 0.45 * s.t());
    }

    /** The milestones within the axis's dates (most actions have none: no list is made for them). */
    private List<Milestone> onAxis(List<Milestone> milestones) {
        if (milestones == null) {
            return List.of();
        }
        List<Milestone> shown = new ArrayList<>(milestones.size());
        for (Milestone m : milestones) {
            if (axis.contains(m.date())) {
                shown.add(m);
            }
        }
        return shown;
    }

    private static boolean moved(ActionLine a) {
        return a.baselineStart() != null && (!a.baselineStart().equals(a.start()) || !a.baselineDue().equals(a.due()));
    }

    /**
     * Rows into as few pages of at most {@code room} high as they need, shared out evenly (5 rows as 3 and 2, not 4
     * and 1); a page holds at least one row, and there is always a page.
     */
    private List<List<Row>> paginate(List<Row> rows, double room) {
        List<List<Row>> pages = fill(rows, room);
        double total = rows.stream().mapToDouble(Row::height).sum();
        for (double limit = total / pages.size(); limit < room && pages.size() > 1; limit += 0.5 * s.t()) {
            List<List<Row>> even = fill(rows, limit);
            if (even.size() == pages.size()) {
                return even;
            }
        }
        return pages;
    }

    private static List<List<Row>> fill(List<Row> rows, double room) {
        List<List<Row>> pages = new ArrayList<>();
        List<Row> page = new ArrayList<>();
        double used = 0;
        for (Row r : rows) {
            if (!page.isEmpty() && used + r.height() > room) {
                pages.add(page);
                page = new ArrayList<>();
                used = 0;
            }
            page.add(r);
            used += r.height();
        }
        pages.add(page);
        return pages;
    }

    private void paintRows(SlideCanvas c, List<Row> rows, double top) {
        double y = top;
        int n = 0;
        for (Row r : rows) {
            if (n++ % 2 == 1) {
                c.shape(new Drawing.Rect(Role.BACKGROUND, new Box(s.pad(), y, s.right() - s.pad(), r.height()),
                        SlideStyle.STRIPE, null));
            }
            double baseline = y + 0.25 * s.t() + ascent();
            c.lines(Role.ROW_LABEL, columns.labelLeft(), baseline, r.title(), s.t(), false, SlideStyle.TEXT,
                    r.action().title());
            c.lines(Role.BAR_LABEL, columns.statusLeft(), baseline, r.status(), s.t(), false, SlideStyle.TEXT, "");
            double barTop = baseline - 0.35 * s.t() - bars.barHeight() / 2;
            ActionLine a = r.action();
            bars.bar(c, a.start(), a.due(), a.status(), a.percentComplete(), barTop);
            double below = barTop + bars.barHeight();
            if (moved(a)) {
                bars.baseline(c, a.baselineStart(), a.baselineDue(), below);
                below += bars.baselineBand();
            }
            bars.milestones(c, r.milestones(), below, c.tips());
            y += r.height();
        }
    }

    private String description(String caption, PriorityLine p, List<Row> rows) {
        StringBuilder b = new StringBuilder(caption).append(", as at ").append(UkDates.numeric(position.asAt()))
                .append(": ").append(p.name()).append(", rated ").append(position.key().label(p.rating()))
                .append(". ");
        for (Row r : rows) {
            ActionLine a = r.action();
            b.append(a.title()).append(": ").append(position.key().label(a.status())).append(", ")
                    .append(a.percentComplete()).append("% complete, ").append(UkDates.numeric(a.start()))
                    .append(" to ").append(UkDates.numeric(a.due())).append(a.overdue() ? ", overdue" : "")
                    .append(". ");
        }
        return b.toString().strip();
    }
}

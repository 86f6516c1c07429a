package org.jointplan.chart.slides;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jointplan.chart.ChartAxes;
import org.jointplan.chart.ChartLayout;
import org.jointplan.domain.Priority;
import org.jointplan.domain.ReportPosition;
import org.jointplan.domain.ReportPosition.ActionLine;
import org.jointplan.domain.ReportPosition.PriorityLine;

/**
 * The slides of a presentation as at a date, laid out once for a screen or picture size without JavaFX, and painted
 * alike on the screen and in PNGs: the whole plan, each chosen priority (continued on more slides when its actions
 * do not fit), the exceptions, then the measures, as a committee paper orders them. The type is a fixed share of
 * the slide's size, so a smaller screen gets more slides, never smaller type or cut words.
 */
public final class SlideDeck {
    /** How far the timeline's dates may reach beyond the plan's financial year, so a stray date cannot squash it. */
    private static final int MONTHS_BEFORE = 12;
    private static final int MONTHS_AFTER = 24;

    private SlideDeck() {
    }

    /** The smallest text any slide of this size holds, in its layout units. */
    public static double smallestText(double width, double height) {
        return SlideStyle.smallestText(width, height);
    }

    /**
     * Lays out the chosen slides at a size in layout units (logical pixels on screen, pixels in a picture).
     *
     * @throws IllegalArgumentException when the size is below 320 x 240 or absurdly large
     */
    public static List<Slide> lay(ReportPosition position, SlideChoice choice, double width, double height) {
        SlideStyle s = SlideStyle.of(width, height);
        String title = position.plan().plan().title();
        LocalDate[] range = range(position);
        Map<UUID, List<ActionLine>> byPriority = new LinkedHashMap<>();
        for (ActionLine a : position.actions()) {
            byPriority.computeIfAbsent(a.priorityId(), k -> new ArrayList<>()).add(a);
        }
        List<Draft> drafts = new ArrayList<>();
        if (choice.wholePlan()) {
            drafts.addAll(new WholePlanSlides(position, byPriority, range[0], range[1]).lay(s));
        }
        SlideFrame timelineFrame = new SlideFrame(s, title, position.asAt(), new SlideKey(s, position.key(), true));
        PrioritySlides priorities = new PrioritySlides(position, s, timelineFrame, range[0], range[1]);
        List<PriorityLine> lines = position.priorities();
        for (int i = 0; i < lines.size(); i++) {
            PriorityLine p = lines.get(i);
            if (choice.priorities().contains(p.id())) {
                drafts.addAll(priorities.lay(p, i + 1, lines.size(), byPriority.getOrDefault(p.id(), List.of())));
            }
        }
        if (choice.exceptions()) {
            SlideFrame frame = new SlideFrame(s, title, position.asAt(), new SlideKey(s, position.key(), false));
            drafts.addAll(new ExceptionSlides(position, s, frame).lay());
        }
        if (choice.measures()) {
            SlideFrame frame = new SlideFrame(s, title, position.asAt(), null);
            List<Priority> ordered = lines.stream().map(l -> position.plan().priority(l.id()).orElse(null))
                    .filter(java.util.Objects::nonNull).toList();
            drafts.addAll(new MeasureSlides(position, s, frame).lay(ordered));
        }
        List<Slide> slides = new ArrayList<>(drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            int number = i + 1;
            slides.add(new Slide(d.kind(), d.caption(), d.priorityId(), d.measureId(), d.actionIds(),
                    d.priorityIds(), d.page(), d.pages(), new Once<>(() -> draw(d, number, drafts.size(), title,
                    width, height, s.t()))));
        }
        return slides;
    }

    private static Slide.Drawn draw(Draft d, int number, int total, String title, double width, double height,
                                    double t) {
        Draft.Content content = d.content().get();
        d.frame().paint(content.canvas(), d.caption(), number, total);
        ChartLayout layout = new ChartLayout(width, height, content.canvas().drawings(), title + ": " + d.caption(),
                content.description(), new ChartAxes(new org.jointplan.chart.Box(0, 0, width, height), 1, 0, 1,
                List.of()), t);
        return new Slide.Drawn(layout, content.canvas().tips());
    }

    /** The plan's financial year, widened to whole quarters holding its actions (within limits). */
    static LocalDate[] range(ReportPosition position) {
        var year = position.plan().plan().financialYear();
        LocalDate from = year.start();
        LocalDate to = year.end();
        for (ActionLine a : position.actions()) {
            from = a.start().isBefore(from) ? a.start() : from;
            to = a.due().isAfter(to) ? a.due() : to;
        }
        LocalDate earliest = year.start().minusMonths(MONTHS_BEFORE);
        LocalDate latest = year.end().plusMonths(MONTHS_AFTER);
        from = SlideAxis.quarterStart(from.isBefore(earliest) ? earliest : from);
        to = SlideAxis.quarterStart(to.isAfter(latest) ? latest : to).plusMonths(3).minusDays(1);
        return new LocalDate[] {from, to};
    }
}

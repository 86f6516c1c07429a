package org.jointplan.chart.slides;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jointplan.chart.Box;
import org.jointplan.chart.ChartColour;
import org.jointplan.chart.ChartPalette;
import org.jointplan.chart.Drawing;
import org.jointplan.chart.Role;
import org.jointplan.chart.StatusColours;
import org.jointplan.chart.Stroke;
import org.jointplan.chart.TextMetrics;
import org.jointplan.domain.BragKey;
import org.jointplan.domain.ReportPosition;
import org.jointplan.domain.ReportPosition.ExceptionEntry;
import org.jointplan.domain.Status;
import org.jointplan.domain.UkDates;

/**
 * The exception report as slides: under each priority's heading (its rating and direction of travel), each
 * exception with its kind as a tag of colour and words, its title, then why, the corrective action, the date (and
 * the date before) and the decision needed, each in up to three lines. What does not fit continues on the next
 * slide, the heading repeated with "(continued)".
 */
final class ExceptionSlides {
    /** A block of lines: a priority's heading or one exception. */
    private record Block(UUID priorityId, boolean heading, ExceptionEntry entry, List<List<String>> parts,
                         double height) {
    }

    private final ReportPosition position;
    private final SlideStyle s;
    private final SlideFrame frame;
    private final double tagWidth;
    private final SlideText.Memo memo = new SlideText.Memo();
    private final java.util.Map<UUID, Block> continued = new java.util.HashMap<>();

    ExceptionSlides(ReportPosition position, SlideStyle s, SlideFrame frame) {
        this.position = position;
        this.s = s;
        this.frame = frame;
        double widest = 0;
        for (ExceptionEntry.Kind kind : ExceptionEntry.Kind.values()) {
            widest = Math.max(widest, TextMetrics.width(kind(kind, position.key()), s.t(), true));
        }
        this.tagWidth = Math.min(widest + 0.8 * s.t(), 0.25 * (s.right() - s.pad()));
    }

    List<Draft> lay() {
        String caption = "Exceptions";
        double top = frame.contentTop(caption + ", 999 of 999") + 0.2 * s.t();
        double room = frame.contentBottom() - top;
        List<Block> blocks = blocks();
        List<List<Block>> pages = new ArrayList<>();
        List<Block> page = new ArrayList<>();
        double used = 0;
        Block heading = null;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.heading()) {
                heading = b;
            }
            // a heading never ends a slide alone: it needs room for its first entry
            double need = b.height() + (b.heading() && i + 1 < blocks.size() ? blocks.get(i + 1).height() : 0);
            if (!page.isEmpty() && used + need > room) {
                pages.add(page);
                page = new ArrayList<>();
                used = 0;
                if (!b.heading() && heading != null) {
                    Block again = continued(heading);
                    page.add(again);
                    used += again.height();
                }
            }
            page.add(b);
            used += b.height();
        }
        pages.add(page);
        List<Draft> drafts = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            String pageCaption = caption + (pages.size() > 1 ? ", " + (i + 1) + " of " + pages.size() : "");
            List<Block> shown = pages.get(i);
            drafts.add(new Draft(Slide.Kind.EXCEPTIONS, pageCaption, null, null, List.of(), List.of(), i + 1,
                    pages.size(), frame, () -> new Draft.Content(paint(shown, top), description(pageCaption, shown))));
        }
        return drafts;
    }

    private List<Block> blocks() {
        List<Block> blocks = new ArrayList<>();
        if (position.exceptions().isEmpty()) {
            blocks.add(heading(null, "No exceptions: nothing is off track, at risk, overdue, slipped or waiting for"
                    + " a decision."));
            return blocks;
        }
        UUID group = null;
        boolean first = true;
        for (ExceptionEntry e : position.exceptions()) {
            if (first || !Objects.equals(group, e.priorityId())) {
                group = e.priorityId();
                first = false;
                blocks.add(heading(group, headingWords(group)));
            }
            blocks.add(entry(e));
        }
        return blocks;
    }

    private String headingWords(UUID id) {
        String number = position.plan().priority(id).map(p -> p.order() + ". ").orElse("");
        BragKey key = position.key();
        return position.priority(id).map(p -> number + p.name() + "  \u00b7  Overall: " + p.rating().symbol() + " "
                + key.label(p.rating()) + (p.overridden() ? " (overridden)" : "") + "  \u00b7  "
                + p.direction().describe()).orElse("Other");
    }

    private double inner() {
        return s.right() - s.pad();
    }

    private Block heading(UUID id, String words) {
        List<String> lines = SlideText.lines(words, s.t(), true, inner() - 0.6 * s.t(), 2);
        return new Block(id, true, null, List.of(lines), lines.size() * s.line() + 0.5 * s.t());
    }

    private Block continued(Block heading) {
        return heading.priorityId() == null ? continuedOnce(heading)
                : continued.computeIfAbsent(heading.priorityId(), id -> continuedOnce(heading));
    }

    private Block continuedOnce(Block heading) {
        String words = String.join(" ", heading.parts().get(0)) + " (continued)";
        return heading(heading.priorityId(), heading.priorityId() == null ? words : headingWords(heading.priorityId())
                + " (continued)");
    }

    private Block entry(ExceptionEntry e) {
        double room = inner() - tagWidth - 0.8 * s.t();
        List<List<String>> parts = new ArrayList<>();
        parts.add(SlideText.lines((e.milestoneId() != null ? "\u25c6 " : "") + e.title(), s.t(), true, room, 3));
        for (String detail : details(e)) {
            parts.add(SlideText.lines(detail, s.t(), false, room, 3));
        }
        List<String> tag = memo.lines(kind(e.kind(), position.key()), s.t(), true, tagWidth - 0.6 * s.t(), 2);
        int lines = parts.stream().mapToInt(List::size).sum();
        double height = Math.max(lines, tag.size()) * s.line() + 0.6 * s.t();
        List<List<String>> all = new ArrayList<>();
        all.add(tag);
        all.addAll(parts);
        return new Block(e.priorityId(), false, e, all, height);
    }

    private List<String> details(ExceptionEntry e) {
        BragKey key = position.key();
        List<String> details = new ArrayList<>();
        boolean statusShown = e.kind() == ExceptionEntry.Kind.OFF_TRACK || e.kind() == ExceptionEntry.Kind.AT_RISK;
        if (e.status() != null && !statusShown) {
            details.add("Status: " + e.status().symbol() + " " + key.label(e.status()));
        }
        if (!e.reason().isEmpty()) {
            details.add("Why: " + e.reason());
        }
        if (!e.correctiveAction().isEmpty()) {
            details.add("Corrective action: " + e.correctiveAction());
        }
        details.add((e.milestoneId() != null ? "Date now " : "Due ") + numeric(e.date())
                + (e.previousDate() == null ? "" : "  (was " + numeric(e.previousDate()) + ")"));
        if (!e.decisionNeeded().isEmpty()) {
            details.add("Decision needed: " + e.decisionNeeded());
        }
        return details;
    }

    /** 01/07/2024 as UkDates writes it, by hand: a formatter is a tenth of the layout of 10,000 exceptions. */
    static String numeric(java.time.LocalDate date) {
        int day = date.getDayOfMonth();
        int month = date.getMonthValue();
        int year = date.getYear();
        if (year < 1000 || year > 9999) {
            return UkDates.numeric(date);
        }
        return new StringBuilder(10).append((char) ('0' + day / 10)).append((char) ('0' + day % 10)).append('/')
                .append((char) ('0' + month / 10)).append((char) ('0' + month % 10)).append('/').append(year)
                .toString();
    }

    static String kind(ExceptionEntry.Kind kind, BragKey key) {
        return switch (kind) {
            case OFF_TRACK -> Status.OFF_TRACK.symbol() + " " + key.label(Status.OFF_TRACK);
            case AT_RISK -> Status.AT_RISK.symbol() + " " + key.label(Status.AT_RISK);
            case OVERDUE -> "Overdue";
            case MILESTONE_SLIPPED -> "\u25c7 Slipped";
            case DECISION_NEEDED -> "Decision needed";
        };
    }

    private SlideCanvas paint(List<Block> blocks, double top) {
        SlideCanvas c = new SlideCanvas();
        c.shape(new Drawing.Rect(Role.BACKGROUND, new Box(0, 0, s.width(), s.height()), ChartPalette.BACKGROUND,
                null));
        double t = s.t();
        double y = top;
        for (Block b : blocks) {
            double baseline = y + 0.2 * t + TextMetrics.ascent(t);
            if (b.heading()) {
                c.shape(new Drawing.Rect(Role.LANE, new Box(s.pad(), y, inner(), b.height() - 0.1 * t),
                        SlideStyle.BAND, null));
                c.lines(Role.LANE_LABEL, s.pad() + 0.3 * t, baseline, b.parts().get(0), t, true, SlideStyle.TEXT,
                        "");
            } else {
                tag(c, b, y + 0.15 * t);
                double x = s.pad() + tagWidth + 0.8 * t;
                for (int i = 1; i < b.parts().size(); i++) {
                    List<String> lines = b.parts().get(i);
                    c.lines(i == 1 ? Role.ROW_LABEL : Role.MESSAGE, x, baseline, lines, t, i == 1, SlideStyle.TEXT,
                            i == 1 ? b.entry().title() : details(b.entry()).get(i - 2));
                    baseline += lines.size() * s.line();
                }
            }
            y += b.height();
        }
        return c;
    }

    private void tag(SlideCanvas c, Block b, double top) {
        double t = s.t();
        List<String> lines = b.parts().get(0);
        Box box = new Box(s.pad(), top, tagWidth, lines.size() * s.line() + 0.2 * t);
        ChartColour fill = switch (b.entry().kind()) {
            case OFF_TRACK -> StatusColours.OFF_TRACK;
            case AT_RISK -> StatusColours.AT_RISK;
            default -> null;
        };
        c.shape(new Drawing.Rect(Role.LEGEND, box, fill, fill == null ? Stroke.solid(SlideStyle.TEXT,
                Math.max(1, 0.08 * t)) : null));
        c.lines(Role.LEGEND, s.pad() + 0.3 * t, top + 0.1 * t + TextMetrics.ascent(t), lines, t, true,
                fill == null ? SlideStyle.TEXT : org.jointplan.chart.Palette.textOn(fill), ""); // dark on amber
    }

    private String description(String caption, List<Block> blocks) {
        StringBuilder b = new StringBuilder(caption).append(", as at ").append(UkDates.numeric(position.asAt()))
                .append(": ");
        for (Block block : blocks) {
            if (block.heading()) {
                b.append(String.join(" ", block.parts().get(0))).append(". ");
            } else {
                b.append(kind(block.entry().kind(), position.key())).append(": ").append(block.entry().title())
                        .append("; ").append(String.join("; ", details(block.entry()))).append(". ");
            }
        }
        return b.toString().strip();
    }
}

package org.jointplan.chart.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jointplan.chart.Box;
import org.jointplan.chart.ChartAxes;
import org.jointplan.chart.ChartLayout;
import org.jointplan.chart.ChartPalette;
import org.jointplan.chart.Drawing;
import org.jointplan.chart.Role;
import org.jointplan.chart.TextMetrics;
import org.jointplan.chart.timeline.Pagination.PageRow;
import org.jointplan.domain.CommitteeDate;
import org.jointplan.domain.ReportPosition;
import org.jointplan.domain.UkDates;

/**
 * Lays a plan's timeline as at a date out as {@link ChartLayout}s, once for every target: pages for a PDF (each
 * repeating the title line, the key, the axis and its lane's header) and one long picture for SVG and PNG. The plan
 * shown is the position's (as at a snapshot, its frozen statuses); actions wholly outside the range are left out.
 * Layout units are points; the axes' plot is the rows' area, with one period per day.
 */
public final class TimelineChart {
    /** The text size, in points: 9-point text keeps a lane's rows readable on A4 landscape. */
    public static final double TEXT = 9;

    private TimelineChart() {
    }

    /** How many actions of the position overlap the range. */
    public static int actionsIn(ReportPosition position, LocalDate from, LocalDate to) {
        return TimelineRows.of(position, from, to).stream().mapToInt(l -> l.rows().size()).sum();
    }

    /**
     * The timeline on pages of the given size (an A4 or A3 landscape page's printable area, in points), in as many
     * pages as its rows need; a range without actions gives one page saying so.
     */
    public static List<ChartLayout> pages(ReportPosition position, LocalDate from, LocalDate to, double widthPt,
                                          double heightPt) {
        Setup setup = new Setup(position, from, to, widthPt);
        double top = setup.headerHeight("as at 00/00/0000 \u00b7 page 000 of 000");
        int perPage = (int) Math.floor((heightPt - setup.style.pad() - top) / setup.style.rowHeight());
        List<TimelineRows.Lane> lanes = TimelineRows.of(position, from, to);
        List<List<PageRow>> pages = lanes.isEmpty() ? List.of(List.of()) : Pagination.pages(lanes, perPage);
        List<ChartLayout> laid = new ArrayList<>(pages.size());
        for (int i = 0; i < pages.size(); i++) {
            laid.add(setup.lay(pages.get(i), "page " + (i + 1) + " of " + pages.size(), heightPt));
        }
        return laid;
    }

    /** The whole timeline as one picture of the given width, as tall as its rows need. */
    public static ChartLayout whole(ReportPosition position, LocalDate from, LocalDate to, double widthPt) {
        return whole(position, from, to, widthPt, Integer.MAX_VALUE);
    }

    /**
     * The timeline as one picture showing at most {@code perLane} actions of each lane (its first, in the plan's
     * order), then how many more it has: a picture of bounded size for any plan.
     */
    public static ChartLayout whole(ReportPosition position, LocalDate from, LocalDate to, double widthPt,
                                    int perLane) {
        if (perLane < 1) {
            throw new IllegalArgumentException("A lane shows at least one action.");
        }
        Setup setup = new Setup(position, from, to, widthPt);
        List<PageRow> rows = Pagination.whole(TimelineRows.of(position, from, to), perLane);
        double height = setup.headerHeight("") + Math.max(1, rows.size()) * setup.style.rowHeight()
                + setup.style.pad();
        return setup.lay(rows, "", height);
    }

    /** What every page shares: the plan, the range, the scale and the painters. */
    private static final class Setup {
        private final ReportPosition position;
        private final LocalDate from;
        private final LocalDate to;
        private final TimelineStyle style;
        private final DateScale scale;
        private final String plan;
        private final List<CommitteeDate> committees;

        Setup(ReportPosition position, LocalDate from, LocalDate to, double width) {
            Objects.requireNonNull(position, "position");
            if (from == null || to == null || to.isBefore(from)) {
                throw new IllegalArgumentException("The timeline's range must end on or after its start.");
            }
            if (!(width >= TimelineStyle.MIN_WIDTH) || width > 100_000) {
                throw new IllegalArgumentException("A timeline needs a box at least 300 points wide.");
            }
            this.position = position;
            this.from = from;
            this.to = to;
            this.style = new TimelineStyle(TEXT, width);
            this.scale = new DateScale(from, to, style.plotLeft(), style.plotRight());
            this.plan = position.plan().plan().title();
            this.committees = position.plan().committeeDates();
        }

        TimelineFrame frame(String page) {
            String right = "as at " + UkDates.numeric(position.asAt()) + (page.isEmpty() ? "" : " \u00b7 " + page);
            return new TimelineFrame(style, scale, plan, right, position.key(), position.asAt(), committees);
        }

        double headerHeight(String page) {
            return frame(page).header(new ArrayList<>());
        }

        ChartLayout lay(List<PageRow> rows, String page, double height) {
            List<Drawing> out = new ArrayList<>(rows.size() * 6 + 64);
            Box box = new Box(0, 0, style.width(), height);
            out.add(new Drawing.Rect(Role.BACKGROUND, box, ChartPalette.BACKGROUND, null));
            TimelineFrame frame = frame(page);
            double top = frame.header(out);
            double bottom = top + Math.max(1, rows.size()) * style.rowHeight();
            if (bottom > height + 1e-6) {
                throw new IllegalArgumentException("The page is too small for the timeline's key and axis.");
            }
            RowPainter painter = new RowPainter(style, scale, position.key());
            painter.bands(out, rows, top);
            frame.grid(out, bottom);
            painter.rows(out, rows, top);
            if (rows.isEmpty()) {
                String words = "No actions fall between " + UkDates.numeric(from) + " and " + UkDates.numeric(to)
                        + ".";
                out.add(new Drawing.Text(Role.MESSAGE, style.pad(), top + style.textBaseline(),
                        TextMetrics.fit(words, style.t(), false, style.plotRight() - style.pad()), style.t(), false,
                        Drawing.Anchor.START, ChartPalette.TEXT));
            }
            frame.asAt(out, bottom);
            String title = TimelineWords.title(plan, page, position.asAt());
            ChartAxes axes = new ChartAxes(new Box(style.plotLeft(), top, style.plotRight() - style.plotLeft(),
                    bottom - top), (int) (to.toEpochDay() - from.toEpochDay() + 1), 0, 1, List.of());
            return new ChartLayout(style.width(), height, out, title,
                    TimelineWords.description(title, from, to, rows, position.key(), committees), axes, style.t());
        }
    }
}

package org.jointplan.service;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jointplan.chart.ChartFiles;
import org.jointplan.chart.ChartLayout;
import org.jointplan.chart.SvgChartWriter;
import org.jointplan.chart.timeline.TimelineChart;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.ReportPosition;
import org.jointplan.domain.UkDates;
import org.jointplan.domain.ValidationException;
import org.jointplan.report.PageSetup;
import org.jointplan.report.Paper;

/**
 * The timeline of a plan as at a date written to a file whose name says the format: PDF (pages of A4 or A3
 * landscape, each one figure filling the printable area), SVG or PNG (one picture as wide as that area). The file
 * is written whole or not at all; a refused range, page or name writes nothing.
 */
public final class TimelineExports {
    /** The formats, by file extension. */
    public enum Format { PDF, SVG, PNG }

    /** A PNG has two pixels to a point, fewer for a long plan, but never so few that its text blurs. */
    private static final double PNG_SCALE = 2;
    private static final double SMALLEST_PNG_SCALE = 0.75;

    private TimelineExports() {
    }

    /** The format a file name asks for; any other name is refused before anything is opened. */
    public static Format formatOf(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (Format f : Format.values()) {
            String ext = "." + f.name().toLowerCase(Locale.ROOT);
            if (name.endsWith(ext) && name.length() > ext.length()) {
                return f;
            }
        }
        throw new ValidationException("Choose a file name ending in .pdf, .svg or .png for the timeline.");
    }

    /** The plan's financial year, the range a timeline shows unless told otherwise. */
    public static LocalDate defaultFrom(PlanData plan) {
        return plan.plan().financialYear().start();
    }

    public static LocalDate defaultTo(PlanData plan) {
        return plan.plan().financialYear().end();
    }

    /** Refuses a range that ends before it starts, or holds none of the plan's actions. */
    public static void requireRange(ReportPosition position, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new ValidationException("The timeline cannot end (" + UkDates.numeric(to) + ") before it starts ("
                    + UkDates.numeric(from) + "); give a --to date on or after the --from date.");
        }
        if (TimelineChart.actionsIn(position, from, to) == 0) {
            throw new ValidationException("No action of '" + position.plan().plan().title() + "' falls between "
                    + UkDates.numeric(from) + " and " + UkDates.numeric(to) + ", so there is no timeline to write;"
                    + " choose other dates.");
        }
    }

    /** The page sizes, by the names the command line and the window offer: "a4", "a3". */
    public static List<String> pageSizes() {
        return java.util.Arrays.stream(Paper.values()).map(p -> p.name().toLowerCase(Locale.ROOT)).toList();
    }

    /** Refuses a page size that is not A4 or A3 (in any case). */
    public static void requirePageSize(String name) {
        paper(name);
    }

    private static Paper paper(String name) {
        try {
            return Paper.named(name == null ? "" : name.strip());
        } catch (IllegalArgumentException e) {
            throw new ValidationException("'" + (name == null ? "" : name.strip()) + "' is not a page size; use a4"
                    + " or a3.");
        }
    }

    /**
     * Writes the timeline, replacing the file whole; a failure leaves what was there.
     *
     * @param pageSize "a4" or "a3": the landscape page of a PDF, whose printable width a picture takes too
     * @return how many pages a PDF has (1 for a picture)
     */
    public static int write(ReportPosition position, LocalDate from, LocalDate to, String pageSize, Path file) {
        Format format = formatOf(file);
        PageSetup page = new PageSetup(paper(pageSize), true);
        requireRange(position, from, to);
        if (format == Format.PDF) {
            List<ChartLayout> pages = TimelineChart.pages(position, from, to, page.printableWidth(),
                    TimelinePdf.figureHeight(page));
            AtomicFile.write(file, TimelinePdf.bytes(position, pages, page), "timeline");
            return pages.size();
        }
        ChartLayout whole = TimelineChart.whole(position, from, to, page.printableWidth());
        byte[] bytes = format == Format.SVG ? SvgChartWriter.svg(whole, "timeline").getBytes(StandardCharsets.UTF_8)
                : png(whole);
        AtomicFile.write(file, bytes, "timeline");
        return 1;
    }

    private static byte[] png(ChartLayout chart) {
        double scale = Math.min(PNG_SCALE, Math.sqrt(ChartFiles.MAX_PIXELS / (chart.width() * chart.height())));
        if (scale < SMALLEST_PNG_SCALE) {
            throw new ValidationException("The timeline has too many rows for one picture; choose a shorter date"
                    + " range, or write it as .pdf or .svg.");
        }
        return ChartFiles.png(chart, scale);
    }
}

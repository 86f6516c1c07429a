package org.jointplan.service;

import java.util.List;
import org.jointplan.chart.ChartLayout;
import org.jointplan.domain.ReportPosition;
import org.jointplan.domain.UkDates;
import org.jointplan.report.Block;
import org.jointplan.report.CommitteeReport;
import org.jointplan.report.DocumentInfo;
import org.jointplan.report.PageSetup;
import org.jointplan.report.Section;
import org.jointplan.report.pdf.PdfReportWriter;

/**
 * The timeline's pages as a tagged PDF through the committee report's writer: a report of one landscape section per
 * page, each holding one figure (the page's layout, its words as alt text) that fills the printable area. PDFBox is
 * loaded only when this runs.
 */
final class TimelinePdf {
    /** The PDF writer puts a small gap under a figure; the page is laid out that much shorter so it is never scaled. */
    private static final double FIGURE_GAP = 8;

    private TimelinePdf() {
    }

    /** The height to lay a page out at, so that its figure fills the printable area at its own size. */
    static double figureHeight(PageSetup page) {
        return page.printableHeight() - FIGURE_GAP;
    }

    static byte[] bytes(ReportPosition position, List<ChartLayout> pages, PageSetup page) {
        String plan = position.plan().plan().title();
        String asAt = UkDates.numeric(position.asAt());
        DocumentInfo info = new DocumentInfo("Timeline of " + plan + " as at " + asAt,
                "The plan's actions on a timeline, by priority, with their status as at " + asAt, "",
                plan + " \u00b7 timeline as at " + asAt, "", position.asAt());
        List<Section> sections = pages.stream()
                .map(p -> new Section(page, List.<Block>of(new Block.Figure(p, p.description(), "")))).toList();
        try {
            return PdfReportWriter.write(new CommitteeReport(info, sections), done -> { });
        } catch (IllegalStateException e) {
            throw new org.jointplan.domain.ValidationException("The timeline could not be written as PDF; try again,"
                    + " or write it as .svg or .png.");
        }
    }
}

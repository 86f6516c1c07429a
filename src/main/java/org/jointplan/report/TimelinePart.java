package org.jointplan.report;

import java.util.ArrayList;
import java.util.List;
import org.jointplan.chart.ChartLayout;
import org.jointplan.chart.timeline.TimelineChart;
import org.jointplan.domain.FinancialYear;
import org.jointplan.domain.ReportPosition;

/**
 * The appendix: the whole plan's timeline over its financial year (as File > Export timeline shows it unless told
 * otherwise), on landscape pages of the chosen paper, each page one
 * figure whose layout repeats the key, axis, as-at date and lane headers, so a page read alone still makes sense.
 */
final class TimelinePart {
    /** Room above the first page's figure for the appendix's heading, and the writers' gap under a figure. */
    static final double HEADING_ROOM = 48;

    private TimelinePart() {
    }

    static List<Section> sections(ReportPosition position, Paper paper) {
        PageSetup page = new PageSetup(paper, true);
        FinancialYear year = position.plan().plan().financialYear();
        List<ChartLayout> pages = TimelineChart.pages(position, year.start(), year.end(), page.printableWidth(),
                page.printableHeight() - HEADING_ROOM);
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            ChartLayout p = pages.get(i);
            List<Block> blocks = new ArrayList<>();
            if (i == 0) {
                blocks.add(new Block.Heading(1, ReportOptions.Part.TIMELINE.heading()));
            }
            blocks.add(new Block.Figure(p, p.description(), ""));
            sections.add(new Section(page, blocks));
        }
        return sections;
    }
}

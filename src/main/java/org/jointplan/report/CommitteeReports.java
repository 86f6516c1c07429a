package org.jointplan.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleConsumer;
import org.jointplan.domain.ReportPosition;
import org.jointplan.domain.UkDates;
import org.jointplan.report.ReportOptions.Part;

/**
 * Builds the progress report of a plan as at a date, shaped as the councils' six-monthly reports are: the title
 * block and BRAG key, counts by status, the exception report, each priority with its actions (landscape, for the
 * wide table), the measures with their charts, and the timeline as an appendix.
 */
public final class CommitteeReports {
    private CommitteeReports() {
    }

    /**
     * @param progress told the share done (0 to 1) as the actions are set out; it may throw to stop the build
     */
    public static CommitteeReport build(ReportPosition position, ReportOptions options, DoubleConsumer progress) {
        List<Section> sections = new ArrayList<>();
        List<Block> opening = new ArrayList<>(TitleBlock.blocks(position, options));
        if (options.includes(Part.SUMMARY)) {
            opening.addAll(SummaryPart.blocks(position));
        }
        if (options.includes(Part.EXCEPTIONS)) {
            opening.addAll(ExceptionsPart.blocks(position));
        }
        sections.add(new Section(PageSetup.A4_PORTRAIT, opening));
        if (options.includes(Part.PRIORITIES)) {
            int total = Math.max(1, position.actions().size());
            int[] done = {0};
            sections.add(new Section(PageSetup.A4_LANDSCAPE, PrioritiesPart.blocks(position,
                    () -> {
                        if (++done[0] % 100 == 0) {
                            progress.accept(0.5 * done[0] / total);
                        }
                    })));
        }
        if (options.includes(Part.MEASURES)) {
            sections.add(new Section(PageSetup.A4_LANDSCAPE, MeasuresPart.blocks(position,
                    PageSetup.A4_LANDSCAPE.printableWidth())));
        }
        progress.accept(0.5);
        return new CommitteeReport(info(position, options), sections);
    }

    static DocumentInfo info(ReportPosition position, ReportOptions options) {
        String plan = position.plan().plan().title();
        String subject = "Progress of the delivery plan as at " + UkDates.prose(position.asAt())
                + (options.committee().isEmpty() ? "" : ", for " + options.committee());
        return new DocumentInfo(TitleBlock.title(position), subject, options.preparedBy(),
                plan + " · as at " + UkDates.numeric(position.asAt()), options.marking(), position.asAt());
    }
}

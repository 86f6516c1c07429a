package org.jointplan.report;

import java.util.ArrayList;
import java.util.List;
import org.jointplan.chart.ChartLayout;
import org.jointplan.chart.StatusCountChart;
import org.jointplan.chart.TypeScale;
import org.jointplan.domain.BragKey;
import org.jointplan.domain.ReportPosition;
import org.jointplan.domain.Status;
import org.jointplan.domain.StatusSummary;

/** Counts by status per priority, then the plan's total: what a committee paper opens with. */
final class SummaryPart {
    /** The order committees read counts in: done, then on track, then the ones to worry about. */
    static final List<Status> COUNT_ORDER = List.of(Status.COMPLETE, Status.ON_TRACK, Status.AT_RISK,
            Status.OFF_TRACK, Status.NOT_STARTED);

    private SummaryPart() {
    }

    static List<Block> blocks(ReportPosition position) {
        BragKey key = position.key();
        List<Column> columns = new ArrayList<>();
        columns.add(Column.of("Priority", 3));
        for (Status s : COUNT_ORDER) {
            columns.add(Column.figure(key.label(s), 1));
        }
        columns.add(Column.figure("Total", 0.8));
        columns.add(Column.of("Overall rating", 1.6));
        columns.add(Column.of("Direction", 1.4));
        List<List<Cell>> rows = new ArrayList<>();
        for (ReportPosition.PriorityLine p : position.priorities()) {
            List<Cell> row = new ArrayList<>();
            row.add(Cell.of(p.name()));
            addCounts(row, p.summary());
            row.add(ReportWords.status(key, p.rating()));
            row.add(Cell.of(ReportWords.direction(p.direction())));
            rows.add(row);
        }
        StatusSummary all = StatusSummary.of(position.plan().actions(), position.asAt());
        List<Cell> total = new ArrayList<>();
        total.add(Cell.of("Whole plan"));
        addCounts(total, all);
        total.add(ReportWords.status(key, all.overall()));
        total.add(Cell.of(ReportWords.NONE));
        rows.add(total);
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(1, ReportOptions.Part.SUMMARY.heading()));
        blocks.add(Block.Paragraph.of("The plan has " + all.describe(key) + " as at this report."));
        blocks.add(FittedTable.of("Actions by status for each priority, with its overall rating and direction of"
                + " travel since the last report", columns, rows,
                PageSetup.A4_PORTRAIT.printableWidth()));
        if (position.priorities().isEmpty()) {
            return blocks; // no bars to draw
        }
        List<StatusCountChart.Bar> bars = position.priorities().stream()
                .map(p -> new StatusCountChart.Bar(shortName(position, p), p.summary())).toList();
        ChartLayout chart = StatusCountChart.layout(bars, key, PageSetup.A4_PORTRAIT.printableWidth(),
                TypeScale.PRINT);
        blocks.add(new Block.Figure(chart, chart.description(), "Actions by status for each priority"));
        return blocks;
    }

    /** "1. SLCN": the chart's labels are short, and the table beside it names each priority in full. */
    private static String shortName(ReportPosition position, ReportPosition.PriorityLine line) {
        return position.plan().priority(line.id()).map(p -> p.order() + ". " + p.shortName()).orElse(line.name());
    }

    private static void addCounts(List<Cell> row, StatusSummary summary) {
        for (Status s : COUNT_ORDER) {
            row.add(Cell.of(Integer.toString(summary.count(s))));
        }
        row.add(Cell.of(Integer.toString(summary.total())));
    }
}

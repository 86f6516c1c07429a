package org.jointplan.report;

import java.util.ArrayList;
import java.util.List;
import org.jointplan.chart.ChartLayout;
import org.jointplan.chart.ChartMode;
import org.jointplan.chart.ChartSeries;
import org.jointplan.chart.MeasureChart;
import org.jointplan.chart.MeasureSeries;
import org.jointplan.chart.TypeScale;
import org.jointplan.domain.Measure;
import org.jointplan.domain.MeasureLine;
import org.jointplan.domain.MeasureProgress;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.ReportPosition;

/**
 * The measures: one table of where each stands, then each measure's chart (Making Data Count SPC where it has the
 * points for it, else a line chart with its target) with the figures in words beside it.
 */
final class MeasuresPart {
    /** The chart's height on the page, in points: half a landscape A4's printable height. */
    static final double CHART_HEIGHT = 250;

    private MeasuresPart() {
    }

    static List<Block> blocks(ReportPosition position, double width) {
        PlanData plan = position.plan();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(1, ReportOptions.Part.MEASURES.heading()));
        if (position.measures().isEmpty()) {
            blocks.add(Block.Paragraph.of("The plan has no measures yet."));
            return blocks;
        }
        List<MeasureLine> lines = position.measures().stream()
                .map(p -> MeasureLine.of(p.measure(), plan, position.asAt(), position)).toList();
        List<List<Cell>> rows = new ArrayList<>();
        for (MeasureLine l : lines) {
            rows.add(List.of(Cell.of(l.name()), Cell.of(l.priority()), Cell.of(l.latest()), Cell.of(l.target()),
                    Cell.of(l.trajectory()), Cell.of(l.status()), Cell.of(ReportWords.orDash(l.direction())),
                    Cell.of(ReportWords.orDash(l.spcWords()))));
        }
        blocks.add(new Block.Table("Each measure's latest figure, target, trajectory, status, direction since the last"
                + " report and what its SPC chart shows", List.of(Column.of("Measure", 2.6), Column.of("Priority", 1.3),
                Column.of("Latest", 1.5), Column.figure("Target", 0.9), Column.figure("Trajectory", 1),
                Column.of("Status", 1.4), Column.of("Direction", 1.1), Column.of("SPC", 2.2)), rows));
        for (MeasureLine l : lines) {
            blocks.addAll(measure(l, plan, width));
        }
        return blocks;
    }

    private static List<Block> measure(MeasureLine line, PlanData plan, double width) {
        Measure m = line.measure();
        MeasureProgress progress = line.progress();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(2, m.name()));
        if (!m.description().isBlank()) {
            blocks.add(Block.Paragraph.of(m.description()));
        }
        blocks.add(new Block.Paragraph("Latest: ", line.latest() + "; target " + line.target() + "; "
                + line.status() + "."));
        ChartSeries series = MeasureSeries.of(progress, plan.measureValues());
        if (series == null || !series.hasValues()) {
            blocks.add(Block.Paragraph.of("No figures have been recorded yet, so there is no chart."));
        } else {
            ChartMode mode = progress.spc() != null ? ChartMode.SPC : ChartMode.LINE;
            ChartLayout chart = MeasureChart.layout(series, mode, width, CHART_HEIGHT, TypeScale.PRINT);
            blocks.add(new Block.Figure(chart, chart.description(), (mode == ChartMode.SPC
                    ? "Statistical process control chart of " : "Line chart of ") + m.name()));
        }
        if (!m.source().isBlank()) {
            blocks.add(new Block.Paragraph("Source: ", m.source()));
        }
        return blocks;
    }
}

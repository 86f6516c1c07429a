package org.jointplan.report.docx;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jointplan.chart.ChartLayout;
import org.jointplan.chart.ChartMode;
import org.jointplan.chart.ChartSeries;
import org.jointplan.chart.MeasureChart;
import org.jointplan.chart.TypeScale;
import org.jointplan.domain.Status;
import org.jointplan.report.Block;
import org.jointplan.report.Cell;
import org.jointplan.report.Column;
import org.jointplan.report.CommitteeReport;
import org.jointplan.report.DocumentInfo;
import org.jointplan.report.PageSetup;
import org.jointplan.report.Section;

/** A realistic committee report made by hand, as the lead's builder will make one from a plan. */
final class ReportFixture {
    static final String TITLE = "SEND Joint Commissioning Plan 2024/25: progress report";
    static final String POLISH = "Zażółć gęślą jaźń, Małgorzata Łukasiewicz-Wójcik";
    static final String VIETNAMESE = "Nguyễn Thị Phương Thảo, Trưởng phòng Giáo dục";
    static final String ARABIC = "فاطمة الزهراء بن علي، مديرة الخدمات";
    static final String CHART_ALT = "Line chart of % of new EHC plans issued within 20 weeks";
    static final String LONG_REASON = longReason();
    static final int ACTIONS = 12;

    private ReportFixture() {
    }

    static CommitteeReport report() {
        DocumentInfo info = new DocumentInfo(TITLE, "Six-monthly progress report to the SEND Partnership Board",
                "Joint Commissioning Team", "SEND Joint Commissioning Plan 2024/25 · as at 30 September 2024",
                "OFFICIAL", LocalDate.of(2024, 9, 30));
        return new CommitteeReport(info, List.of(opening(), actions(), measures()));
    }

    /** One section per model section, landscape only for the wide actions table. */
    private static Section opening() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(1, "Summary"));
        blocks.add(new Block.Paragraph("Committee: ", "SEND Partnership Board, 14 October 2024"));
        blocks.add(Block.Paragraph.of("This report sets out the plan's position as at 30 September 2024."));
        blocks.add(new Block.Heading(2, "Key to the ratings"));
        blocks.add(new Block.Table("The BRAG key: what each rating means", List.of(Column.of("Rating", 1),
                Column.of("Meaning", 3)), List.of(
                List.of(Cell.status(Status.COMPLETE, "Complete"), Cell.of("Delivered")),
                List.of(Cell.status(Status.ON_TRACK, "On track"), Cell.of("Will be delivered on time")),
                List.of(Cell.status(Status.AT_RISK, "At risk"), Cell.of("May slip; corrective action in hand")),
                List.of(Cell.status(Status.OFF_TRACK, "Off track"), Cell.of("Will not be delivered on time")),
                List.of(Cell.status(Status.NOT_STARTED, "Not started"), Cell.of("Not yet due to start")))));
        blocks.add(new Block.Heading(2, "Actions by status"));
        blocks.add(new Block.Table("Number of actions by status for each priority", List.of(Column.of("Priority", 3),
                Column.figure("Complete", 1), Column.figure("On track", 1), Column.figure("At risk", 1),
                Column.figure("Off track", 1)), List.of(
                List.of(Cell.of("1. Early identification"), Cell.of("2"), Cell.of("5"), Cell.of("1"), Cell.of("0")),
                List.of(Cell.of("2. Preparing for adulthood"), Cell.of("1"), Cell.of("3"), Cell.of("2"),
                        Cell.of("1")))));
        blocks.add(new Block.Heading(2, "Exceptions"));
        blocks.add(new Block.Paragraph("Lead officer: ", POLISH));
        blocks.add(new Block.Paragraph("Reason: ", LONG_REASON));
        blocks.add(new Block.Paragraph("Lead officer: ", VIETNAMESE));
        blocks.add(new Block.Paragraph("Lead officer: ", ARABIC));
        blocks.add(new Block.Bullets(List.of("Agree the revised date of 31 January 2025",
                "Note the corrective action\tin hand", "Ask for a further report in March")));
        return new Section(PageSetup.A4_PORTRAIT, blocks);
    }

    private static Section actions() {
        List<Column> columns = List.of(Column.of("Ref", 0.6), Column.of("Action", 3), Column.of("Lead partner", 1.4),
                Column.of("Baseline due → due", 1.6), Column.of("Status", 1.2), Column.of("Direction", 1),
                Column.of("Reason", 3));
        List<List<Cell>> rows = new ArrayList<>();
        String[] leads = {POLISH, VIETNAMESE, ARABIC, "Children's Services"};
        Status[] statuses = Status.values();
        for (int i = 1; i <= ACTIONS; i++) {
            Status s = statuses[i % statuses.length];
            rows.add(List.of(Cell.of("1." + i), Cell.of("Review the graduated approach in early years settings " + i),
                    Cell.of(leads[i % leads.length]), Cell.of("31/03/2025 → 30/06/2025"),
                    Cell.status(s, s.label()), Cell.of("↑ Improving"),
                    Cell.of(s.needsReason() ? "Recruitment to the specialist post has taken longer than planned" : "")));
        }
        return new Section(PageSetup.A4_LANDSCAPE, List.of(new Block.Heading(1, "Priority 1: Early identification"),
                new Block.Paragraph("Overall rating: ", "At risk, improving"),
                new Block.Table("Actions of priority 1", columns, rows)));
    }

    private static Section measures() {
        ChartSeries series = ChartSeries.of("% of new EHC plans issued within 20 weeks", "%", 1,
                List.of("Jan 2024", "Feb 2024", "Mar 2024", "Apr 2024", "May 2024", "Jun 2024", "Jul 2024"),
                List.of(28.8, 36.1, 29.7, 41.3, 39.8, 42.7, 36.6)).withTarget(40);
        ChartLayout chart = MeasureChart.layout(series, ChartMode.LINE, 480, 260, TypeScale.PRINT);
        return new Section(PageSetup.A4_PORTRAIT, List.of(new Block.Heading(1, "Measures"),
                new Block.Heading(2, "EHC plans within 20 weeks"),
                new Block.Figure(chart, CHART_ALT, "Figure 1: % of new EHC plans issued within 20 weeks"),
                new Block.Heading(3, "What the chart shows")));
    }

    /**
     * The size of the 2024/25 sample plan's report: the opening, two priorities of ten actions each in landscape
     * sections, four measure charts, and three page-sized figures standing in for the timeline's pages.
     */
    static CommitteeReport sampleSized() {
        List<Section> sections = new ArrayList<>(List.of(opening(), actions(), actions()));
        List<Block> measures = new ArrayList<>(List.of(new Block.Heading(1, "Measures")));
        for (int i = 1; i <= 4; i++) {
            ChartSeries series = ChartSeries.of("Measure " + i, "%", 1, List.of("Apr 2024", "May 2024", "Jun 2024",
                    "Jul 2024", "Aug 2024", "Sep 2024"), List.of(30.0 + i, 34.0, 33.5, 38.0, 36.5, 41.0 - i))
                    .withTarget(38);
            measures.add(new Block.Heading(2, "Measure " + i));
            measures.add(new Block.Figure(MeasureChart.layout(series, ChartMode.SPC, 480, 260, TypeScale.PRINT),
                    "SPC chart of measure " + i, "Figure " + i + ": measure " + i));
        }
        sections.add(new Section(PageSetup.A4_PORTRAIT, measures));
        List<Block> timeline = new ArrayList<>(List.of(new Block.Heading(1, "Appendix: the timeline")));
        for (int page = 1; page <= 3; page++) {
            ChartSeries series = ChartSeries.of("Timeline page " + page, "", 0, List.of("Q1", "Q2", "Q3", "Q4"),
                    List.of(1.0, 2.0, 3.0, 4.0));
            timeline.add(new Block.Figure(MeasureChart.layout(series, ChartMode.LINE, 728, 450, TypeScale.PRINT),
                    "Timeline page " + page, "Timeline, page " + page));
        }
        sections.add(new Section(PageSetup.A4_LANDSCAPE, timeline));
        return new CommitteeReport(report().info(), sections);
    }

    /** A 5,000-character reason, as an officer may paste one. */
    private static String longReason() {
        StringBuilder b = new StringBuilder();
        while (b.length() < 5_000) {
            b.append("The specialist post was advertised twice without an appointable candidate; ");
        }
        return b.substring(0, 5_000);
    }
}

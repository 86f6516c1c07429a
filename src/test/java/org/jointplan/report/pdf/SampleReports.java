package org.jointplan.report.pdf;

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

/** Hand-made committee reports shaped like the real one, until the lead's builder lands. */
final class SampleReports {
    static final String TITLE = "SEND Joint Plan 2024/25: committee report as at 31 December 2024";
    static final String POLISH = "Łukasz Wójcik-Żółkiewska";
    static final String VIETNAMESE = "Nguyễn Thị Ánh Tuyết";
    static final String ARABIC = "محمد الأحمد";
    static final String HEBREW = "שרה כהן";
    static final String CHART_ALT = "Line chart of % of new EHC plans issued within 20 weeks, January to July 2024.";

    private SampleReports() {
    }

    static DocumentInfo info() {
        return new DocumentInfo(TITLE, "Quarter 3 delivery report", "Nottingham City Council",
                "SEND Joint Plan 2024/25 · as at 31 December 2024", "OFFICIAL", LocalDate.of(2024, 12, 31));
    }

    /** A 5,000-character reason whose end is recognisable ("… END-OF-REASON"). */
    static String longReason() {
        StringBuilder b = new StringBuilder("Recruitment to the educational psychology team has stalled because ");
        int i = 0;
        while (b.length() < 4_980) {
            b.append("agency cover ").append(i++).append(" was withdrawn by the provider and the panel deferred; ");
        }
        return b.append("END-OF-REASON").toString();
    }

    static CommitteeReport full() {
        List<Block> summary = List.of(
                new Block.Heading(1, "SEND Joint Plan 2024/25"),
                new Block.Paragraph("As at: ", "31 December 2024, compared with 30 September 2024."),
                Block.Paragraph.of("This report sets out progress on the joint plan's actions for the committee, "
                        + "prepared by the office workflow team."),
                new Block.Heading(2, "Key to ratings"),
                new Block.Table("The BRAG ratings and what each means.",
                        List.of(Column.of("Rating", 1), Column.of("Meaning", 3)),
                        List.of(List.of(Cell.status(Status.COMPLETE, "Complete"), Cell.of("The action is done.")),
                                List.of(Cell.status(Status.ON_TRACK, "On track"), Cell.of("Going to plan.")),
                                List.of(Cell.status(Status.AT_RISK, "At risk"), Cell.of("Could slip.")),
                                List.of(Cell.status(Status.OFF_TRACK, "Off track"), Cell.of("Has slipped.")),
                                List.of(Cell.status(Status.NOT_STARTED, "Not started"), Cell.of("Not begun.")))),
                new Block.Heading(2, "Summary of ratings"),
                new Block.Table("How many actions have each rating.",
                        List.of(Column.of("Rating", 2), Column.figure("Actions", 1), Column.figure("Change", 1)),
                        List.of(List.of(Cell.of("On track"), Cell.of("12"), Cell.of("+2")),
                                List.of(Cell.of("At risk"), Cell.of("5"), Cell.of("−1")),
                                List.of(Cell.of("Off track"), Cell.of("3"), Cell.of("0")))),
                new Block.Heading(2, "Exceptions"),
                new Block.Bullets(List.of("Lead: " + POLISH, "Lead: " + VIETNAMESE, "Lead: " + ARABIC + " (Health)",
                        "Lead: " + HEBREW)),
                new Block.Paragraph("Reason: ", longReason()),
                new Block.Heading(2, "Measures"),
                new Block.Figure(chart(), CHART_ALT, "Figure 1: EHC plans issued within 20 weeks"));
        List<Block> actions = List.of(
                new Block.Heading(2, "Priority 1: Early identification"),
                actionsTable(24));
        return new CommitteeReport(info(), List.of(new Section(PageSetup.A4_PORTRAIT, summary),
                new Section(PageSetup.A4_LANDSCAPE, actions)));
    }

    static ChartLayout chart() {
        ChartSeries s = ChartSeries.of("% of new EHC plans issued within 20 weeks", "%", 1,
                List.of("Jan 2024", "Feb 2024", "Mar 2024", "Apr 2024", "May 2024", "Jun 2024", "Jul 2024"),
                List.of(28.8, 36.1, 29.7, 41.3, 39.8, 42.7, 36.6)).withTarget(40);
        return MeasureChart.layout(s, ChartMode.LINE, 680, 340, TypeScale.PRINT);
    }

    /** A priority's actions: seven columns, as the landscape section shows them. */
    static Block.Table actionsTable(int count) {
        List<Column> columns = List.of(Column.of("Ref", 0.6), Column.of("Action", 3), Column.of("Lead", 1.6),
                Column.of("Due", 1), Column.of("Status", 1.2), Column.figure("Done %", 0.8),
                Column.of("Commentary", 3.5));
        Status[] statuses = Status.values();
        String[] leads = {POLISH, VIETNAMESE, ARABIC, "Jane Smith", HEBREW};
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            Status st = statuses[i % statuses.length];
            rows.add(List.of(Cell.of("1." + i), Cell.of("Action " + i + ": review the graduated approach in "
                            + "mainstream schools with partners"), Cell.of(leads[i % leads.length]),
                    Cell.of("31 Mar 2025"), Cell.status(st, st.label()), Cell.of(Integer.toString(i * 7 % 101)),
                    Cell.of(i == 3 ? longReason() : "Workshops held with SENCOs; next step agreed at panel.")));
        }
        return new Block.Table("Actions of priority 1 with their leads, due dates and ratings.", columns, rows);
    }

    /** A report of {@code rows} action rows and {@code figures} charts, for the benchmark. */
    static CommitteeReport big(int rows, int figures) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(1, "Large plan"));
        for (int i = 0; i < figures; i++) {
            blocks.add(new Block.Figure(chart(), CHART_ALT, "Figure " + (i + 1)));
        }
        List<Block> actions = List.of(new Block.Heading(2, "All actions"), actionsTable(rows));
        return new CommitteeReport(info(), List.of(new Section(PageSetup.A4_PORTRAIT, blocks),
                new Section(PageSetup.A4_LANDSCAPE, actions)));
    }
}

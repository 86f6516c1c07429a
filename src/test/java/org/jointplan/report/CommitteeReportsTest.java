package org.jointplan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.jointplan.domain.Action;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.ReportPosition;
import org.jointplan.domain.Status;
import org.jointplan.report.ReportOptions.Part;
import org.jointplan.service.SamplePlan;
import org.junit.jupiter.api.Test;

class CommitteeReportsTest {
    private static final LocalDate Q2 = LocalDate.of(2024, 9, 30);
    private final PlanData sample = SamplePlan.load();

    private CommitteeReport report(LocalDate asAt, ReportOptions options) {
        return CommitteeReports.build(ReportPosition.of(sample, asAt), options, f -> { });
    }

    private static List<String> headings(CommitteeReport report, int level) {
        return report.blocks().stream().filter(b -> b instanceof Block.Heading h && h.level() == level)
                .map(b -> ((Block.Heading) b).text()).toList();
    }

    private static List<Block.Table> tables(CommitteeReport report) {
        return report.blocks().stream().filter(Block.Table.class::isInstance).map(Block.Table.class::cast).toList();
    }

    private static String allText(CommitteeReport report) {
        StringBuilder text = new StringBuilder();
        for (Block b : report.blocks()) {
            if (b instanceof Block.Heading h) {
                text.append(h.text()).append('\n');
            } else if (b instanceof Block.Paragraph p) {
                text.append(p.label()).append(p.text()).append('\n');
            } else if (b instanceof Block.Bullets l) {
                l.items().forEach(i -> text.append(i).append('\n'));
            } else if (b instanceof Block.Table t) {
                t.rows().forEach(r -> r.forEach(c -> text.append(c.text()).append('\t')));
            }
        }
        return text.toString();
    }

    @Test
    void partsComeInTheOrderCommitteesReadThem() {
        CommitteeReport report = report(Q2, ReportOptions.everything());
        assertEquals(List.of(sample.plan().title() + ": progress report as at 30 September 2024",
                "Summary by priority", "Exception report", "Progress by priority", "Measures", "Appendix: timeline"),
                headings(report, 1));
        assertEquals("Key to ratings", headings(report, 2).get(0));
        assertEquals(sample.priorities().size(), headings(report, 2).stream()
                .filter(h -> h.matches("\\d\\. .*")).count(), "a heading for each priority");
    }

    @Test
    void theWideActionTablesAreOnLandscapePages() {
        CommitteeReport report = report(Q2, ReportOptions.everything());
        assertFalse(report.sections().get(0).page().landscape());
        Section priorities = report.sections().stream()
                .filter(s -> s.blocks().contains(new Block.Heading(1, "Progress by priority"))).findFirst()
                .orElseThrow();
        assertTrue(priorities.page().landscape());
    }

    @Test
    void theSummaryCountsEveryActionOfEachPriority() {
        ReportPosition position = ReportPosition.of(sample, Q2);
        CommitteeReport report = CommitteeReports.build(position, ReportOptions.everything(), f -> { });
        Block.Table summary = tables(report).stream().filter(t -> t.caption().startsWith("Actions by status"))
                .findFirst().orElseThrow();
        assertEquals(position.priorities().size() + 1, summary.rows().size(), "each priority and the whole plan");
        List<Cell> whole = summary.rows().get(summary.rows().size() - 1);
        assertEquals(Integer.toString(position.plan().actions().size()), whole.get(6).text());
        int sum = 0;
        for (int col = 1; col <= 5; col++) {
            sum += Integer.parseInt(whole.get(col).text());
        }
        assertEquals(position.plan().actions().size(), sum);
        assertEquals(Status.COMPLETE, report.blocks().stream().filter(Block.Table.class::isInstance)
                .map(Block.Table.class::cast).findFirst().orElseThrow().rows().get(0).get(0).status(),
                "the key comes first, each status a status cell");
    }

    @Test
    void eachExceptionHasItsReasonAndEachPriorityItsActions() {
        ReportPosition position = ReportPosition.of(sample, Q2);
        CommitteeReport report = CommitteeReports.build(position, ReportOptions.everything(), f -> { });
        String text = allText(report);
        List<ReportPosition.ExceptionEntry> exceptions = position.exceptions();
        assertFalse(exceptions.isEmpty(), "the sample has exceptions at Q2");
        for (ReportPosition.ExceptionEntry e : exceptions) {
            assertTrue(text.contains(e.title()), e.title());
            if (!e.reason().isBlank()) {
                assertTrue(text.contains(e.reason()), e.reason());
            }
        }
        List<Block.Table> actionTables = tables(report).stream().filter(t -> t.caption().startsWith("Actions of"))
                .toList();
        assertEquals(position.plan().actions().size(), actionTables.stream().mapToInt(t -> t.rows().size()).sum());
        assertEquals("1.1", actionTables.get(0).rows().get(0).get(0).text());
        for (Block.Table t : actionTables) {
            for (List<Cell> row : t.rows()) {
                Action a = position.plan().actions().stream().filter(x -> x.title().equals(row.get(1).text()))
                        .findFirst().orElseThrow();
                assertEquals(a.status(), row.get(5).status(), a.title());
            }
        }
    }

    @Test
    void aPlanWithNothingWrongSaysSo() {
        List<Action> allOnTrack = new ArrayList<>();
        for (Action a : sample.actions()) {
            allOnTrack.add(a.toBuilder().status(Status.COMPLETE).percentComplete(100).statusReason("")
                    .decisionNeeded("").build());
        }
        PlanData calm = new PlanData(sample.plan(), sample.partners(), sample.priorities(), allOnTrack,
                sample.milestones().stream().filter(m -> !m.hasSlipped()).toList(), sample.dependencies(),
                sample.updates(), sample.measures(), sample.measureValues(), List.of(), List.of(), List.of(),
                List.of());
        CommitteeReport report = CommitteeReports.build(ReportPosition.of(calm, Q2), ReportOptions.everything(),
                f -> { });
        assertTrue(allText(report).contains("no decision is needed and no milestone has slipped"));
    }

    @Test
    void onlyTheChosenPartsAndTheMarkingInTheHeader() {
        CommitteeReport report = report(Q2, new ReportOptions("Health Scrutiny Committee", "OFFICIAL", "",
                EnumSet.of(Part.EXCEPTIONS), Paper.A4));
        assertEquals(2, headings(report, 1).size(), "the title and the exception report");
        assertTrue(report.info().header().startsWith("OFFICIAL"));
        assertTrue(allText(report).contains("Committee: Health Scrutiny Committee"));
    }

    @Test
    void eachMeasureWithFiguresHasAChartWithItsWords() {
        ReportPosition position = ReportPosition.of(sample, LocalDate.of(2025, 3, 31));
        CommitteeReport report = CommitteeReports.build(position, ReportOptions.everything(), f -> { });
        List<Block.Figure> figures = report.blocks().stream().filter(Block.Figure.class::isInstance)
                .map(Block.Figure.class::cast).filter(f -> f.caption().contains(" chart of ")).toList();
        assertEquals(position.measures().stream().filter(m -> m.latest() != null).count(), figures.size());
        for (Block.Figure f : figures) {
            assertFalse(f.alt().isBlank());
            assertTrue(f.drawing().width() <= PageSetup.A4_PORTRAIT.printableWidth() + 0.01);
        }
    }

    @Test
    void theTimelineAppendixIsOneFigureToALandscapePageOfTheChosenPaper() {
        for (Paper paper : Paper.values()) {
            CommitteeReport report = report(Q2, new ReportOptions("", "", "", EnumSet.of(Part.TIMELINE), paper));
            List<Section> pages = report.sections().subList(1, report.sections().size());
            assertFalse(pages.isEmpty());
            for (Section page : pages) {
                assertEquals(new PageSetup(paper, true), page.page());
                List<Block.Figure> figures = page.blocks().stream().filter(Block.Figure.class::isInstance)
                        .map(Block.Figure.class::cast).toList();
                assertEquals(1, figures.size());
                assertTrue(figures.get(0).drawing().height() <= page.page().printableHeight());
                assertTrue(figures.get(0).alt().contains("as at 30/09/2024"), figures.get(0).alt());
            }
        }
    }

    @Test
    void theSummaryHasASmallChartSayingTheCountsInWords() {
        ReportPosition position = ReportPosition.of(sample, Q2);
        CommitteeReport report = CommitteeReports.build(position, new ReportOptions("", "", "",
                EnumSet.of(Part.SUMMARY), Paper.A4), f -> { });
        Block.Figure chart = report.blocks().stream().filter(Block.Figure.class::isInstance)
                .map(Block.Figure.class::cast).findFirst().orElseThrow();
        for (ReportPosition.PriorityLine p : position.priorities()) {
            var priority = position.plan().priority(p.id()).orElseThrow();
            assertTrue(chart.alt().contains(priority.order() + ". " + priority.shortName() + ": "
                    + p.summary().describe(position.key())), p.name());
        }
    }

    @Test
    void everyColumnIsWideEnoughForItsLongestWord() {
        CommitteeReport report = report(LocalDate.of(2025, 3, 31), ReportOptions.everything());
        for (Section section : report.sections()) {
            for (Block b : section.blocks()) {
                if (b instanceof Block.Table t) {
                    double weights = t.columns().stream().mapToDouble(Column::weight).sum();
                    for (int c = 0; c < t.columns().size(); c++) {
                        double width = section.page().printableWidth() * t.columns().get(c).weight() / weights;
                        for (List<Cell> row : t.rows()) {
                            String text = row.get(c).text();
                            if (text.matches("\\d\\d/\\d\\d/\\d{4}.*")) {
                                assertTrue(width >= org.jointplan.chart.TextMetrics.width(text.substring(0, 10),
                                        FittedTable.TEXT, false) + FittedTable.PADDING, t.caption() + ": " + text);
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void anEmptyPlanSaysSoInsteadOfLeavingBlankPages() {
        PlanData empty = new PlanData(sample.plan(), sample.partners(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        CommitteeReport report = CommitteeReports.build(ReportPosition.of(empty, Q2), ReportOptions.everything(),
                f -> { });
        String text = allText(report);
        assertTrue(text.contains("The plan has no priorities yet."), text);
        assertTrue(text.contains("The plan has no measures yet."), text);
        assertTrue(report.blocks().stream().filter(Block.Figure.class::isInstance)
                .allMatch(f -> ((Block.Figure) f).alt().contains("Timeline")), "no empty status chart");
    }
}

package org.jointplan.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jointplan.chart.SvgChartWriter;
import org.jointplan.domain.ReportPosition;
import org.jointplan.domain.Status;
import org.jointplan.report.Block;
import org.jointplan.report.Cell;
import org.jointplan.report.Column;
import org.jointplan.report.CommitteeReport;
import org.jointplan.report.CommitteeReports;
import org.jointplan.report.DocumentInfo;
import org.jointplan.report.PageSetup;
import org.jointplan.report.ReportOptions;
import org.jointplan.report.Section;
import org.jointplan.service.SamplePlan;
import org.junit.jupiter.api.Test;

class HtmlReportWriterTest {
    private static String html(CommitteeReport report) {
        return new String(HtmlReportWriter.write(report, f -> { }), StandardCharsets.UTF_8);
    }

    private static CommitteeReport sample() {
        return CommitteeReports.build(ReportPosition.of(SamplePlan.load(), LocalDate.of(2025, 3, 31)),
                ReportOptions.everything().withMarking("OFFICIAL"), f -> { });
    }

    @Test
    void theHeadingsAreTheModelsInOrderWithTheLanguageAndTitle() {
        CommitteeReport report = sample();
        String html = html(report);
        assertTrue(html.contains("<html lang=\"en-GB\">"));
        assertTrue(html.contains("<title>" + SvgChartWriter.escape(report.info().title()) + "</title>"));
        List<String> expected = report.blocks().stream().filter(Block.Heading.class::isInstance)
                .map(b -> "h" + ((Block.Heading) b).level() + ":" + SvgChartWriter.escape(((Block.Heading) b)
                        .text())).toList();
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile("<h([1-3])>(.*?)</h\\1>").matcher(html);
        while (m.find()) {
            found.add("h" + m.group(1) + ":" + m.group(2));
        }
        assertEquals(expected, found);
        assertTrue(html.contains("<p class=\"marking\">OFFICIAL</p>"));
    }

    @Test
    void tablesHaveCaptionsAndColumnHeadersAndFiguresTheirWords() {
        CommitteeReport report = sample();
        String html = html(report);
        long tables = report.blocks().stream().filter(Block.Table.class::isInstance).count();
        assertEquals(tables, count(html, "<caption>"));
        assertEquals(tables, count(html, "<thead><tr><th scope=\"col\""));
        List<Block.Figure> figures = report.blocks().stream().filter(Block.Figure.class::isInstance)
                .map(Block.Figure.class::cast).toList();
        assertFalse(figures.isEmpty());
        for (Block.Figure f : figures) {
            assertTrue(html.contains("alt=\"" + SvgChartWriter.escape(f.alt()) + "\""), f.alt());
        }
        assertEquals(figures.size(), count(html, "src=\"data:image/svg+xml;base64,"), "vector, inside the page");
        assertFalse(html.contains("http://") && html.contains("src=\"http"), "nothing fetched from elsewhere");
    }

    @Test
    void hostileAndForeignTextIsKeptAsTextAndNeverAsMarkup() {
        String names = "Zażółć Gęślą · Nguyễn Thị Minh Khai · عبد الله";
        CommitteeReport report = new CommitteeReport(new DocumentInfo("<script>alert(1)</script>", "", names, "",
                "", LocalDate.of(2024, 9, 30)), List.of(new Section(PageSetup.A4_PORTRAIT, List.of(
                        new Block.Paragraph("Lead: ", names), new Block.Table("t", List.of(Column.of("A", 1)),
                                List.of(List.of(Cell.status(Status.AT_RISK, "At \"risk\" & <late>")))),
                        Block.Paragraph.of("x".repeat(5000))))));
        String html = html(report);
        assertFalse(html.contains("<script>"));
        assertTrue(html.contains("&lt;script&gt;"));
        assertTrue(html.contains(names));
        assertTrue(html.contains("At &quot;risk&quot; &amp; &lt;late&gt;"));
        assertTrue(html.contains("class=\"status at-risk\""));
        assertTrue(html.contains("x".repeat(5000)));
    }

    @Test
    void aCancelStopsIt() {
        assertThrows(CancellationException.class, () -> HtmlReportWriter.write(sample(), f -> {
            throw new CancellationException("stop");
        }));
    }

    private static long count(String text, String what) {
        return Pattern.compile(Pattern.quote(what)).matcher(text).results().count();
    }
}

package org.jointplan.report.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.jointplan.domain.ReportPosition;
import org.jointplan.report.Block;
import org.jointplan.report.CommitteeReport;
import org.jointplan.report.CommitteeReports;
import org.jointplan.report.ReportOptions;
import org.jointplan.report.Section;
import org.jointplan.service.SamplePlan;
import org.junit.jupiter.api.Test;

/** The 2024/25 sample plan's report, as the builder makes it, written as Word. */
class DocxSampleReportTest {
    static CommitteeReport sample() {
        return CommitteeReports.build(ReportPosition.of(SamplePlan.load(), LocalDate.of(2025, 3, 31)),
                ReportOptions.everything().withMarking("OFFICIAL"), f -> { });
    }

    @Test
    void everyHeadingTableFigureAndSectionOfTheModelIsInTheDocument() throws IOException {
        CommitteeReport report = sample();
        byte[] bytes = DocxReportWriter.write(report, f -> { });
        DocxParts parts = DocxParts.of(bytes);
        assertEquals(List.of(), parts.schemaErrors());
        String document = parts.text("word/document.xml");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<String> headings = doc.getParagraphs().stream()
                    .filter(p -> p.getStyle() != null && p.getStyle().startsWith("Heading"))
                    .map(p -> p.getStyle().substring(7) + " " + p.getText()).toList();
            assertEquals(report.blocks().stream().filter(Block.Heading.class::isInstance).map(Block.Heading.class::cast)
                    .map(h -> h.level() + " " + h.text()).toList(), headings);
            long tables = report.blocks().stream().filter(Block.Table.class::isInstance).count();
            assertEquals(tables, doc.getTables().size());
            assertTrue(doc.getParagraphs().stream().map(XWPFParagraph::getText)
                    .anyMatch(t -> t.equals(report.info().title())), "the title is there once, as the first heading");
        }
        long figures = report.blocks().stream().filter(Block.Figure.class::isInstance).count();
        assertTrue(figures > 0, "the sample plan has measures to chart");
        assertEquals(figures, count(document, "<wp:docPr [^>]*descr=\"[^\"]+\""));
        List<Boolean> landscape = report.sections().stream().map(Section::page).map(p -> p.landscape()).toList();
        Matcher sizes = Pattern.compile("<w:pgSz [^>]*?(w:orient=\"landscape\")?/>").matcher(document);
        for (boolean turned : landscape) {
            assertTrue(sizes.find());
            assertEquals(turned, sizes.group(1) != null);
        }
    }

    private static long count(String xml, String regex) {
        return Pattern.compile(regex).matcher(xml).results().count();
    }
}

package org.jointplan.report.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.jointplan.domain.ReportPosition;
import org.jointplan.report.Block;
import org.jointplan.report.CommitteeReport;
import org.jointplan.report.CommitteeReports;
import org.jointplan.report.ReportOptions;
import org.jointplan.service.SamplePlan;
import org.junit.jupiter.api.Test;

/** The real sample plan's committee report, as the lead's builder makes it, written as PDF. */
class SamplePlanPdfTest {

    static CommitteeReport sample() {
        return CommitteeReports.build(ReportPosition.of(SamplePlan.load(), LocalDate.of(2025, 3, 31)),
                ReportOptions.everything().withMarking("OFFICIAL"), f -> { });
    }

    @Test
    void theTagsFollowTheModelsBlocksAndAllContentIsMarked() throws IOException {
        CommitteeReport report = sample();
        byte[] pdf = PdfReportWriter.write(report, f -> { });
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDStructureElement document = PdfReportWriterTest.only(doc.getDocumentCatalog().getStructureTreeRoot());
            List<String> types = PdfReportWriterTest.elements(document).stream()
                    .map(PDStructureElement::getStructureType).toList();
            assertEquals(expectedTypes(report), types);
            for (PDPage page : doc.getPages()) {
                assertEquals(List.of(), ContentScan.of(page).unmarkedOperators());
            }
            String text = TaggedText.of(doc);
            for (Block b : report.blocks()) {
                if (b instanceof Block.Heading h) {
                    assertTrue(text.contains(h.text()), h.text());
                }
            }
        }
    }

    private static List<String> expectedTypes(CommitteeReport report) {
        List<String> types = new ArrayList<>();
        for (Block b : report.blocks()) {
            if (b instanceof Block.Heading h) {
                types.add("H" + h.level());
            } else if (b instanceof Block.Paragraph p && !(p.label() + p.text()).isBlank()) {
                types.add("P");
            } else if (b instanceof Block.Bullets l && !l.items().isEmpty()) {
                types.add("L");
            } else if (b instanceof Block.Table) {
                types.add("Table");
            } else if (b instanceof Block.Figure f) {
                types.add("Figure");
                if (!f.caption().isBlank()) {
                    types.add("Caption");
                }
            }
        }
        return types;
    }
}

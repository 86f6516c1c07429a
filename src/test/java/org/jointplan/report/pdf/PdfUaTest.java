package org.jointplan.report.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jointplan.domain.Action;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.ReportPosition;
import org.jointplan.domain.Status;
import org.jointplan.report.Block;
import org.jointplan.report.CommitteeReport;
import org.jointplan.report.CommitteeReports;
import org.jointplan.report.DocumentInfo;
import org.jointplan.report.PageSetup;
import org.jointplan.report.ReportOptions;
import org.jointplan.report.Section;
import org.jointplan.service.SamplePlan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * The committee paper checked as published documents are checked: veraPDF, the PDF Association's validator, against
 * PDF/UA-1 (ISO 14289-1), on the sample plan's whole paper and on one with a long reason in three scripts.
 */
class PdfUaTest {
    @BeforeAll
    static void validator() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private static List<String> failures(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
                PDFAFlavour.PDFUA_1);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failed = new ArrayList<>();
            for (TestAssertion t : result.getTestAssertions()) {
                if (t.getStatus() == TestAssertion.Status.FAILED) {
                    failed.add(t.getRuleId().getClause() + "-" + t.getRuleId().getTestNumber() + ": "
                            + t.getMessage());
                }
            }
            return failed.stream().distinct().collect(Collectors.toList());
        }
    }

    @Test
    void theSamplePlansPaperIsPdfUa() throws Exception {
        CommitteeReport report = CommitteeReports.build(ReportPosition.of(SamplePlan.load(),
                LocalDate.of(2025, 3, 31)), ReportOptions.everything().withMarking("OFFICIAL"), f -> { });
        List<String> failed = failures(PdfReportWriter.write(report, f -> { }));
        assertTrue(failed.isEmpty(), String.join("\n", failed));
    }

    @Test
    void aLongReasonInThreeScriptsIsPdfUa() throws Exception {
        PlanData sample = SamplePlan.load();
        String reason = "Nguyễn Thị Minh Khai, Zażółć Gęślą and عبد الله to agree. " + "The account. ".repeat(380);
        List<Action> actions = new ArrayList<>();
        for (Action a : sample.actions()) {
            actions.add(a.status() == Status.AT_RISK ? a.toBuilder().statusReason(reason).build() : a);
        }
        PlanData plan = new PlanData(sample.plan(), sample.partners(), sample.priorities(), actions,
                sample.milestones(), sample.dependencies(), sample.updates(), sample.measures(),
                sample.measureValues(), sample.committeeDates(), List.of(), sample.dateMoves(), List.of());
        CommitteeReport report = CommitteeReports.build(ReportPosition.of(plan, LocalDate.of(2025, 3, 31)),
                ReportOptions.everything(), f -> { });
        List<String> failed = failures(PdfReportWriter.write(report, f -> { }));
        assertTrue(failed.isEmpty(), String.join("\n", failed));
    }

    @Test
    void theValidatorRefusesAPaperNotMarkedAsTagged() throws Exception {
        // the checks above can fail: the same writer's paper without its MarkInfo is refused
        CommitteeReport report = new CommitteeReport(new DocumentInfo("A title", "", "", "", "",
                LocalDate.of(2024, 9, 30)), List.of(new Section(PageSetup.A4_PORTRAIT,
                        List.of(Block.Paragraph.of("Text")))));
        byte[] pdf = PdfReportWriter.write(report, f -> { });
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            doc.getDocumentCatalog().getCOSObject().removeItem(org.apache.pdfbox.cos.COSName.MARK_INFO);
            var out = new java.io.ByteArrayOutputStream();
            doc.save(out);
            assertFalse(failures(out.toByteArray()).isEmpty());
        }
    }
}

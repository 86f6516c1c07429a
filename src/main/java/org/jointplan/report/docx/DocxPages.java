package org.jointplan.report.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.jointplan.report.DocumentInfo;
import org.jointplan.report.PageSetup;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * A Word section's page: paper, orientation and 2 cm margins, the protective marking and running header at the top
 * and "Page N of M" at the foot. Each section gets its own header and footer, so that a template's section settings
 * or a deleted section never leave pages without the marking.
 */
final class DocxPages {
    /** The header and footer sit 1 cm from the paper's edge, inside the 2 cm margin. */
    private static final double BAND = 28.35;

    private DocxPages() {
    }

    static void setUp(XWPFDocument doc, CTSectPr sect, PageSetup page, DocumentInfo info) {
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(DocxXml.twips(page.width()));
        size.setH(DocxXml.twips(page.height()));
        if (page.landscape()) {
            size.setOrient(STPageOrientation.LANDSCAPE);
        }
        CTPageMar margins = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        BigInteger margin = DocxXml.twips(PageSetup.MARGIN);
        margins.setTop(margin);
        margins.setRight(margin);
        margins.setBottom(margin);
        margins.setLeft(margin);
        margins.setHeader(DocxXml.twips(BAND));
        margins.setFooter(DocxXml.twips(BAND));
        margins.setGutter(BigInteger.ZERO);
        XWPFHeaderFooterPolicy policy = new XWPFHeaderFooterPolicy(doc, sect);
        header(policy.createHeader(XWPFHeaderFooterPolicy.DEFAULT), info);
        footer(policy.createFooter(XWPFHeaderFooterPolicy.DEFAULT), info);
    }

    private static void header(XWPFHeaderFooter header, DocumentInfo info) {
        XWPFParagraph first = firstParagraph(header);
        if (!info.marking().isEmpty()) {
            marking(first, info.marking());
            first = header.createParagraph();
        }
        first.setStyle(DocxStyles.HEADER);
        DocxText.direction(first, info.runningHeader());
        DocxText.append(first, info.runningHeader(), DocxText.Look.PLAIN);
    }

    private static void footer(XWPFHeaderFooter footer, DocumentInfo info) {
        XWPFParagraph numbers = firstParagraph(footer);
        numbers.setStyle(DocxStyles.FOOTER);
        numbers.setAlignment(ParagraphAlignment.RIGHT);
        numbers.createRun().setText("Page ");
        field(numbers, "PAGE");
        numbers.createRun().setText(" of ");
        field(numbers, "NUMPAGES");
        if (!info.marking().isEmpty()) {
            marking(footer.createParagraph(), info.marking());
        }
    }

    private static XWPFParagraph firstParagraph(XWPFHeaderFooter part) {
        return part.getParagraphs().isEmpty() ? part.createParagraph() : part.getParagraphs().get(0);
    }

    /** The marking as government guidance shows it: centred, bold, capitals as given. */
    private static void marking(XWPFParagraph p, String marking) {
        p.setStyle(DocxStyles.HEADER);
        p.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun r = p.createRun();
        r.setBold(true);
        r.setFontSize(12);
        r.setText(DocxText.xmlSafe(marking));
    }

    /** A field Word works out when it lays the page out; "1" shows until then. */
    private static void field(XWPFParagraph p, String instruction) {
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        p.createRun().getCTR().addNewInstrText().setStringValue(" " + instruction + " ");
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        p.createRun().setText("1");
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }
}

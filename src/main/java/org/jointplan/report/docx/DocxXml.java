package org.jointplan.report.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;

/** The property elements a paragraph or run has, made when first needed. */
final class DocxXml {
    private DocxXml() {
    }

    static CTPPr pPr(XWPFParagraph p) {
        return p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
    }

    static CTRPr rPr(XWPFRun r) {
        return r.getCTR().isSetRPr() ? r.getCTR().getRPr() : r.getCTR().addNewRPr();
    }

    /** Points as twentieths of a point, Word's page unit. */
    static BigInteger twips(double points) {
        return BigInteger.valueOf(Math.round(points * 20));
    }
}

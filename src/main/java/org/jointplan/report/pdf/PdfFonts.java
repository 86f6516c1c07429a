package org.jointplan.report.pdf;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;

/** The two faces a report uses, embedded once per document as subsets. */
final class PdfFonts {
    private final Face regular;
    private final Face bold;

    PdfFonts(PDDocument doc) throws IOException {
        regular = Face.regular(doc);
        bold = Face.bold(doc);
    }

    Face regular() {
        return regular;
    }

    Face bold() {
        return bold;
    }
}

package org.jointplan.report.pdf;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.util.Matrix;

/** Draws wrapped lines: plain pieces as real (selectable, searchable) text, shaped pieces as outlines. */
final class LinePainter {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private LinePainter() {
    }

    /**
     * @param tagged the flow whose element the line belongs to, which tags shaped pieces as Spans with ActualText;
     *               null for artifacts
     */
    static void draw(PDPageContentStream cs, Line line, float x, float baseline, float size, int rgb,
                     PageFlow tagged) throws IOException {
        if (line.pieces().isEmpty()) {
            return;
        }
        cs.appendRawCommands(PdfColours.fill(rgb));
        float at = x;
        for (Piece p : line.pieces()) {
            if (p.shaped()) {
                if (tagged != null) {
                    tagged.shapedText(p.text());
                }
                if (!p.text().isBlank()) {
                    cs.saveGraphicsState();
                    cs.transform(Matrix.getTranslateInstance(at, baseline));
                    cs.drawForm(p.face().shapedForm(p.text(), size));
                    cs.restoreGraphicsState();
                }
                if (tagged != null) {
                    tagged.shapedTextDone();
                }
            } else {
                if (tagged != null) {
                    tagged.open();
                }
                cs.beginText();
                cs.setFont(p.face().font(), size);
                cs.newLineAtOffset(at, baseline);
                cs.appendRawCommands(hex(p.face().encode(p.text())) + " Tj\n");
                cs.endText();
            }
            at += p.width();
        }
    }

    private static String hex(byte[] bytes) {
        StringBuilder b = new StringBuilder(bytes.length * 2 + 2).append('<');
        for (byte v : bytes) {
            b.append(HEX[(v >> 4) & 0xf]).append(HEX[v & 0xf]);
        }
        return b.append('>').toString();
    }
}

package org.jointplan.report.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** Draws wrapped lines: plain pieces as real (selectable, searchable) text, shaped pieces as outlines. */
final class LinePainter {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private LinePainter() {
    }

    /**
     * @param actualText wrap shaped pieces in a Span whose ActualText is their text, so they read and search as
     *                   written; artifacts need not
     */
    static void draw(PDPageContentStream cs, Line line, float x, float baseline, float size, int rgb,
                     boolean actualText) throws IOException {
        cs.appendRawCommands(PdfColours.fill(rgb));
        float at = x;
        for (Piece p : line.pieces()) {
            if (p.shaped()) {
                if (actualText) {
                    cs.appendRawCommands("/Span <</ActualText " + utf16(p.text()) + ">> BDC\n");
                }
                Shaped.draw(cs, p.text(), p.face(), size, at, baseline);
                if (actualText) {
                    cs.endMarkedContent();
                }
            } else {
                cs.beginText();
                cs.setFont(p.face().font(), size);
                cs.newLineAtOffset(at, baseline);
                cs.appendRawCommands(hex(p.face().encode(p.text())) + " Tj\n");
                cs.endText();
            }
            at += p.width();
        }
    }

    /** A PDF text string in UTF-16BE with its byte order mark, as hex. */
    static String utf16(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_16BE);
        byte[] marked = new byte[bytes.length + 2];
        marked[0] = (byte) 0xFE;
        marked[1] = (byte) 0xFF;
        System.arraycopy(bytes, 0, marked, 2, bytes.length);
        return hex(marked);
    }

    private static String hex(byte[] bytes) {
        StringBuilder b = new StringBuilder(bytes.length * 2 + 2).append('<');
        for (byte v : bytes) {
            b.append(HEX[(v >> 4) & 0xf]).append(HEX[v & 0xf]);
        }
        return b.append('>').toString();
    }
}

package org.jointplan.report.docx;

import java.text.Bidi;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Puts text into a paragraph exactly as given, in any script: right-to-left stretches (Arabic, Hebrew) become runs
 * marked right to left, a paragraph that starts in such a script reads right to left, line breaks and tabs become
 * Word's own, and only characters XML cannot hold at all are left out.
 */
final class DocxText {
    private DocxText() {
    }

    /** How a run looks: bold, and its colour as RRGGBB or null for the style's. */
    record Look(boolean bold, String colour) {
        static final Look PLAIN = new Look(false, null);
        static final Look BOLD = new Look(true, null);
    }

    static void append(XWPFParagraph p, String text, Look look) {
        String clean = xmlSafe(text);
        if (clean.isEmpty()) {
            return;
        }
        char[] chars = clean.toCharArray();
        if (!Bidi.requiresBidi(chars, 0, chars.length)) {
            run(p, clean, look, false);
            return;
        }
        Bidi bidi = new Bidi(clean, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        for (int i = 0; i < bidi.getRunCount(); i++) {
            run(p, clean.substring(bidi.getRunStart(i), bidi.getRunLimit(i)), look, bidi.getRunLevel(i) % 2 == 1);
        }
    }

    /** Sets the paragraph right to left when its text starts in a right-to-left script. */
    static void direction(XWPFParagraph p, String text) {
        char[] chars = text.toCharArray();
        if (Bidi.requiresBidi(chars, 0, chars.length)
                && !new Bidi(text, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT).baseIsLeftToRight()) {
            DocxXml.pPr(p).addNewBidi();
        }
    }

    private static void run(XWPFParagraph p, String text, Look look, boolean rightToLeft) {
        XWPFRun r = p.createRun();
        if (look.bold()) {
            r.setBold(true);
        }
        if (look.colour() != null) {
            r.setColor(look.colour());
        }
        if (rightToLeft) {
            DocxXml.rPr(r).addNewRtl();
        }
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\t') {
                if (i > start) {
                    r.setText(text.substring(start, i), r.getCTR().sizeOfTArray());
                }
                if (c == '\n') {
                    r.addBreak();
                } else {
                    r.addTab();
                }
                start = i + 1;
            }
        }
        if (start < text.length()) {
            r.setText(start == 0 ? text : text.substring(start), r.getCTR().sizeOfTArray());
        }
    }

    /** The text without what XML 1.0 cannot carry (controls other than tab and line feed, lone surrogates). */
    static String xmlSafe(String text) {
        String lines = text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
        if (lines.codePoints().allMatch(DocxText::allowed)) {
            return lines;
        }
        StringBuilder b = new StringBuilder(lines.length());
        lines.codePoints().filter(DocxText::allowed).forEach(b::appendCodePoint);
        return b.toString();
    }

    private static boolean allowed(int c) {
        return c == '\t' || c == '\n' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
    }
}

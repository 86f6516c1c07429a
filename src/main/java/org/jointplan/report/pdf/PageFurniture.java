package org.jointplan.report.pdf;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.jointplan.report.DocumentInfo;

/**
 * The running header (protective marking, prominent, then the plan and as-at date) and the footer (the marking
 * again and "Page N of M") on every page, drawn once all pages are known, as pagination artifacts that screen
 * readers skip.
 */
final class PageFurniture {
    private static final float MARKING = 11;
    private static final float SMALL = 9;

    private PageFurniture() {
    }

    static void draw(PDDocument doc, List<PDPage> pages, DocumentInfo info, PdfFonts fonts) throws IOException {
        for (int i = 0; i < pages.size(); i++) {
            PDPage page = pages.get(i);
            float w = page.getMediaBox().getWidth();
            float h = page.getMediaBox().getHeight();
            float m = PageFlow.MARGIN;
            try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND,
                    true, true)) {
                Tags.beginArtifact(cs, "Pagination", "Header");
                if (!info.marking().isEmpty()) {
                    centred(cs, info.marking(), fonts.bold(), MARKING, w, h - 22);
                }
                Line header = fitted(info.runningHeader(), fonts.regular(), w - 2 * m);
                if (header != null) {
                    LinePainter.draw(cs, header, m, h - 40, SMALL, PdfColours.MUTED, null);
                }
                cs.endMarkedContent();
                Tags.beginArtifact(cs, "Pagination", "Footer");
                if (!info.marking().isEmpty()) {
                    centred(cs, info.marking(), fonts.bold(), MARKING, w, 22);
                }
                Line number = fitted("Page " + (i + 1) + " of " + pages.size(), fonts.regular(), w);
                LinePainter.draw(cs, number, w - m - number.width(), 38, SMALL, PdfColours.MUTED, null);
                cs.endMarkedContent();
            }
        }
    }

    private static void centred(PDPageContentStream cs, String text, Face face, float size, float pageWidth,
                                float baseline) throws IOException {
        Line line = fitted(text, face, pageWidth - 2 * PageFlow.MARGIN, size);
        if (line != null) {
            LinePainter.draw(cs, line, (pageWidth - line.width()) / 2, baseline, size, PdfColours.INK, null);
        }
    }

    private static Line fitted(String text, Face face, float width) throws IOException {
        return fitted(text, face, width, SMALL);
    }

    /** The text's first line at the width (a running header longer than the page is cut, not wrapped). */
    private static Line fitted(String text, Face face, float width, float size) throws IOException {
        List<Line> lines = new LineBreaker(size).wrap(List.of(new Styled(text.replace('\n', ' '), face)), width);
        return lines.isEmpty() ? null : lines.get(0);
    }
}

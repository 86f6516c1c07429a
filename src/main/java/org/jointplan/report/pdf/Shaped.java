package org.jointplan.report.pdf;

import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.PathIterator;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** Text the JDK shapes (joining, right to left, fallback fonts), measured and drawn as filled glyph outlines. */
final class Shaped {
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private Shaped() {
    }

    static float width(String text, Face face, float size) {
        if (text.isEmpty()) {
            return 0;
        }
        return new TextLayout(text, face.awt(text, size), FRC).getAdvance();
    }

    /** Fills the text's outlines with the baseline's left end at (x, baseline) in PDF coordinates. */
    static void draw(PDPageContentStream cs, String text, Face face, float size, float x, float baseline)
            throws IOException {
        if (text.isBlank()) {
            return;
        }
        Shape outline = new TextLayout(text, face.awt(text, size), FRC).getOutline(null);
        PathIterator it = outline.getPathIterator(null);
        float[] c = new float[6];
        float lastX = 0;
        float lastY = 0;
        boolean any = false;
        for (; !it.isDone(); it.next()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> {
                    cs.moveTo(x + c[0], baseline - c[1]);
                    lastX = c[0];
                    lastY = c[1];
                }
                case PathIterator.SEG_LINETO -> {
                    cs.lineTo(x + c[0], baseline - c[1]);
                    lastX = c[0];
                    lastY = c[1];
                }
                case PathIterator.SEG_QUADTO -> {
                    float c1x = lastX + 2f / 3 * (c[0] - lastX);
                    float c1y = lastY + 2f / 3 * (c[1] - lastY);
                    float c2x = c[2] + 2f / 3 * (c[0] - c[2]);
                    float c2y = c[3] + 2f / 3 * (c[1] - c[3]);
                    cs.curveTo(x + c1x, baseline - c1y, x + c2x, baseline - c2y, x + c[2], baseline - c[3]);
                    lastX = c[2];
                    lastY = c[3];
                }
                case PathIterator.SEG_CUBICTO -> {
                    cs.curveTo(x + c[0], baseline - c[1], x + c[2], baseline - c[3], x + c[4], baseline - c[5]);
                    lastX = c[4];
                    lastY = c[5];
                }
                default -> cs.closePath();
            }
            any = true;
        }
        if (any) {
            if (it.getWindingRule() == PathIterator.WIND_EVEN_ODD) {
                cs.fillEvenOdd();
            } else {
                cs.fill();
            }
        }
    }
}

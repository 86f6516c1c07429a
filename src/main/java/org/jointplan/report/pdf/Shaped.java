package org.jointplan.report.pdf;

import java.awt.Font;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/**
 * Text the JDK shapes (joining, right to left, fallback fonts), measured and made into a form XObject of filled
 * glyph outlines with its origin on the baseline; the form paints in the current fill colour, so one form serves
 * every place the same text appears.
 */
final class Shaped {
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private Shaped() {
    }

    static float width(String text, Font font) {
        return text.isEmpty() ? 0 : new TextLayout(text, font, FRC).getAdvance();
    }

    static PDFormXObject form(PDDocument doc, String text, Font font) throws IOException {
        Shape outline = new TextLayout(text, font, FRC).getOutline(null);
        StringBuilder ops = new StringBuilder();
        PathIterator it = outline.getPathIterator(null);
        float[] c = new float[6];
        float lastX = 0;
        float lastY = 0;
        boolean any = false;
        for (; !it.isDone(); it.next()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> {
                    point(ops, c[0], c[1]).append("m\n");
                    lastX = c[0];
                    lastY = c[1];
                }
                case PathIterator.SEG_LINETO -> {
                    point(ops, c[0], c[1]).append("l\n");
                    lastX = c[0];
                    lastY = c[1];
                }
                case PathIterator.SEG_QUADTO -> {
                    point(ops, lastX + 2f / 3 * (c[0] - lastX), lastY + 2f / 3 * (c[1] - lastY));
                    point(ops, c[2] + 2f / 3 * (c[0] - c[2]), c[3] + 2f / 3 * (c[1] - c[3]));
                    point(ops, c[2], c[3]).append("c\n");
                    lastX = c[2];
                    lastY = c[3];
                }
                case PathIterator.SEG_CUBICTO -> {
                    point(ops, c[0], c[1]);
                    point(ops, c[2], c[3]);
                    point(ops, c[4], c[5]).append("c\n");
                    lastX = c[4];
                    lastY = c[5];
                }
                default -> ops.append("h\n");
            }
            any = true;
        }
        if (any) {
            ops.append(it.getWindingRule() == PathIterator.WIND_EVEN_ODD ? "f*\n" : "f\n");
        }
        PDFormXObject form = new PDFormXObject(new PDStream(doc));
        Rectangle2D b = outline.getBounds2D();
        form.setBBox(new PDRectangle((float) b.getX() - 1, (float) -b.getMaxY() - 1, (float) b.getWidth() + 2,
                (float) b.getHeight() + 2));
        form.setResources(new PDResources());
        try (OutputStream out = form.getContentStream().createOutputStream(
                org.apache.pdfbox.cos.COSName.FLATE_DECODE)) {
            out.write(ops.toString().getBytes(StandardCharsets.US_ASCII));
        }
        return form;
    }

    /** A point of the outline, y turned upwards as PDF has it. */
    private static StringBuilder point(StringBuilder ops, float x, float y) {
        return number(number(ops, x).append(' '), -y).append(' ');
    }

    /** A number to two decimals, as PDF writes numbers (never in exponent form). */
    static StringBuilder number(StringBuilder b, float v) {
        long hundredths = Math.round(v * 100.0);
        if (hundredths < 0) {
            b.append('-');
            hundredths = -hundredths;
        }
        b.append(hundredths / 100);
        long frac = hundredths % 100;
        if (frac != 0) {
            b.append('.').append(frac / 10);
            if (frac % 10 != 0) {
                b.append(frac % 10);
            }
        }
        return b;
    }
}

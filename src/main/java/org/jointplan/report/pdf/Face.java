package org.jointplan.report.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/**
 * One weight of DejaVu Sans in one document: embedded as a subset for the text PDFBox can show, and as a java.awt
 * font for the runs it cannot (complex scripts), which are drawn as shaped outlines.
 */
final class Face {
    private static final String DEJAVU = "/net/sf/jasperreports/fonts/dejavu/";
    private final PDDocument doc;
    private final PDType0Font font;
    private final CmapLookup cmap;
    private final java.awt.Font awt;
    private final float[] advances = new float[0x10000];
    private final Map<String, Float> shapedWidths = new HashMap<>();
    private final Map<String, PDFormXObject> shapedForms = new HashMap<>();

    private Face(PDDocument doc, PDType0Font font, java.awt.Font awt) throws IOException {
        this.doc = doc;
        this.font = font;
        this.cmap = font.getCmapLookup();
        this.awt = awt;
        Arrays.fill(advances, -1);
    }

    static Face regular(PDDocument doc) throws IOException {
        return load(doc, "DejaVuSans.ttf", AwtFaces.REGULAR);
    }

    static Face bold(PDDocument doc) throws IOException {
        return load(doc, "DejaVuSans-Bold.ttf", AwtFaces.BOLD);
    }

    private static Face load(PDDocument doc, String file, java.awt.Font awt) throws IOException {
        try (InputStream in = resource(file)) {
            return new Face(doc, PDType0Font.load(doc, in, true), awt);
        }
    }

    static InputStream resource(String file) throws IOException {
        InputStream in = Face.class.getResourceAsStream(DEJAVU + file);
        if (in == null) {
            throw new IOException("The DejaVu Sans font is missing from the application.");
        }
        return in;
    }

    PDType0Font font() {
        return font;
    }

    /** The font for shaped outlines: DejaVu Sans when it has every glyph, else Java's logical sans-serif. */
    java.awt.Font awt(String text, float size) {
        java.awt.Font f = awt.canDisplayUpTo(text) == -1 ? awt
                : new java.awt.Font(java.awt.Font.SANS_SERIF, awt.getStyle(), 12);
        return f.deriveFont(size);
    }

    /** The advance of text drawn as shaped outlines, at {@code size}. */
    float shapedWidth(String text, float size) {
        return shapedWidths.computeIfAbsent(size + "|" + text, k -> Shaped.width(text, awt(text, size)));
    }

    /** The shaped outlines as a form, made once for each text and size in the document. */
    PDFormXObject shapedForm(String text, float size) throws IOException {
        String key = size + "|" + text;
        PDFormXObject form = shapedForms.get(key);
        if (form == null) {
            form = Shaped.form(doc, text, awt(text, size));
            shapedForms.put(key, form);
        }
        return form;
    }

    boolean canShow(int codePoint) {
        return cmap.getGlyphId(codePoint) > 0;
    }

    /** The width of text this font can show, at {@code size}. */
    float width(String text, float size) throws IOException {
        float total = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            total += advance(cp);
            i += Character.charCount(cp);
        }
        return total * size / 1000f;
    }

    private float advance(int cp) throws IOException {
        if (cp >= advances.length) {
            return font.getStringWidth(new String(Character.toChars(cp)));
        }
        float a = advances[cp];
        if (a < 0) {
            a = font.getStringWidth(String.valueOf((char) cp));
            advances[cp] = a;
        }
        return a;
    }

    /** The font's bytes for text, every glyph kept in the embedded subset. */
    byte[] encode(String text) throws IOException {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            font.addToSubset(cp);
            i += Character.charCount(cp);
        }
        return font.encode(text);
    }
}

package org.jointplan.report.pdf;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** DejaVu Sans as java.awt fonts, made once: the JDK shapes complex scripts with them. */
final class AwtFaces {
    static final Font REGULAR = create("DejaVuSans.ttf");
    static final Font BOLD = create("DejaVuSans-Bold.ttf");

    private AwtFaces() {
    }

    private static Font create(String file) {
        try (InputStream in = Face.resource(file)) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("The DejaVu Sans font could not be read.", e);
        }
    }
}

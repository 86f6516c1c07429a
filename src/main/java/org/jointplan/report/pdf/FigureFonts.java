package org.jointplan.report.pdf;

import de.rototor.pdfbox.graphics2d.IPdfBoxGraphics2DFontTextDrawer.IFontTextDrawerEnv;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.Font;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A chart's text as real text in the document's embedded DejaVu Sans (the faces the chart layout measures by), not
 * as glyph outlines: a 500-page timeline drew each letter as a path and took a minute. Text the faces cannot show
 * (a name in Arabic) still falls back to outlines, which the bridge does by itself when this maps no font.
 */
final class FigureFonts extends PdfBoxGraphics2DFontTextDrawer {
    private final PdfFonts fonts;

    FigureFonts(PdfFonts fonts) {
        this.fonts = fonts;
    }

    @Override
    protected PDFont mapFont(Font font, IFontTextDrawerEnv env) {
        return (font.isBold() ? fonts.bold() : fonts.regular()).font();
    }

    @Override
    protected boolean hasDynamicFontMapping() {
        return true;
    }
}

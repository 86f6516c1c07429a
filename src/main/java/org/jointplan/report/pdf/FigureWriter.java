package org.jointplan.report.pdf;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;
import org.jointplan.chart.AwtChartPainter;
import org.jointplan.chart.ChartLayout;
import org.jointplan.report.Block;

/**
 * A chart or timeline as vector graphics: painted by the chart painter onto PDFBox's Graphics2D bridge (its text
 * in the document's embedded faces, see {@link FigureFonts}; the Figure's alt text speaks for it), scaled down to the printable width, never up, and
 * moved to the next page when it does not fit this one; its caption follows it.
 */
final class FigureWriter {
    private static final float GAP = 6;
    private final PDDocument doc;
    private final PageFlow flow;
    private final Tags tags;
    private final PdfFonts fonts;
    private final TextBlocks text;
    private final FigureFonts figureFonts;

    FigureWriter(PDDocument doc, PageFlow flow, Tags tags, PdfFonts fonts, TextBlocks text) {
        this.doc = doc;
        this.flow = flow;
        this.tags = tags;
        this.fonts = fonts;
        this.text = text;
        this.figureFonts = new FigureFonts(fonts);
    }

    void write(Block.Figure f) throws IOException {
        ChartLayout chart = f.drawing();
        List<Line> caption = new LineBreaker(TableWriter.SIZE).wrap(
                List.of(new Styled(f.caption(), fonts.bold())), flow.width());
        float captionHeight = caption.size() * TableWriter.LEADING + GAP;
        float scale = (float) Math.min(1, flow.width() / chart.width());
        scale = (float) Math.min(scale, (flow.printableHeight() - captionHeight) / chart.height());
        float w = (float) chart.width() * scale;
        float h = (float) chart.height() * scale;
        flow.ensure(h + captionHeight);
        PDFormXObject form = paint(chart);
        float x = flow.left() + (flow.width() - w) / 2;
        float bottom = flow.pdfY(flow.top() + h);

        PDStructureElement figure = tags.add(tags.document(), "Figure");
        figure.setAlternateDescription(f.alt());
        figure.getCOSObject().setItem(COSName.A, layout(x, bottom, w, h));
        PDPageContentStream cs = flow.content();
        flow.begin(figure);
        flow.open();
        cs.saveGraphicsState();
        cs.transform(new Matrix(scale, 0, 0, scale, x, bottom));
        cs.drawForm(form);
        cs.restoreGraphicsState();
        flow.end();
        flow.advance(h + GAP);
        if (!caption.isEmpty()) {
            text.flow(tags.add(tags.document(), "Caption"), caption, flow.left(), TableWriter.SIZE,
                    TableWriter.LEADING, PdfColours.INK);
        }
        flow.advance(TextBlocks.BODY_LEADING * 0.6f);
    }

    private PDFormXObject paint(ChartLayout chart) throws IOException {
        PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, (float) chart.width(), (float) chart.height());
        g.setFontTextDrawer(figureFonts);
        try {
            AwtChartPainter.paint(g, chart);
        } finally {
            g.dispose();
        }
        return g.getXFormObject();
    }

    /** The Layout attributes a Figure needs: placed as a block, with its bounding box on the page. */
    private static COSDictionary layout(float x, float bottom, float w, float h) {
        COSDictionary a = new COSDictionary();
        a.setName(COSName.O, "Layout");
        a.setName(COSName.getPDFName("Placement"), "Block");
        COSArray box = new COSArray();
        for (float v : new float[] {x, bottom, x + w, bottom + h}) {
            box.add(new COSFloat(v));
        }
        a.setItem(COSName.BBOX, box);
        return a;
    }
}

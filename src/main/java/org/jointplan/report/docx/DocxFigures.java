package org.jointplan.report.docx;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.jointplan.chart.AwtChartPainter;
import org.jointplan.chart.ChartLayout;
import org.jointplan.report.Block;
import org.jointplan.report.PageSetup;
import org.openxmlformats.schemas.drawingml.x2006.main.CTNonVisualDrawingProps;

/**
 * A chart as a 300 dpi PNG picture (Word has no vector format POI can write that every Word opens), shrunk to the
 * printable width when wider and never enlarged, with its words as the picture's alt text and its caption below.
 */
final class DocxFigures {
    private static final int DPI = 300;

    private DocxFigures() {
    }

    static void write(XWPFDocument doc, Block.Figure figure, PageSetup page, int number)
            throws IOException, InvalidFormatException {
        ChartLayout chart = figure.drawing();
        // leave room on the page for the caption under a tall chart
        double scale = Math.min(1, Math.min(page.printableWidth() / chart.width(),
                page.printableHeight() * 0.85 / chart.height()));
        double width = chart.width() * scale;
        double height = chart.height() * scale;
        byte[] png = png(AwtChartPainter.image(chart, scale * DPI / 72.0));
        XWPFParagraph p = doc.createParagraph();
        if (!figure.caption().isBlank()) {
            DocxXml.pPr(p).addNewKeepNext();
        }
        XWPFRun run = p.createRun();
        XWPFPicture picture = run.addPicture(new ByteArrayInputStream(png), PictureType.PNG,
                "figure" + number + ".png", Units.toEMU(width), Units.toEMU(height));
        String alt = DocxText.xmlSafe(figure.alt());
        String title = DocxText.xmlSafe(chart.title() == null ? "" : chart.title());
        CTNonVisualDrawingProps docPr = run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr();
        docPr.setDescr(alt);
        if (!title.isBlank()) {
            docPr.setTitle(title);
        }
        picture.getCTPicture().getNvPicPr().getCNvPr().setDescr(alt);
        if (!figure.caption().isBlank()) {
            XWPFParagraph caption = doc.createParagraph();
            caption.setStyle(DocxStyles.CAPTION);
            DocxText.direction(caption, figure.caption());
            DocxText.append(caption, figure.caption(), DocxText.Look.PLAIN);
        }
    }

    /** The image as PNG, saying it is 300 dpi so that programs that size by resolution show it right. */
    static byte[] png(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
             ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image),
                    param);
            IIOMetadataNode phys = new IIOMetadataNode("pHYs");
            String perMetre = Integer.toString((int) Math.round(DPI / 0.0254));
            phys.setAttribute("pixelsPerUnitXAxis", perMetre);
            phys.setAttribute("pixelsPerUnitYAxis", perMetre);
            phys.setAttribute("unitSpecifier", "meter");
            IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
            root.appendChild(phys);
            metadata.mergeTree("javax_imageio_png_1.0", root);
            writer.write(null, new IIOImage(image, null, metadata), param);
            out.flush();
            return bytes.toByteArray();
        } finally {
            writer.dispose();
        }
    }
}

package org.jointplan.report.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.jointplan.chart.ChartLayout;
import org.jointplan.report.Block;
import org.openxmlformats.schemas.drawingml.x2006.main.CTNonVisualDrawingProps;

/**
 * A chart as its 300 dpi PNG picture (Word has no vector format POI can write that every Word opens), with its words
 * as the picture's alt text and title, and its caption below.
 */
final class DocxFigures {
    private DocxFigures() {
    }

    static void write(XWPFDocument doc, Block.Figure figure, FigurePictures.Picture image, int number)
            throws IOException, InvalidFormatException {
        ChartLayout chart = figure.drawing();
        XWPFParagraph p = doc.createParagraph();
        if (!figure.caption().isBlank()) {
            DocxXml.pPr(p).addNewKeepNext();
        }
        XWPFRun run = p.createRun();
        XWPFPicture picture = run.addPicture(new ByteArrayInputStream(image.png()), PictureType.PNG,
                "figure" + number + ".png", Units.toEMU(image.width()), Units.toEMU(image.height()));
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
}

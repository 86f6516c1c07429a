package org.jointplan.report.pdf;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Writes the sample report and its pages as PNGs into a folder, to look at as a reader would. */
public final class PdfLook {
    private PdfLook() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/pdf-look");
        Files.createDirectories(dir);
        look(PdfReportWriter.write(SampleReports.full(), f -> { }), dir.resolve("fixture"));
        look(PdfReportWriter.write(SamplePlanPdfTest.sample(), f -> { }), dir.resolve("sample-plan"));
    }

    private static void look(byte[] pdf, Path dir) throws Exception {
        Files.createDirectories(dir);
        Files.write(dir.resolve("report.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, 80);
                ImageIO.write(image, "png", dir.resolve("page-" + (i + 1) + ".png").toFile());
            }
        }
    }
}

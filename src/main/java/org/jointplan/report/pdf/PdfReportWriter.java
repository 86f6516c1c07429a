package org.jointplan.report.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.DoubleConsumer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jointplan.report.Block;
import org.jointplan.report.CommitteeReport;
import org.jointplan.report.LibraryLogging;
import org.jointplan.report.Section;

/**
 * Writes a committee report as an accessible PDF (aiming at PDF/UA-1): tagged in reading order, en-GB, its title in
 * the window bar, DejaVu Sans embedded, text selectable, charts as vector figures with alt text, bookmarks from the
 * headings, and the running header and page numbers as artifacts.
 */
public final class PdfReportWriter {
    private static final double LAYOUT_SHARE = 0.9;

    private PdfReportWriter() {
    }

    /**
     * @param progress told the fraction done (0 to 1) between blocks; it may throw {@link CancellationException} to
     *                 stop, which this lets through, having made nothing
     * @throws IllegalStateException when the PDF library fails, with a plain sentence for the user
     */
    public static byte[] write(CommitteeReport report, DoubleConsumer progress) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(progress, "progress");
        LibraryLogging.quiet();
        try (PDDocument doc = new PDDocument()) {
            doc.setVersion(1.7f);
            PdfFonts fonts = new PdfFonts(doc);
            Tags tags = new Tags(doc);
            PageFlow flow = new PageFlow(doc, tags);
            Bookmarks bookmarks = new Bookmarks();
            TextBlocks text = new TextBlocks(flow, tags, fonts, bookmarks);
            TableWriter tables = new TableWriter(flow, tags, fonts, text);
            FigureWriter figures = new FigureWriter(doc, flow, tags, fonts, text);
            double total = report.blocks().size();
            int done = 0;
            for (Section section : report.sections()) {
                flow.startSection(section.page());
                for (Block block : section.blocks()) {
                    double base = done / total;
                    progress.accept(LAYOUT_SHARE * base);
                    if (block instanceof Block.Heading h) {
                        text.heading(h);
                    } else if (block instanceof Block.Paragraph p) {
                        text.paragraph(p);
                    } else if (block instanceof Block.Bullets b) {
                        text.bullets(b);
                    } else if (block instanceof Block.Table t) {
                        tables.write(t, f -> progress.accept(LAYOUT_SHARE * (base + f / total)));
                    } else if (block instanceof Block.Figure f) {
                        figures.write(f);
                    }
                    done++;
                }
            }
            flow.close();
            progress.accept(LAYOUT_SHARE);
            PageFurniture.draw(doc, flow.pages(), report.info(), fonts);
            tags.finish(flow.pages());
            bookmarks.attach(doc);
            PdfMetadata.apply(doc, report.info(), ZonedDateTime.now());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            progress.accept(1.0);
            return out.toByteArray();
        } catch (CancellationException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("The report could not be written as PDF: the PDF library failed while "
                    + "laying out or saving it.", e);
        }
    }
}
